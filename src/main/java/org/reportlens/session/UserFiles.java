package org.reportlens.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.dups.StockPhrases;
import org.reportlens.core.load.InputFile;

/**
 * The lists a user edits for the viewer, in {@code ~/.reportlens/}: {@code stock-phrases.txt}
 * replaces the shipped stock phrases, {@code metric-names.json} adds to the metric name table
 * (the same files {@code --stock-phrases} and {@code --metrics} take on the command line). A file
 * that cannot be read becomes a problem shown in the window, naming the file and the reason, and
 * the shipped list is used.
 */
public final class UserFiles {
    public static final String STOCK_PHRASES = "stock-phrases.txt";
    public static final String METRIC_NAMES = "metric-names.json";

    /**
     * Options with the user's lists in them.
     *
     * @param options  the options to start with
     * @param problems one for each of the user's files that could not be read
     */
    public record Applied(AnalysisOptions options, List<Notice> problems) {
        public Applied {
            problems = List.copyOf(problems);
        }
    }

    private UserFiles() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("user.home"), ".reportlens");
    }

    /** The user's own lists the viewer reads, whether or not they exist yet. */
    public static List<Path> own() {
        return List.of(directory().resolve(STOCK_PHRASES), directory().resolve(METRIC_NAMES));
    }

    /** The options the viewer starts with: the defaults, the user's lists, the options remembered in {@code settings}. */
    public static Applied startOptions(Settings settings) {
        return apply(settings.options(AnalysisOptions.defaults()), directory());
    }

    public static Applied apply(AnalysisOptions options, Path dir) {
        AnalysisOptions result = options;
        List<Notice> problems = new ArrayList<>();
        Path stock = dir.resolve(STOCK_PHRASES);
        if (Files.isRegularFile(stock)) {
            try {
                result = result.withDuplicates(result.duplicates().withStockPhrases(StockPhrases.read(stock)));
            } catch (IOException e) {
                problems.add(Notice.of("problem.stockPhrases", stock, InputFile.describe(stock, e)));
            } catch (RuntimeException e) {
                problems.add(Notice.of("problem.stockPhrases", stock, Failure.reason(e)));
            }
        }
        Path metrics = dir.resolve(METRIC_NAMES);
        if (Files.isRegularFile(metrics)) {
            try {
                result = result.withMetricNames(result.metricNames().with(metrics));
            } catch (IOException e) {
                problems.add(Notice.of("problem.metricNames", metrics, InputFile.describe(metrics, e)));
            } catch (RuntimeException e) {
                problems.add(Notice.of("problem.metricNames", metrics, Failure.reason(e)));
            }
        }
        return new Applied(result, problems);
    }
}
