package org.reportlens.core.targets;

import java.util.Locale;

/** How a target moved against the same government's previous report in the table. */
public enum TargetChange {
    /** No earlier report of the same government to compare with. */
    FIRST,
    /** The metric is a target now and was not before. */
    NEW,
    /** It was a target before and is not now; the cell has no target. */
    DROPPED,
    RAISED,
    LOWERED,
    /** Same number and qualifier; for a qualitative target, the same words (kept). */
    SAME,
    /** Same number, another qualifier (左右 → 以上). */
    QUALIFIER_CHANGED,
    /** Stated in another unit or way (a growth rate then, an amount now): not comparable. */
    MEASURE_CHANGED,
    /** A qualitative target kept with other words ("居民收入增长与经济增长基本同步" → "…同步"). */
    REWORDED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
