package org.reportlens.core.check;

import java.util.Locale;

/** What a {@link Finding} of the draft check is about. */
public enum FindingKind {
    /** A year of the previous cycle where the draft's own year is meant ("2024年主要预期目标" in a 2025 plan). */
    STALE_YEAR,
    /** A sentence holding figures, carried over from the previous report unchanged (or with its years moved on only). */
    CARRIED_FIGURES,
    /** A level target (not a rate) stated with the very figure of the previous report's. */
    UNCHANGED_TARGET,
    /** A metric given two different figures in the draft's plan (the target paragraph and elsewhere). */
    FIGURES_DISAGREE,
    /** A long passage of the previous report's review repeated unchanged in the draft's review. */
    COPIED_PASSAGE;

    /** The lower-case name used in JSON and as a message key ({@code stale-year}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
