package org.reportlens.core.analysis;

import java.util.List;
import org.reportlens.core.compare.Cancellation;
import org.reportlens.core.compare.Comparer;
import org.reportlens.core.compare.Comparison;
import org.reportlens.core.dups.DuplicateAnalysis;
import org.reportlens.core.dups.DuplicateFinder;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.targets.TargetAnalysis;

/** Runs every analysis over a set of loaded reports. */
public final class Analyzer {
    private Analyzer() {
    }

    public static Analysis analyze(List<Report> reports, AnalysisOptions options) {
        return analyze(reports, options, Cancellation.NEVER, ReportAnalyzer.PhaseListener.NONE);
    }

    /** As above; {@code listener} hears "alignment", "diff", "duplicates" and "targets" as each ends. */
    public static Analysis analyze(List<Report> reports, AnalysisOptions options, Cancellation cancellation,
                                   ReportAnalyzer.PhaseListener listener) {
        return analyze(reports, reports, options, cancellation, listener);
    }

    /**
     * Compares only {@code compared} (the viewer's columns); duplicates and targets are over all
     * {@code reports}.
     */
    public static Analysis analyze(List<Report> reports, List<Report> compared, AnalysisOptions options,
                                   Cancellation cancellation, ReportAnalyzer.PhaseListener listener) {
        Comparison comparison = Comparer.compare(compared, options.compare(), cancellation, listener);
        cancellation.check();
        DuplicateAnalysis duplicates = DuplicateFinder.find(reports, options.duplicates());
        listener.phaseDone("duplicates");
        cancellation.check();
        TargetAnalysis targets = TargetAnalysis.of(reports, options.metricNames());
        listener.phaseDone("targets");
        return new Analysis(reports, compared.stream().map(Report::id).toList(), options, comparison, duplicates,
                targets);
    }
}
