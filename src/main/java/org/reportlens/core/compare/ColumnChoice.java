package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlens.core.report.Report;

/**
 * Which reports to put side by side when the user has not chosen: three or four years of one government
 * when those are all the reports, else the latest two reports of one government in different years. A
 * government is the detected one, or — for a report whose government is unknown — the level it speaks
 * as ("我区", "全区" → a district); among equals the pair whose texts are most alike (TF-IDF cosine of
 * character bigrams) wins. The reports come in year order.
 */
public final class ColumnChoice {
    private static final String[] LEVELS = {"市", "区", "县", "省", "州", "旗"};

    private ColumnChoice() {
    }

    /** The most columns the viewer shows side by side. */
    public static final int MAX_COLUMNS = 4;

    private record Candidate(int a, int b, boolean sameGovernment, boolean yearsDiffer, int latestYear,
                             double similarity) {
    }

    /**
     * The columns the viewer shows first: three or four reports of one government, each of another year, side
     * by side in year order (the user opened several years of one report to read them together); else
     * {@link #defaultPair}.
     */
    public static List<Report> defaultColumns(List<Report> reports) {
        boolean yearsOfOne = reports.size() >= 3 && reports.size() <= MAX_COLUMNS
                && reports.stream().map(r -> r.metadata().government()).distinct().count() == 1
                && reports.get(0).metadata().government() != null
                && reports.stream().map(Comparer::yearOf).distinct().count() == reports.size()
                && reports.stream().allMatch(r -> Comparer.yearOf(r) != null);
        return yearsOfOne ? Comparer.byYear(reports) : defaultPair(reports);
    }

    public static List<Report> defaultPair(List<Report> reports) {
        if (reports.size() <= 2) {
            return Comparer.byYear(reports);
        }
        List<BigramVectors.Counts> counts = new ArrayList<>();
        List<String> speakers = new ArrayList<>();
        for (Report r : reports) {
            counts.add(BigramVectors.counts(r.text().folded()));
            speakers.add(speaker(r));
        }
        BigramVectors.Vector[] vectors = BigramVectors.tfIdf(counts);
        List<Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < reports.size(); a++) {
            for (int b = a + 1; b < reports.size(); b++) {
                Integer ya = Comparer.yearOf(reports.get(a));
                Integer yb = Comparer.yearOf(reports.get(b));
                candidates.add(new Candidate(a, b, speakers.get(a) != null && speakers.get(a).equals(speakers.get(b)),
                        ya != null && yb != null && !ya.equals(yb),
                        Math.max(ya == null ? 0 : ya, yb == null ? 0 : yb),
                        BigramVectors.cosine(vectors[a], vectors[b])));
            }
        }
        Candidate best = candidates.stream().max(Comparator.comparing(Candidate::sameGovernment)
                .thenComparing(Candidate::yearsDiffer)
                .thenComparingInt(Candidate::latestYear)
                .thenComparingDouble(Candidate::similarity)).orElseThrow();
        return Comparer.byYear(List.of(reports.get(best.a()), reports.get(best.b())));
    }

    /** Who a report speaks for: its government, else the level it names itself by; null if neither is known. */
    static String speaker(Report report) {
        String government = report.metadata().government();
        if (government != null) {
            return government;
        }
        String text = report.text().folded();
        String level = null;
        int most = 0;
        for (String l : LEVELS) {
            int n = count(text, "我" + l) + count(text, "全" + l);
            if (n > most) {
                most = n;
                level = l;
            }
        }
        return level == null ? null : "?" + level;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }
}
