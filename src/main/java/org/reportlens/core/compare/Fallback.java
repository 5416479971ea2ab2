package org.reportlens.core.compare;

import java.util.Locale;

/**
 * A step of a pair's diff that went over its budget and kept a coarser result, as IntelliJ's diff
 * does on {@code DiffTooBigException}: the comparison is still complete and its spans exact, only
 * less fine. Shown to the user so that a simplified comparison is never mistaken for a full one.
 */
public enum Fallback {
    /** Topic leads matched only where equal and in order (unique leads as anchors), not by likeness. */
    LEAD_MATCHING,
    /** Sentences lined up by the sentences found once on each side; long gaps between them left unmatched. */
    SENTENCE_DIFF,
    /** Changed sentences past the budget not paired by likeness: dropped and new instead of edited. */
    SENTENCE_PAIRING,
    /** Moves found only for sentences moved unchanged. */
    MOVE_SEARCH,
    /** Some edited sentences marked whole (a coarse replace) instead of word by word. */
    REFINEMENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
