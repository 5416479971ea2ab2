package org.reportlens.core.analysis;

import java.util.List;
import java.util.Objects;
import org.reportlens.core.compare.Comparison;
import org.reportlens.core.dups.DuplicateAnalysis;
import org.reportlens.core.report.Report;

/** The analysis of a set of reports, in the order they were given. */
public record Analysis(List<Report> reports, AnalysisOptions options, Comparison comparison,
                       DuplicateAnalysis duplicates) {
    public Analysis {
        reports = List.copyOf(reports);
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(comparison, "comparison must not be null");
        Objects.requireNonNull(duplicates, "duplicates must not be null");
    }
}
