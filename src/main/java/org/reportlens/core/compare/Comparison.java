package org.reportlens.core.compare;

import java.util.List;

/**
 * A comparison of reports.
 *
 * @param reports   report ids in year order (the order rows were built and pairs compared in)
 * @param alignment rows of aligned sections, in reading order
 * @param pairs     the changes of each compared pair
 */
public record Comparison(List<String> reports, List<AlignmentRow> alignment, List<PairComparison> pairs) {
    public Comparison {
        reports = List.copyOf(reports);
        alignment = List.copyOf(alignment);
        pairs = List.copyOf(pairs);
    }
}
