package org.reportlens.core.targets;

import java.util.Locale;

/** Whether a year's target was reached, by the actual figure a later review gives. */
public enum AchievementStatus {
    MET,
    MISSED,
    /** A loaded report reviews that year, and none states the metric for it in the same unit. */
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
