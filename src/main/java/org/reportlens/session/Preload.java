package org.reportlens.session;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.compare.Cancellation;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.ReportLoader;

/**
 * The reports the viewer starts on, read and analysed while the JavaFX toolkit starts — the two
 * take about as long, so the first paint comes sooner. {@link Session#adopt} takes it.
 *
 * @param names   the files and folders as given
 * @param loaded  what was read, numbered r1, r2, …
 * @param options the options the analysis was made with
 * @param shown   the analysis of all reports comparing the default pair, ready to show; null when
 *                nothing could be read
 */
public record Preload(List<String> names, LoadResult loaded, AnalysisOptions options, ShownAnalysis shown) {
    public Preload {
        names = List.copyOf(names);
    }

    public static CompletableFuture<Preload> start(List<String> names, AnalysisOptions options) {
        return CompletableFuture.supplyAsync(() -> {
            LoadResult loaded = new ReportLoader().loadNamed(names);
            ShownAnalysis shown = loaded.reports().isEmpty() ? null
                    : ShownAnalysis.analyse(loaded.reports(), List.of(), options, Cancellation.NEVER);
            return new Preload(names, loaded, options, shown);
        });
    }
}
