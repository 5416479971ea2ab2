package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/**
 * Finds duplicated passages inside and across loaded reports and measures how much of each report,
 * each section and each pair of reports is reused. Passages are read as comparable characters:
 * punctuation and digit width folded, whitespace and line breaks left out, so a passage may run
 * across paragraphs; each begins and ends at a clause boundary. Spans in the result are in each
 * report's original text.
 */
public final class DuplicateFinder {
    private DuplicateFinder() {
    }

    public static DuplicateAnalysis find(List<Report> reports, DuplicateOptions options) {
        return find(reports, options, message -> { });
    }

    /** As {@link #find(List, DuplicateOptions)}, telling {@code progress} what it is doing. */
    public static DuplicateAnalysis find(List<Report> reports, DuplicateOptions options, Consumer<String> progress) {
        IndexedReports indexed = IndexedReports.of(reports.stream().map(KeyedReport::of).toList());
        List<KeyedReport> kept = indexed.reports();
        KeyCorpus corpus = indexed.corpus();
        progress.accept(String.format("indexing %,d characters of %d reports", corpus.length(), reports.size()));
        List<Passage> passages = PassageSearch.find(corpus, options, indexed.openings(), progress);
        PassageReader reader = new PassageReader(corpus, kept);
        List<Duplicate> duplicates = new ArrayList<>(passages.size());
        passages.forEach(p -> duplicates.add(reader.duplicate(p)));
        PairShares shares = PairShares.measure(corpus, passages, Integer.MAX_VALUE, true);
        progress.accept(duplicates.size() + " duplicates, " + duplicates.stream().filter(Duplicate::stock).count()
                + " of them stock wording, " + duplicates.stream().filter(Duplicate::near).count() + " near repeats");
        return new DuplicateAnalysis(duplicates, reuse(kept, shares), pairs(kept, shares));
    }

    private static List<ReportPair> pairs(List<KeyedReport> reports, PairShares shares) {
        List<PairShares.Pair> measured = new ArrayList<>(shares.pairs());
        measured.sort(Comparator.comparing((PairShares.Pair p) -> p.a() == p.b()).thenComparingInt(PairShares.Pair::a)
                .thenComparingInt(PairShares.Pair::b));
        List<ReportPair> pairs = new ArrayList<>(measured.size());
        for (PairShares.Pair p : measured) {
            pairs.add(new ReportPair(reports.get(p.a()).id(), reports.get(p.b()).id(), p.sharedCharacters(), p.passages(),
                    p.indices()));
        }
        return pairs;
    }

    private static List<ReuseShare> reuse(List<KeyedReport> reports, PairShares shares) {
        List<ReuseShare> reuse = new ArrayList<>(reports.size());
        for (int t = 0; t < reports.size(); t++) {
            List<SectionReuse> sections = new ArrayList<>();
            addSections(reports, t, reports.get(t).outline(), shares, sections);
            int length = shares.length(t);
            reuse.add(new ReuseShare(reports.get(t).id(), share(shares.other(t), length), share(shares.same(t), length),
                    sections));
        }
        return reuse;
    }

    private static void addSections(List<KeyedReport> reports, int t, List<OutlineNode> nodes, PairShares shares,
                                    List<SectionReuse> out) {
        OriginalOffsets offsets = reports.get(t).offsets();
        for (OutlineNode n : nodes) {
            if (n.lead()) {
                continue;
            }
            int from = offsets.firstAtOrAfter(n.start());
            int to = offsets.firstAtOrAfter(n.end());
            List<ReportShare> byReport = new ArrayList<>();
            for (int u = 0; u < reports.size(); u++) {
                int found = u == t ? 0 : shares.sharedWith(t, u, from, to);
                if (found > 0) {
                    byReport.add(new ReportShare(reports.get(u).id(), share(found, to - from)));
                }
            }
            out.add(new SectionReuse(n.id(), share(shares.other(t, from, to), to - from),
                    share(shares.same(t, from, to), to - from), byReport));
            addSections(reports, t, n.children(), shares, out);
        }
    }

    private static double share(int part, int whole) {
        return whole <= 0 ? 0 : (double) part / whole;
    }
}
