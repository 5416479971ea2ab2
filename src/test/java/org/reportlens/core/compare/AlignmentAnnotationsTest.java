package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;

/**
 * The aligner against pairs of real reports annotated by hand ({@code src/test/resources/alignment}).
 * Needs the corpus: {@code -Dreportlens.corpus=DIR}, or {@code ../shared/corpus-dev} or
 * {@code ../../shared/corpus-dev}; skipped without it. Run {@link #main} for the table of every pair
 * ({@code -v} lists each wrong and missed pair).
 */
class AlignmentAnnotationsTest {

    @Test
    void alignsTheAnnotatedPairsAsAReaderWould() throws IOException {
        Path corpus = corpus();
        Assumptions.assumeTrue(corpus != null, "the corpus is not here");
        Map<String, List<AlignmentScore>> bySet = score(corpus);
        print(bySet, false, System.out);
        AlignmentScore tuning = AlignmentScore.total("tuning", bySet.get("tuning"));
        AlignmentScore holdout = AlignmentScore.total("holdout", bySet.get("holdout"));
        // the floors below stand just under the scores on the annotations as they are since 17 files were re-read
        // for the parts that gained sections when the outline read topics numbered in prose ("一是…") as sections:
        // more and harder units (国务院's reviews, 北京 2023's five years, "一年来，我们…" in 长沙 2025), 135 more true
        // pairs found; the pairs annotated later 0.909 (was 0.916), those kept back 0.938 (was 0.961: 绍兴 2016's
        // review, five years and one in eleven sections against 2014's one year, had none). On the
        // annotations before, the same aligner scored tuning 0.942, kept back 0.961, farther 0.884, first 49
        // 0.938 (docs/comparison.md)
        // 0.944 (395, 19, 28) since a section left alone between two neighbours that both continue in one section
        // continues there too (海口 2023's 产业提档升级 among the four merged into 2024's 强化创新驱动; 长沙 2025's plan
        // closing into 2026's 坚持实干履职): 0.941 without it
        assertThat(tuning.f1()).as("F1 on the pairs used in tuning").isGreaterThanOrEqualTo(0.943);
        assertThat(holdout.f1()).as("F1 on the pairs kept back").isGreaterThanOrEqualTo(0.935);
        // annotated afterwards by other readers who never saw the program's alignment: other governments'
        // reports two years apart (harder: more regrouped) and consecutive State Council reports; looked
        // at only for figures, never for tuning
        AlignmentScore later = AlignmentScore.total("later", bySet.get("later"));
        assertThat(later.f1()).as("F1 on the pairs annotated later").isGreaterThanOrEqualTo(0.905);
        // six more pairs two or three years apart, annotated blind the same way after the others: they checked the
        // threshold for links between two sections, chosen on the tuning pairs
        AlignmentScore fresh = AlignmentScore.total("fresh", bySet.get("fresh"));
        assertThat(fresh.f1()).as("F1 on the pairs annotated last").isGreaterThanOrEqualTo(0.91);
        // four pairs three or four years apart (惠州, 营口, 南昌's new-term report, 深圳), annotated blind by two
        // more readers after the rest and never used for choosing anything: regrouped more than any set above
        AlignmentScore farther = AlignmentScore.total("farther", bySet.get("farther"));
        // (0.852 before the last section ended at the thanks, the shortcomings and the government's own conduct after
        // it: 深圳 2026's livelihoods section took the self-building text and drew 2023's self-building section)
        assertThat(farther.f1()).as("F1 on the pairs three or four years apart").isGreaterThanOrEqualTo(0.87);
        AlignmentScore all = AlignmentScore.total("first 49", List.of(tuning, holdout, later, fresh));
        // 0.932 (946 found, 46 wrong, 93 missed) since a part's closing remarks may continue in a section of the
        // other year (长沙 2025's conduct, 2026's four "坚持…履职"); the re-read for the last sections' tails had
        // taken out three true pairs that rested on the tail and the aligner had found, and the outline before it
        // scores 0.929 (943, 49, 96) on those annotations
        assertThat(all.f1()).as("F1 on the first 49 pairs (0.934; 0.932 without neighbours on both sides)")
                .isGreaterThanOrEqualTo(0.933);
        assertThat(all.precision()).as("precision on the first 49 pairs").isGreaterThanOrEqualTo(0.953);
        // the readers took a review or plan written as topic leads (甘肃 2023) as sectioned by them: 88
        // annotated pairs named no section while the outline kept such leads as leads; 26 still do (a part of
        // three leads, dash items beside numbered ones)
        assertThat(all.unresolved()).as("annotated sections the outline does not have").hasSizeLessThanOrEqualTo(26);
        // a pair shown is a claim the reader acts on: few wrong ones (the measure is F1: links between
        // two sections are made from a fitted chance of 0.4, which traded 1.6 points of precision for 3 of
        // recall on the first 43 pairs), partners (the rows) nearly all right
        AlignmentScore first = AlignmentScore.total("first 43", List.of(tuning, holdout, later));
        assertThat(first.precision()).as("precision of all pairs, partners and also-in").isGreaterThanOrEqualTo(0.95);
        assertThat(first.partnerPrecision()).isGreaterThanOrEqualTo(0.98);
        // … and each section beside its own successor, not beside one that took a part of it
        // (0.882: 0.879 before a unit left alone by straightening could pair again — 国务院 2020→2021's 新动能 and 科技创新
        // — and a link across the order from a shown chance of 0.79, not 0.84, could make partners)
        assertThat(first.partnerRecall()).isGreaterThanOrEqualTo(0.881);
        assertThat(holdout.partnerRecall()).as("partners of the pairs kept back (0.926 before the latter)").isGreaterThanOrEqualTo(0.933);
    }

