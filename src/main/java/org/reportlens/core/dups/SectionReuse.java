package org.reportlens.core.dups;

import java.util.List;
import java.util.Objects;

/**
 * Reuse share of one outline section.
 *
 * @param section      the outline node id
 * @param otherReports share of its comparable characters also found in another report
 * @param sameReport   share of them also found elsewhere in the same report
 * @param byReport     for each other report sharing any of it, the share found there (a bar per
 *                     year in a chart), in report order
 */
public record SectionReuse(String section, double otherReports, double sameReport, List<ReportShare> byReport) {
    public SectionReuse {
        Objects.requireNonNull(section, "section must not be null");
        byReport = List.copyOf(byReport);
    }
}
