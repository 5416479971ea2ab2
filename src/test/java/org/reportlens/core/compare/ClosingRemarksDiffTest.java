package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/**
 * A part's closing remarks ("各位代表！…", after its last section) in the diff: two paired parts' remarks
 * are compared with each other after their sections; remarks on one side only stay with the last section.
 */
class ClosingRemarksDiffTest {
    private static final String INVEST = "（一）扩大有效投资。全力抓好项目建设，谋划储备一批重大项目，推进园区基础设施建设。\n";
    private static final String STABLE = "（二）维护社会稳定。抓好安全生产，压实企业主体责任，深入开展隐患排查整治。\n";
    private static final String LIVING = "（三）办好民生实事。新建幼儿园三所，改造老旧小区十个，新增城镇就业两万人。\n";
    private static final String REMARKS = "各位代表！我们要加强政府自身建设，严守政治纪律和政治规矩，确保政令畅通、令行禁止。\n";
    private static final String NEXT = "二、附则\n本报告所用名词的说明附后，请一并审议。\n";

    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static PairComparison compare(Report a, Report b) {
        return Comparer.compare(List.of(a, b), CompareOptions.DEFAULTS).pairs().get(0);
    }

    @Test
    void aSectionDroppedBeforeTheOthersIsPlacedBeforeThemNotAfterTheRemarks() {
        Report a = report("r1", "一、2023年工作安排\n今年要稳中求进。\n" + LIVING.replace("（三）", "（一）")
                + INVEST.replace("（一）", "（二）") + STABLE.replace("（二）", "（三）") + REMARKS + NEXT);
        Report b = report("r2", "一、2024年工作安排\n今年要稳中求进。\n" + INVEST + STABLE
                + REMARKS.replace("政治纪律和政治规矩", "廉洁底线") + NEXT);
        PairComparison pair = compare(a, b);
        UnitInvariants.check(pair, a, b, CompareOptions.DEFAULTS, true);
        DiffUnit dropped = pair.units().stream().filter(u -> u.kind() == UnitKind.DROPPED).findFirst().orElseThrow();
        assertThat(a.original().substring(dropped.a().start(), dropped.a().end())).startsWith("（一）办好民生实事");
        assertThat(dropped.placeInB().start()).isLessThanOrEqualTo(b.original().indexOf("（一）扩大有效投资"));
        // the remarks, edited, against each other
        assertThat(pair.units()).anyMatch(u -> u.kind() == UnitKind.EDITED
                && a.original().substring(u.a().start(), u.a().end()).contains("严守政治纪律"));
    }

    @Test
    void remarksOnOneSideOnlyStayWithTheLastSectionWhereTheOtherHasTheirWords() {
        // the older year says it inside its last section, the newer turns to the delegates to say it
        String said = "我们要加强政府自身建设，严守政治纪律和政治规矩，确保政令畅通、令行禁止。\n";
        Report a = report("r1", "一、2023年工作安排\n今年要稳中求进。\n" + INVEST + STABLE + said + NEXT);
        Report b = report("r2", "一、2024年工作安排\n今年要稳中求进。\n" + INVEST + STABLE + "各位代表！" + said + NEXT);
        PairComparison pair = compare(a, b);
        UnitInvariants.check(pair, a, b, CompareOptions.DEFAULTS, true);
        assertThat(pair.units()).noneMatch(u -> u.kind() == UnitKind.MOVED);
        assertThat(pair.units()).anyMatch(u -> u.kind() == UnitKind.SAME
                && a.original().substring(u.a().start(), u.a().end()).startsWith("我们要加强政府自身建设"));
    }

    @Test
    void remarksOnlyInTheOlderYearAreDroppedAtTheEndOfThePart() {
        Report a = report("r1", "一、2023年工作安排\n今年要稳中求进。\n" + INVEST + STABLE + REMARKS + NEXT);
        Report b = report("r2", "一、2024年工作安排\n今年要稳中求进。\n" + INVEST + STABLE + NEXT);
        PairComparison pair = compare(a, b);
        UnitInvariants.check(pair, a, b, CompareOptions.DEFAULTS, true);
        DiffUnit dropped = pair.units().stream().filter(u -> u.kind() == UnitKind.DROPPED).findFirst().orElseThrow();
        assertThat(a.original().substring(dropped.a().start(), dropped.a().end())).startsWith("各位代表");
        assertThat(dropped.placeInB().start()).isGreaterThan(b.original().indexOf("（二）维护社会稳定"));
    }

    @Test
    void partsOfTheSameTextLinkedAcrossByTheUserAreComparedWithoutFailing() {
        // a report saved twice, its review linked to its plan: the parts of either copy are equal records,
        // and taking one for the other once looked up a partner that was not there (an exception)
        String text = "一、2023年工作回顾\n过去一年稳中有进。\n" + INVEST + STABLE + REMARKS
                + "二、2024年工作安排\n今年要稳中求进。\n" + LIVING.replace("（三）", "（一）")
                + "（二）深化改革开放。推进国资国企改革，优化营商环境，扩大高水平对外开放。\n"
                + "各位代表！让我们更加紧密地团结起来，奋力推动高质量发展。\n";
        Report a = report("r1", text);
        Report b = report("r2", text);
        SectionLinks links = new SectionLinks(List.of(new SectionLink(new SectionRef(a.file(), "1", null),
                new SectionRef(b.file(), "2", null), true)));
        Comparison c = Comparer.compare(List.of(a, b), CompareOptions.DEFAULTS.withLinks(links));
        UnitInvariants.check(c.pairs().get(0), a, b, CompareOptions.DEFAULTS, false);
        assertThat(SplitMergeTest.rows(c)).anyMatch(row -> row.startsWith("1 | 2"));
    }
}
