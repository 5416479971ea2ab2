package org.reportlens.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.compare.Cancellation;
import org.reportlens.core.compare.ColumnChoice;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.report.ReportLoader;

/**
 * The reports the viewer starts on, read and analysed while the JavaFX toolkit starts — the two
 * take about as long, so the first paint comes sooner.
 *
 * @param names    the files as given
 * @param loaded   what was read
 * @param columns  the default pair
 * @param options  the options the analysis was made with
 * @param analysis the analysis of all reports, comparing the columns
 * @param analysisMillis how long the analysis took
 */
record Preload(List<String> names, LoadResult loaded, List<Report> columns, AnalysisOptions options,
               Analysis analysis, long analysisMillis) {

    static CompletableFuture<Preload> start(List<String> names, AnalysisOptions options) {
        return CompletableFuture.supplyAsync(() -> {
            LoadResult loaded = new ReportLoader().load(InputFiles.expand(names));
            List<Report> reports = MainViewModel.renumbered(loaded.reports(), 0);
            List<Report> columns = ColumnChoice.defaultPair(reports);
            long start = System.nanoTime();
            Analysis analysis = reports.isEmpty() ? null
                    : Analyzer.analyze(reports, columns, options, Cancellation.NEVER, ReportAnalyzer.PhaseListener.NONE);
            return new Preload(names, new LoadResult(reports, loaded.problems()), columns, options, analysis,
                    (System.nanoTime() - start) / 1_000_000);
        });
    }
}
