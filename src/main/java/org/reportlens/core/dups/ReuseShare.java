package org.reportlens.core.dups;

import java.util.List;
import java.util.Objects;

/**
 * How much of a report is found elsewhere: in another loaded report, and elsewhere in itself.
 * Shares are of comparable characters (width folded, whitespace left out); stock phrases do not count.
 */
public record ReuseShare(String report, double otherReports, double sameReport, List<SectionReuse> sections) {
    public ReuseShare {
        Objects.requireNonNull(report, "report must not be null");
        sections = List.copyOf(sections);
    }
}
