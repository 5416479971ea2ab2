package org.reportlens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.dups.StockPhrases;
import org.reportlens.core.load.InputFile;

/**
 * The lists a user edits for the viewer, in {@code ~/.reportlens/}: {@code stock-phrases.txt}
 * replaces the shipped stock phrases, {@code metric-names.json} adds to the metric name table
 * (the same files {@code --stock-phrases} and {@code --metrics} take on the command line). A file
 * that cannot be read is reported on stderr and the shipped list is used.
 */
final class UserFiles {
    static final String STOCK_PHRASES = "stock-phrases.txt";
    static final String METRIC_NAMES = "metric-names.json";

    private UserFiles() {
    }

    static Path directory() {
        return Path.of(System.getProperty("user.home"), ".reportlens");
    }

    static AnalysisOptions apply(AnalysisOptions options, Path dir) {
        AnalysisOptions result = options;
        Path stock = dir.resolve(STOCK_PHRASES);
        if (Files.isRegularFile(stock)) {
            try {
                result = result.withDuplicates(result.duplicates().withStockPhrases(StockPhrases.read(stock)));
            } catch (IOException e) {
                System.err.println("reportlens: " + stock + ": " + InputFile.describe(stock, e)
                        + "; the shipped list is used");
            }
        }
        Path metrics = dir.resolve(METRIC_NAMES);
        if (Files.isRegularFile(metrics)) {
            try {
                result = result.withMetricNames(result.metricNames().with(metrics));
            } catch (IOException e) {
                System.err.println("reportlens: " + metrics + ": " + InputFile.describe(metrics, e)
                        + "; the shipped names are used");
            }
        }
        return result;
    }
}
