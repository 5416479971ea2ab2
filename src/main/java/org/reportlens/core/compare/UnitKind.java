package org.reportlens.core.compare;

import java.util.Locale;

/** What became of a stretch of sentences from one report to the next; see {@link DiffUnit}. */
public enum UnitKind {
    /** The same sentences on both sides (their comparison keys are equal). */
    SAME,
    /** Paired sentences with changes inside, at least one of them more than routine. */
    EDITED,
    /** Sentences only in the newer report. */
    NEW,
    /** Sentences only in the older report. */
    DROPPED,
    /** A sentence that left its place in the older report for another in the newer one, maybe edited. */
    MOVED,
    /** Paired sentences whose only changes move a year on by the years between the reports. */
    ROUTINE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
