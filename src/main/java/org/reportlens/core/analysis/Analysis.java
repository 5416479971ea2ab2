package org.reportlens.core.analysis;

import java.util.List;
import java.util.Objects;
import org.reportlens.core.compare.Comparison;
import org.reportlens.core.dups.DuplicateAnalysis;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.TargetAnalysis;

/**
 * The analysis of a set of reports, in the order they were given.
 *
 * @param compared the ids of the reports compared, in the order given to the comparison: the
 *                 order of each alignment row's sections
 */
public record Analysis(List<Report> reports, List<String> compared, AnalysisOptions options, Comparison comparison,
                       DuplicateAnalysis duplicates, TargetAnalysis targets) {
    public Analysis {
        reports = List.copyOf(reports);
        compared = List.copyOf(compared);
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(comparison, "comparison must not be null");
        Objects.requireNonNull(duplicates, "duplicates must not be null");
        Objects.requireNonNull(targets, "targets must not be null");
    }
}
