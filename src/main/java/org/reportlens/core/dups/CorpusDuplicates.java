package org.reportlens.core.dups;

import java.util.List;
import java.util.Objects;
import org.reportlens.core.report.LoadProblem;

/**
 * What a corpus scan found.
 *
 * @param reports        the reports read, in the order given
 * @param duplicateCount how many passages were found in all
 * @param duplicates     the first of them as ranked (not stock longest first, then stock), at most
 *                       as many as asked
 * @param pairs          pairs of different reports, most shared characters first, at most as many
 *                       as asked; without lists of passages
 * @param reuse          each report's reuse share, in report order, without sections
 * @param stockPhrases   the stock wording learned, if asked for; else empty
 * @param places         names the places of occurrences in these reports
 * @param problems       files that could not be read
 */
public record CorpusDuplicates(List<CorpusReport> reports, int duplicateCount, List<Duplicate> duplicates,
                               List<ReportPair> pairs, List<ReuseShare> reuse, List<String> stockPhrases,
                               Places places, List<LoadProblem> problems) {
    public CorpusDuplicates {
        reports = List.copyOf(reports);
        duplicates = List.copyOf(duplicates);
        pairs = List.copyOf(pairs);
        reuse = List.copyOf(reuse);
        stockPhrases = List.copyOf(stockPhrases);
        Objects.requireNonNull(places, "places must not be null");
        problems = List.copyOf(problems);
    }
}
