package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.report.Report;

/** A section moved up among the others is marked moved, and only that one. */
class ReorderingTest {
    private static final String OLDER = "2023年东港市政府工作报告\n一、2023年工作回顾\n今年经济稳中向好。\n"
            + "二、2024年工作安排\n"
            + "(一)加快建设重点区域。推进港口建设,完善集疏运体系,建成二号码头,开通海铁联运班列。\n"
            + "(二)积极盘活闲置资源。清理闲置厂房,盘活低效用地,引进新的企业入驻产业园区。\n"
            + "(三)深化国资国企改革。推进市属企业整合重组,完善现代企业制度,健全国资监管体系。\n"
            + "(四)切实办好民生实事。新建幼儿园三所,改造老旧小区十个,增加公办养老床位五百张。\n";
    // 民生 moved from fourth to first
    private static final String NEWER = "2024年东港市政府工作报告\n一、2024年工作回顾\n今年经济稳中向好。\n"
            + "二、2025年工作安排\n"
            + "(一)切实办好民生实事。新建幼儿园两所,改造老旧小区十二个,增加公办养老床位六百张。\n"
            + "(二)加快建设重点区域。推进港口建设,完善集疏运体系,建成三号码头,开通海铁联运班列。\n"
            + "(三)积极盘活闲置资源。清理闲置厂房,盘活低效用地,引进新的企业入驻产业园区。\n"
            + "(四)深化国资国企改革。推进市属企业整合重组,完善现代企业制度,健全国资监管体系。\n";

    @Test
    void theSectionThatMovedUpIsMarkedAndTheOthersAreNot() {
        ShownAnalysis shown = shown(OLDER, NEWER);
        List<AlignmentRow> rows = shown.outlineRows();
        assertThat(rows).extracting(AlignmentRow::sections).contains(List.of("2.4", "2.1"), List.of("2.1", "2.2"));
        List<AlignmentRow> moved = rows.stream().filter(r -> !shown.moved(r).isEmpty()).toList();
        assertThat(moved).extracting(AlignmentRow::sections).containsExactly(List.of("2.4", "2.1"));
        AlignmentLine.Moved m = AlignmentLine.of(shown, moved.get(0)).moved().get(0);
        assertThat(m.olderPlace().title()).startsWith("切实办好民生实事");
        assertThat(m.older()).isSameAs(shown.columns().get(0));
        assertThat(m.newerPlace().number()).isEqualTo("一");
        assertThat(m.newer()).isSameAs(shown.columns().get(1));
    }

    @Test
    void scrollingThroughTheHeadingOfAReorderedPartKeepsTheOtherColumnAtItsHeading() {
        ScrollMap map = shown(OLDER, NEWER).scrollMap();
        int olderPart = OLDER.indexOf("二、");
        int olderFirst = OLDER.indexOf("(一)");
        // the newer part's heading: the older column stays in its own heading, not racing through its
        // sections to 民生, which comes first in the newer part and last in the older
        for (int o = NEWER.indexOf("二、"); o < NEWER.indexOf("(一)"); o++) {
            assertThat(map.level(1, o, 0).orElseThrow()).as("offset %d", o).isBetween(olderPart, olderFirst);
        }
    }

    @Test
    void aPartThatMovedIsMarkedAndNotEachOfItsSections() {
        String industry = "产业发展\n(一)加快建设重点区域。推进港口建设,完善集疏运体系,建成二号码头,开通海铁联运班列。\n"
                + "(二)积极盘活闲置资源。清理闲置厂房,盘活低效用地,引进新的企业入驻产业园区。\n";
        String welfare = "民生保障\n(一)切实办好民生实事。新建幼儿园三所,改造老旧小区十个,增加公办养老床位五百张。\n"
                + "(二)稳定扩大就业岗位。开发公益性岗位,开展职业技能培训,帮扶困难群体就业。\n";
        String older = "2023年东港市政府工作报告\n一、2023年工作回顾\n今年经济稳中向好。\n二、" + industry + "三、" + welfare;
        String newer = "2024年东港市政府工作报告\n一、2024年工作回顾\n今年经济稳中向好。\n二、" + welfare + "三、" + industry;
        ShownAnalysis shown = shown(older, newer);
        assertThat(shown.outlineRows()).extracting(AlignmentRow::sections).contains(List.of("2", "3"), List.of("3", "2"),
                List.of("2.1", "3.1"), List.of("3.2", "2.2"));
        List<AlignmentRow> moved = shown.outlineRows().stream().filter(r -> !shown.moved(r).isEmpty()).toList();
        assertThat(moved).hasSize(1).allMatch(r -> r.level() == 1);
    }

    @Test
    void sectionsInTheirOrderAreNotMarked() {
        ShownAnalysis shown = shown(OLDER, OLDER.replace("2023年东港", "2024年东港"));
        assertThat(shown.outlineRows()).isNotEmpty().allMatch(r -> shown.moved(r).isEmpty());
        assertThat(ShownAnalysis.NOTHING.moved(shown.outlineRows().get(0))).isEmpty();
    }

    private static ShownAnalysis shown(String older, String newer) {
        Report a = TwoYears.report("r1", older);
        Report b = TwoYears.report("r2", newer);
        Analysis analysis = Analyzer.analyze(List.of(a, b), SessionFixture.characterOptions());
        return ShownAnalysis.of(List.of(a, b), analysis, 1);
    }
}
