package org.reportlens.core.dups;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.reportlens.core.load.ReportLoadException;
import org.reportlens.core.report.LoadProblem;
import org.reportlens.core.report.ReportLoader;

/**
 * Duplicates across a whole corpus — a thousand reports or more — within a bounded memory: each
 * file is read, analysed and reduced at once to its comparable characters, its clause boundaries
 * and a compact offset map (about five bytes per character in all), so no report is held whole.
 * Files are read on all cores. Only the first passages as ranked are read back as text; pairs and
 * reuse shares are counted for all of them.
 */
public final class CorpusScan {
    /**
     * @param duplicates      what counts as a duplicate and what as stock wording
     * @param top             how many duplicates and pairs to keep
     * @param maxPairReports  a passage found in more reports than this is common wording and links
     *                        no pair
     * @param learnGovernments when positive, learn stock wording: passages found in the reports of
     *                        at least this many governments
     */
    public record Options(DuplicateOptions duplicates, int top, int maxPairReports, int learnGovernments) {
        public Options {
            Objects.requireNonNull(duplicates, "duplicates must not be null");
            if (top < 0 || maxPairReports < 2) {
                throw new IllegalArgumentException("top " + top + ", maxPairReports " + maxPairReports);
            }
        }
    }

    private CorpusScan() {
    }

    /** Scans these files, telling {@code progress} what it is doing. */
    public static CorpusDuplicates scan(List<Path> files, Options options, Consumer<String> progress) {
        List<LoadProblem> problems = new ArrayList<>();
        IndexedReports indexed = IndexedReports.of(read(files, problems, progress));
        List<KeyedReport> reports = indexed.reports();
        KeyCorpus corpus = indexed.corpus();
        progress.accept(String.format("indexing %,d characters of %d reports", corpus.length(), reports.size()));
        List<Passage> passages = PassageSearch.find(corpus, options.duplicates(), indexed.openings(), progress);
        PassageReader reader = new PassageReader(corpus, reports);
        List<Duplicate> top = new ArrayList<>();
        passages.stream().limit(options.top()).forEach(p -> top.add(reader.duplicate(p)));
        progress.accept(String.format("%,d duplicates; measuring what each pair of reports shares", passages.size()));
        PairShares shares = PairShares.measure(corpus, passages, options.maxPairReports(), false);
        progress.accept(shares.pairs().size() == 1 ? "1 pair of reports shares text"
                : String.format("%,d pairs of reports share text", shares.pairs().size()));
        List<String> learned = List.of();
        if (options.learnGovernments() > 0) {
            learned = StockLearner.learn(corpus, reports, governments(reports), options.learnGovernments());
            progress.accept(String.format("%,d stock phrases learned", learned.size()));
        }
        return new CorpusDuplicates(corpusReports(reports), passages.size(), top, pairs(reports, shares, options.top()),
                reuse(reports, shares), learned, Places.ofKept(reports), problems);
    }

    private static List<KeyedReport.Keyed> read(List<Path> files, List<LoadProblem> problems,
                                                Consumer<String> progress) {
        // each file in the loader's guard, as everywhere: a file that crashes its parser or runs out
        // of time is a problem named with its reason, and the rest are read
        ReportLoader loader = new ReportLoader();
        KeyedReport.Keyed[] loaded = new KeyedReport.Keyed[files.size()];
        LoadProblem[] failed = new LoadProblem[files.size()];
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, files.size() / 10);
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            Path file = files.get(i);
            try {
                loaded[i] = KeyedReport.of(loader.loadOne("r" + (i + 1), file.toString()));
            } catch (ReportLoadException e) {
                failed[i] = new LoadProblem(file.toString(), e.problem(), e.getCause());
            }
            synchronized (done) { // counted and told together: the counts reach the user in order
                int n = done.incrementAndGet();
                if (n % step == 0 || n == files.size()) {
                    progress.accept("read " + n + " of " + files.size() + " files");
                }
            }
        });
        List<KeyedReport.Keyed> keyed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (loaded[i] != null) {
                KeyedReport.Keyed k = loaded[i];
                keyed.add(new KeyedReport.Keyed(k.report().withId("r" + (keyed.size() + 1)), k.key(), k.boundaries()));
            } else {
                problems.add(failed[i]);
            }
        }
        return keyed;
    }

    /** A number per government; reports whose government is unknown count as one government. */
    private static int[] governments(List<KeyedReport> reports) {
        Map<String, Integer> numbers = new HashMap<>();
        int[] of = new int[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            String government = reports.get(i).metadata().government();
            of[i] = numbers.computeIfAbsent(government == null ? "" : government, g -> numbers.size());
        }
        return of;
    }

    private static List<CorpusReport> corpusReports(List<KeyedReport> reports) {
        List<CorpusReport> list = new ArrayList<>(reports.size());
        for (KeyedReport r : reports) {
            list.add(new CorpusReport(r.id(), r.file(), r.metadata().government(), r.metadata().year(),
                    r.original().length(), r.length()));
        }
        return list;
    }

    private static List<ReportPair> pairs(List<KeyedReport> reports, PairShares shares, int top) {
        return shares.pairs().stream()
                .filter(p -> p.a() != p.b())
                .sorted(Comparator.comparingInt(PairShares.Pair::sharedCharacters).reversed()
                        .thenComparingInt(PairShares.Pair::a).thenComparingInt(PairShares.Pair::b))
                .limit(top)
                .map(p -> new ReportPair(reports.get(p.a()).id(), reports.get(p.b()).id(), p.sharedCharacters(),
                        p.passages(), List.of()))
                .toList();
    }

    private static List<ReuseShare> reuse(List<KeyedReport> reports, PairShares shares) {
        List<ReuseShare> reuse = new ArrayList<>(reports.size());
        for (int t = 0; t < reports.size(); t++) {
            int length = Math.max(1, shares.length(t));
            reuse.add(new ReuseShare(reports.get(t).id(), (double) shares.other(t) / length,
                    (double) shares.same(t) / length, List.of()));
        }
        return reuse;
    }
}