    public static void main(String[] args) throws IOException {
        Path corpus = corpus();
        if (corpus == null) {
            System.err.println("no corpus: give -Dreportlens.corpus=DIR");
            System.exit(2);
        }
        boolean verbose = List.of(args).contains("-v");
        print(score(corpus), verbose, System.out);
    }

    static Path corpus() {
        String given = System.getProperty("reportlens.corpus");
        for (String candidate : given != null ? List.of(given)
                : List.of("../shared/corpus-dev", "../../shared/corpus-dev")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /** Scores by set ("tuning", "holdout"), each pair in index order. */
    static Map<String, List<AlignmentScore>> score(Path corpus) throws IOException {
        Map<String, List<AlignmentScore>> bySet = new TreeMap<>();
        for (String line : resource("index.txt")) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length < 2) {
                continue;
            }
            AlignmentAnnotation annotation = AlignmentAnnotation.parse(parts[0], resource(parts[0]));
            LoadResult loaded = new ReportLoader().load(List.of(corpus.resolve(annotation.fileA()).toString(),
                    corpus.resolve(annotation.fileB()).toString()));
            assertThat(loaded.problems()).as(annotation.name()).isEmpty();
            List<Report> reports = loaded.reports();
            Comparison comparison = Comparer.compare(reports, CompareOptions.DEFAULTS);
            bySet.computeIfAbsent(parts[1], k -> new ArrayList<>())
                    .add(AlignmentScore.of(annotation, reports.get(0), reports.get(1), comparison));
        }
        return bySet;
    }

    static List<String> resource(String name) throws IOException {
        try (InputStream in = AlignmentAnnotationsTest.class.getResourceAsStream("/alignment/" + name)) {
            if (in == null) {
                throw new IOException("no resource alignment/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    static void print(Map<String, List<AlignmentScore>> bySet, boolean verbose, PrintStream out) {
        List<AlignmentScore> all = new ArrayList<>();
        for (Map.Entry<String, List<AlignmentScore>> set : bySet.entrySet()) {
            out.println("== " + set.getKey());
            for (AlignmentScore s : set.getValue()) {
                out.println(line(s));
                if (verbose) {
                    s.wrong().forEach(w -> out.println("      wrong   " + w));
                    s.missed().forEach(m -> out.println("      missed  " + m));
                    s.unresolved().forEach(u -> out.println("      no node " + u));
                    s.unknown().forEach(u -> out.println("      unknown " + u));
                    s.mainMissed().forEach(u -> out.println("      not partners " + u));
                }
            }
            AlignmentScore total = AlignmentScore.total(set.getKey(), set.getValue());
            out.println(line(total));
            all.add(total);
        }
        out.println(line(AlignmentScore.total("all", all)));
        if (bySet.keySet().containsAll(List.of("tuning", "holdout", "later", "fresh"))) {
            List<AlignmentScore> first = List.of(AlignmentScore.total("tuning", bySet.get("tuning")),
                    AlignmentScore.total("holdout", bySet.get("holdout")), AlignmentScore.total("later", bySet.get("later")));
            out.println(line(AlignmentScore.total("first 43", first)));
            List<AlignmentScore> firstFresh = new ArrayList<>(first);
            firstFresh.add(AlignmentScore.total("fresh", bySet.get("fresh")));
            out.println(line(AlignmentScore.total("first 49", firstFresh)));
        }
    }

    static String line(AlignmentScore s) {
        return String.format(Locale.ROOT, "%-26s found %3d  wrong %3d  missed %3d  P %.3f  R %.3f  F1 %.3f"
                        + "  | partners P %.3f R %.3f  (no node %d, unknown %d)", s.name(), s.found(), s.wrong().size(),
                s.missed().size(), s.precision(), s.recall(), s.f1(), s.partnerPrecision(), s.partnerRecall(),
                s.unresolved().size(), s.unknown().size());
    }
}
