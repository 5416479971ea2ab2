package org.reportlens.core.dups;

import java.util.Objects;

/** Where a passage stands: a report and its {@code [start, end)} span in the original text. */
public record Occurrence(String report, int start, int end) {
    public Occurrence {
        Objects.requireNonNull(report, "report must not be null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }
}
