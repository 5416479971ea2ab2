package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

class StockLearnerTest {
    private static final String SHARED = "坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局。";
    private static final String OWN = "大力推进东港新区建设，打造沿海经济带核心区。";
    private static final String TARGET = "地区生产总值增长5%左右，一般公共预算收入增长6%。";

    private static List<String> learn(List<String> texts, int[] governmentOf, int minGovernments) {
        List<KeyedReport> kept = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<BitSet> boundaries = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Report r = ReportAnalyzer.analyze("r" + (i + 1), "r" + (i + 1) + ".txt",
                    new DecodedText(texts.get(i), "UTF-8", List.of()));
            KeyedReport.Keyed k = KeyedReport.of(r);
            kept.add(k.report());
            keys.add(k.key());
            boundaries.add(k.boundaries());
        }
        return StockLearner.learn(new KeyCorpus(keys, boundaries), kept, governmentOf, minGovernments);
    }

    @Test
    void wordingInTheReportsOfEnoughGovernmentsIsLearnedAsWholeClauses() {
        List<String> texts = new ArrayList<>();
        for (int g = 0; g < 5; g++) {
            texts.add("第" + g + "号政府的报告。" + SHARED + TARGET + "各有各的安排" + g + "项。");
        }
        // one government repeating itself three times is not stock, however often
        for (int y = 0; y < 3; y++) {
            texts.add(OWN + "东港第" + y + "年。");
        }
        List<String> learned = learn(texts, new int[] {0, 1, 2, 3, 4, 5, 5, 5}, 5);
        assertThat(learned).containsExactly("坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局");
        assertThat(learn(texts, new int[] {0, 1, 2, 3, 4, 5, 5, 5}, 6)).isEmpty();
        // what was learned marks the same wording stock when a report is read later
        assertThat(StockPhrases.of(learned).isStock(StockPhrases.keyOf("坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，"
                + "加快构建新发展格局，"))).isTrue();
        assertThat(StockPhrases.of(learned).isStock(StockPhrases.keyOf(OWN))).isFalse();
    }

    @Test
    void reportsOfAnUnknownGovernmentCountAsOne() {
        List<String> texts = List.of(SHARED, SHARED, SHARED, SHARED, SHARED);
        // CorpusScan numbers every report whose government is unknown alike
        assertThat(learn(texts, new int[] {0, 0, 0, 0, 0}, 2)).isEmpty();
        assertThat(learn(texts, new int[] {0, 1, 0, 1, 0}, 2)).hasSize(1);
    }
}
