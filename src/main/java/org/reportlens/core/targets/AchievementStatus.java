package org.reportlens.core.targets;

import java.util.Locale;

/** Whether a year's target was reached, by the actual figure a later review gives. */
public enum AchievementStatus {
    MET,
    MISSED,
    /** No loaded review of that year states the metric in the same unit. */
    UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
