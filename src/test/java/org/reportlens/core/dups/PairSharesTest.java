package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.text.ComparableText;

/**
 * What two reports share is counted once per character, and never exceeds the shorter report —
 * even for reports made of boilerplate that repeats and overlaps, where adding up passage lengths
 * counted 29,933 shared characters between two reports of 21,424.
 */
class PairSharesTest {
    private static final DuplicateOptions OPTIONS = DuplicateOptions.defaults().withStockPhrases(StockPhrases.none());
    private static final String[] SENTENCES = {
        "新认定高新技术企业184家，新注册科技型中小企业593家。", "全力推进城市更新行动，改造老旧小区120个。",
        "深入实施创新驱动发展战略，加快建设科技创新中心。", "持续优化营商环境，新增市场主体3.2万户。",
        "统筹推进乡村振兴，建成高标准农田5万亩。", "加快发展现代服务业，服务业增加值增长6%。",
    };

    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    @Test
    void boilerplateRepeatedAndOverlappingCountsOnce() {
        String boiler = SENTENCES[0] + SENTENCES[1] + SENTENCES[2];
        // a holds the boilerplate three times, and its middle once more; b holds it twice
        String a = boiler + boiler + "甲方另有安排。" + boiler + SENTENCES[1];
        String b = "乙方：" + boiler + "中间不同。" + boiler;
        List<Report> reports = List.of(report("r1", a), report("r2", b));
        DuplicateAnalysis analysis = DuplicateFinder.find(reports, OPTIONS);
        ReportPair pair = analysis.pairs().stream().filter(p -> !p.withinOneReport()).findFirst().orElseThrow();
        int shorter = Math.min(keyLength(reports.get(0)), keyLength(reports.get(1)));
        assertThat(pair.sharedCharacters()).isPositive().isLessThanOrEqualTo(shorter);
        // the passage lengths summed over pairs of occurrences, as counted before, run far past it
        long summed = analysis.duplicates().stream().filter(d -> d.reportCount() == 2).mapToLong(Duplicate::length).sum();
        assertThat(summed).isGreaterThan(shorter);
        assertThat(pair).isEqualTo(bruteForce(reports, analysis).get(0));
    }

    @Test
    void everyPairMatchesACountOfCoveredCharactersAndNeverExceedsTheShorterReport() {
        Random random = new Random(1717);
        List<Report> reports = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            StringBuilder text = new StringBuilder();
            int sentences = 4 + random.nextInt(12);
            for (int s = 0; s < sentences; s++) {
                text.append(random.nextInt(3) == 0 ? "第" + (r * 100 + s) + "项独有的内容，" : "")
                        .append(SENTENCES[random.nextInt(SENTENCES.length)]);
                if (random.nextInt(4) == 0) {
                    text.append('\n');
                }
            }
            reports.add(report("r" + (r + 1), text.toString()));
        }
        DuplicateAnalysis analysis = DuplicateFinder.find(reports, OPTIONS);
        List<ReportPair> expected = bruteForce(reports, analysis);
        List<ReportPair> cross = analysis.pairs().stream().filter(p -> !p.withinOneReport()).toList();
        assertThat(cross).isNotEmpty();
        for (ReportPair p : cross) {
            int a = Integer.parseInt(p.a().substring(1)) - 1;
            int b = Integer.parseInt(p.b().substring(1)) - 1;
            assertThat(p.sharedCharacters()).isLessThanOrEqualTo(Math.min(keyLength(reports.get(a)), keyLength(reports.get(b))));
        }
        assertThat(cross).containsExactlyElementsOf(expected);
    }

    private static int keyLength(Report r) {
        return ComparableText.of(r.text(), 0, r.text().length(), true, false).length();
    }

    /** Pairs of different reports counted the slow way: a bit per covered character on each side. */
    private static List<ReportPair> bruteForce(List<Report> reports, DuplicateAnalysis analysis) {
        List<ReportPair> pairs = new ArrayList<>();
        List<ComparableText> keys = reports.stream()
                .map(r -> ComparableText.of(r.text(), 0, r.text().length(), true, false)).toList();
        for (int a = 0; a < reports.size(); a++) {
            for (int b = a + 1; b < reports.size(); b++) {
                BitSet sideA = new BitSet();
                BitSet sideB = new BitSet();
                int passages = 0;
                List<Integer> indices = new ArrayList<>();
                for (int d = 0; d < analysis.duplicates().size(); d++) {
                    Duplicate dup = analysis.duplicates().get(d);
                    String idA = reports.get(a).id();
                    String idB = reports.get(b).id();
                    boolean inA = dup.occurrences().stream().anyMatch(o -> o.report().equals(idA));
                    boolean inB = dup.occurrences().stream().anyMatch(o -> o.report().equals(idB));
                    if (!inA || !inB) {
                        continue;
                    }
                    indices.add(d);
                    passages++;
                    for (Occurrence o : dup.occurrences()) {
                        if (o.report().equals(idA)) {
                            sideA.set(keys.get(a).fromOriginal(o.start()), keys.get(a).fromOriginal(o.end()));
                        } else if (o.report().equals(idB)) {
                            sideB.set(keys.get(b).fromOriginal(o.start()), keys.get(b).fromOriginal(o.end()));
                        }
                    }
                }
                int shared = Math.min(sideA.cardinality(), sideB.cardinality());
                if (!indices.isEmpty()) {
                    pairs.add(new ReportPair(reports.get(a).id(), reports.get(b).id(), shared, passages, indices));
                }
            }
        }
        return pairs;
    }
}
