package org.reportlens.core.targets;

import java.util.Locale;

/** Whether a year's target was reached, by the actual figure a later review gives. */
public enum AchievementStatus {
    MET,
    MISSED,
    /** A loaded review of that year does not state the metric in the same unit. */
    UNKNOWN,
    /**
     * No loaded report of the government reviews that year — the newest report's targets, whose year is
     * still to come: nothing can tell yet, which is not the same as a review that is silent.
     */
    NOT_REVIEWED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
