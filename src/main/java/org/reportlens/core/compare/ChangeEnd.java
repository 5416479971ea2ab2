package org.reportlens.core.compare;

import java.util.Objects;

/**
 * One side of a change: a span {@code [start, end)} in a report's original text. The side that
 * has no text (the old side of an insert) is empty, {@code start == end}, at the place the text
 * would be.
 */
public record ChangeEnd(String report, int start, int end) {
    public ChangeEnd {
        Objects.requireNonNull(report, "report must not be null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }
}
