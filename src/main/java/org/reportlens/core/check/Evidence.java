package org.reportlens.core.check;

import java.util.Objects;

/**
 * Where a finding's reason lies: a span {@code [start, end)} in the original text of a report,
 * the previous one or the draft itself.
 *
 * @param report the report's id
 */
public record Evidence(String report, int start, int end) {
    public Evidence {
        Objects.requireNonNull(report, "report must not be null");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid evidence span [" + start + ", " + end + ")");
        }
    }
}
