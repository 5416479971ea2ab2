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
 * @param failure why reading or analysing failed; null when it did not
 */
public record Preload(List<String> names, LoadResult loaded, AnalysisOptions options, ShownAnalysis shown,
                      Throwable failure) {
    public Preload {
        names = List.copyOf(names);
    }

    /** Reads and analyses in the background; a failure of any kind comes back in the preload, to be shown. */
    public static CompletableFuture<Preload> start(List<String> names, AnalysisOptions options) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                LoadResult loaded = new ReportLoader().loadNamed(names);
                ShownAnalysis shown = loaded.reports().isEmpty() ? null
                        : ShownAnalysis.analyse(loaded.reports(), List.of(), options, Cancellation.NEVER);
                return new Preload(names, loaded, options, shown, null);
            } catch (Throwable e) { // a parser's stack overflow too: the window shows it instead of waiting
                return new Preload(names, new LoadResult(List.of(), List.of()), options, null, e);
            }
        });
    }
}
