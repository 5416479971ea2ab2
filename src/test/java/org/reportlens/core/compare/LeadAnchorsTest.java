package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

class LeadAnchorsTest {

    private static Report report(String text) {
        return ReportAnalyzer.analyze("r", "r.txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static List<String> cuts(Report r, List<PairDiffer.Region> units, boolean sideA) {
        return units.stream().map(u -> sideA ? u.a() : u.b())
                .map(range -> r.text().text().substring(range[0], range[1]).split("。")[0]).toList();
    }

    private static List<PairDiffer.Region> split(Report a, Report b) {
        return LeadAnchors.split(a, new int[] {0, a.text().length()}, b, new int[] {0, b.text().length()}, 0,
                new PairBudget(), Cancellation.NEVER);
    }

    @Test
    void sectionsAreCutAtMatchedLeadsSoParagraphsCompareWithParagraphs() {
        Report a = report("(一)实施攻坚行动\n引言。\n加快建设重点区域。甲。\n积极盘活闲置资源。乙。\n持续扩大有效投资。丙。");
        Report b = report("(一)实施攻坚行动\n引言。\n加快建设重点区域。甲。\n新增一段全新的内容。丁。\n全力盘活闲置资源。乙。\n持续扩大有效投资。丙。");
        List<PairDiffer.Region> units = split(a, b);
        assertThat(cuts(a, units, true)).containsExactly("(一)实施攻坚行动\n引言", "加快建设重点区域", "积极盘活闲置资源",
                "持续扩大有效投资");
        // the new paragraph stays with the one before it; the reworded lead still anchors
        assertThat(cuts(b, units, false)).containsExactly("(一)实施攻坚行动\n引言", "加快建设重点区域", "全力盘活闲置资源",
                "持续扩大有效投资");
    }

    @Test
    void withoutLeadsTheUnitIsWhole() {
        Report a = report("(一)实施攻坚行动\n坚持稳中求进,扎实推进。");
        Report b = report("(一)实施攻坚行动\n坚持稳中求进,全面推进。");
        assertThat(split(a, b)).hasSize(1);
    }
}
