package org.reportlens.core.dups;

import java.util.List;

/**
 * What the duplicate search found among loaded reports.
 *
 * @param duplicates passages that are not stock wording longest first, then stock wording longest
 *                   first
 * @param reuse      the reuse share of each report, in the order given
 * @param pairs      the pairs of reports that passages link, in report order, pairs of two
 *                   different reports before a report with itself
 */
public record DuplicateAnalysis(List<Duplicate> duplicates, List<ReuseShare> reuse, List<ReportPair> pairs) {
    public DuplicateAnalysis {
        duplicates = List.copyOf(duplicates);
        reuse = List.copyOf(reuse);
        pairs = List.copyOf(pairs);
    }

    public static final DuplicateAnalysis NONE = new DuplicateAnalysis(List.of(), List.of(), List.of());
}
