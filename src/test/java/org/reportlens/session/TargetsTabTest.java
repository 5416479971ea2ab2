package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.targets.AchievementStatus;
import org.reportlens.core.targets.MetricNames;
import org.reportlens.core.targets.TargetAnalysis;
import org.reportlens.core.targets.TargetChange;
import org.reportlens.core.targets.TargetTable;

/**
 * What the targets tab shows, decided without a window: the cell's words and classes, the charts
 * per unit with whole-year ticks. Targets of 海口市 2023 and 2024 with the 2024 review of 2023 (real
 * excerpts), and a target of 实际利用外资 stated first as a rate, then as an amount.
 */
class TargetsTabTest {
    private static final Map<String, String> WORDS = Map.of("change.target.lowered", "调低",
            "change.target.same", "不变", "change.target.qualifier-changed", "限定词变化", "change.target.reworded", "表述调整",
            "change.target.measure-changed", "表述方式变化", "status.target.met", "已完成", "status.target.missed", "未完成",
            "status.target.unknown", "完成情况未知", "status.target.not_reviewed", "已载入的报告尚未回顾该年",
            "status.target.separator", "：");

    private static Report report(String id, int year, String review, String targets) {
        String text = year + "年海口市政府工作报告\n一、" + (year - 1) + "年工作回顾\n" + review + "\n二、" + year + "年工作安排\n"
                + "主要预期目标是：" + targets + "\n";
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static final TargetTable TABLE = TargetAnalysis.of(List.of(
            report("r1", 2023, "成绩显著。", "地区生产总值增长10%左右；居民消费价格涨幅控制在3%以内；实际利用外资增长10%；"
                    + "生态环境质量持续提升。"),
            report("r2", 2024, "全市地区生产总值2358.4亿元、增长9.3%，居民消费价格上涨0.3%，较好完成高质量发展指标体系任务。",
                    "地区生产总值增长8.5%左右；居民消费价格涨幅控制在3%以内；实际利用外资达到5亿美元；生态环境质量持续改善。")),
            MetricNames.defaults()).table();

    private static TargetTable.Row row(String metric) {
        return TABLE.rows().stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
    }

    private static ShownTargetCell cell(String metric, int column) {
        return ShownTargetCell.of(row(metric).cells().get(column));
    }

    @Test
    void aMissedTargetSaysSoWithTheAchievedFigureAndAMarkBesidesItsColour() {
        ShownTargetCell gdp2023 = cell("地区生产总值", 0);
        assertThat(gdp2023.status()).isEqualTo(AchievementStatus.MISSED);
        assertThat(gdp2023.achievedReport()).isEqualTo("r2");
        assertThat(gdp2023.text(WORDS::get)).isEqualTo("增长10%左右\n✗ 未完成：增长9.3%");
        assertThat(gdp2023.styleClasses()).containsExactly("target-cell", "target-cell-first", "target-missed");
        assertThat(cell("居民消费价格", 0).text(WORDS::get)).isEqualTo("涨幅控制在3%以内\n✓ 已完成：上涨0.3%");
        // 2024's review is silent on foreign investment; no loaded report reviews 2024 at all
        assertThat(cell("实际利用外资", 0).text(WORDS::get)).isEqualTo("增长10%\n完成情况未知");
        ShownTargetCell gdp2024 = cell("地区生产总值", 1);
        assertThat(gdp2024.text(WORDS::get)).isEqualTo("增长8.5%左右  ↓ 调低\n已载入的报告尚未回顾该年");
        assertThat(gdp2024.styleClasses()).containsExactly("target-cell", "target-cell-lowered", "target-not_reviewed");
    }

    @Test
    void aQualitativeTargetHasNoStatusAndAnEmptyCellShowsNothing() {
        TargetTable.Row environment = TABLE.rows().stream().filter(TargetTable.Row::qualitative).findFirst().orElseThrow();
        ShownTargetCell reworded = ShownTargetCell.of(environment.cells().get(1));
        assertThat(reworded.change()).isEqualTo(TargetChange.REWORDED);
        assertThat(reworded.text(WORDS::get)).isEqualTo("生态环境质量持续改善  ≈ 表述调整");
        assertThat(reworded.styleClasses()).containsExactly("target-cell", "target-cell-reworded");
        assertThat(ShownTargetCell.of(new TargetTable.Cell(null, null, false, null, null))).isNull();
    }

    @Test
    void aRangeIsDrawnAtItsMiddleNotItsLowerEnd() {
        // 国务院 2019's "6%—6.5%" was drawn at 6.0 (from an editor's tour)
        TargetTable table = TargetAnalysis.of(List.of(report("r1", 2019, "成绩显著。", "地区生产总值增长6%-6.5%；居民消费价格涨幅3%左右。"),
                report("r2", 2020, "成绩显著。", "地区生产总值增长6%左右；居民消费价格涨幅3.5%左右。")), MetricNames.defaults()).table();
        TargetTable.Row gdp = table.rows().stream().filter(r -> r.metric().equals("地区生产总值")).findFirst().orElseThrow();
        assertThat(gdp.cells().get(0).target().upper()).as("the premise: read as a range").isNotNull();
        TargetChart chart = TargetChart.of(table, gdp);
        assertThat(chart.panels().get(0).targets()).extracting(p -> p.value().doubleValue()).containsExactly(6.25, 6.0);
        assertThat(chart.panels().get(0).targets().get(0).figure()).contains("6%");
    }

    @Test
    void aChangeOfUnitGivesAChartOfItsOwnAndOneYearStillHasTwoTicks() {
        TargetChart investment = TargetChart.of(TABLE, row("实际利用外资"));
        assertThat(investment.panels()).extracting(TargetChart.Panel::unit).containsExactly("%", "亿美元");
        assertThat(investment.panels().get(0).targets()).extracting(TargetChart.Point::year).containsExactly(2023);
        assertThat(investment.panels().get(1).targets()).extracting(TargetChart.Point::figure).containsExactly("达到5亿美元");
        assertThat(investment.firstYear()).isEqualTo(2023);
        assertThat(investment.lastYear()).isEqualTo(2024);
        TargetChart gdp = TargetChart.of(TABLE, row("地区生产总值"));
        assertThat(gdp.panels()).hasSize(1);
        assertThat(gdp.panels().get(0).targets()).extracting(p -> p.value().toPlainString()).containsExactly("10", "8.5");
        assertThat(gdp.panels().get(0).achieved()).extracting(TargetChart.Point::year, p -> p.value().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2023, "9.3"));
        TargetTable.Row qualitative = TABLE.rows().stream().filter(TargetTable.Row::qualitative).findFirst().orElseThrow();
        assertThat(TargetChart.of(TABLE, qualitative).panels()).isEmpty();
    }

    @Test
    void aYearShownWithoutTheFigureBreaksTheLine() {
        // 国务院 2020 set no growth target: a line from 2019 to 2021 drawn through 2020 said it had one
        TargetTable table = TargetAnalysis.of(List.of(
                report("r1", 2019, "成绩显著。", "地区生产总值增长6%-6.5%；居民消费价格涨幅3%左右。"),
                report("r2", 2020, "全市地区生产总值增长6.1%，居民消费价格上涨2.9%。", "居民消费价格涨幅3.5%左右。"),
                report("r3", 2021, "居民消费价格上涨2.5%。", "地区生产总值增长6%以上；居民消费价格涨幅3%左右。"),
                report("r4", 2022, "成绩显著。", "地区生产总值增长5.5%左右；居民消费价格涨幅3%左右。")),
                MetricNames.defaults()).table();
        TargetTable.Row gdp = table.rows().stream().filter(r -> r.metric().equals("地区生产总值")).findFirst().orElseThrow();
        TargetChart.Panel growth = TargetChart.of(table, gdp).panels().get(0);
        assertThat(growth.targetLines()).extracting(line -> line.stream().map(TargetChart.Point::year).toList())
                .containsExactly(List.of(2019), List.of(2021, 2022));
        assertThat(growth.achievedLines()).extracting(line -> line.stream().map(TargetChart.Point::year).toList())
                .containsExactly(List.of(2019));
        TargetTable.Row prices = table.rows().stream().filter(r -> r.metric().equals("居民消费价格")).findFirst().orElseThrow();
        TargetChart.Panel cpi = TargetChart.of(table, prices).panels().get(0);
        assertThat(cpi.targetLines()).as("every year has it: one line").hasSize(1).first().asList().hasSize(4);
        assertThat(cpi.achievedLines()).as("2019 and 2020 reviewed").hasSize(1).first().asList().hasSize(2);
        assertThat(growth.targetBridges()).as("2020 is shown: no bridge, a gap").isEmpty();
        // a year no shown report is of: a bridge, drawn apart — nothing is known of it
        TargetTable apart = TargetAnalysis.of(List.of(
                report("r1", 2019, "成绩显著。", "地区生产总值增长6%-6.5%。"),
                report("r3", 2021, "成绩显著。", "地区生产总值增长6%以上。")), MetricNames.defaults()).table();
        TargetChart.Panel twoApart = TargetChart.of(apart, apart.rows().get(0)).panels().get(0);
        assertThat(twoApart.targetLines()).extracting(List::size).containsExactly(1, 1);
        assertThat(twoApart.targetBridges()).singleElement().satisfies(
                bridge -> assertThat(bridge).extracting(TargetChart.Point::year).containsExactly(2019, 2021));
    }

    @Test
    void aLineJoinsOneGovernmentsYearsOnly() {
        // 海口 2019 and 2022 with 三亚 2020 (a review): one line ran from 三亚's 2020 to 海口's 2019, and 三亚's 2020
        // broke 海口's bridge as if 海口 2020 were shown
        TargetTable table = TargetAnalysis.of(List.of(report("r1", 2019, "成绩显著。", "地区生产总值增长6%左右。"),
                sanya("r2", 2020, "地区生产总值增长9%。"), report("r3", 2022, "成绩显著。", "地区生产总值增长5%左右。")),
                MetricNames.defaults()).table();
        TargetChart.Panel gdp = TargetChart.of(table, table.rows().get(0)).panels().get(0);
        assertThat(gdp.targetLines()).extracting(line -> line.stream().map(p -> p.government() + p.year()).toList())
                .containsExactlyInAnyOrder(List.of("海口市2019"), List.of("海口市2022"), List.of("三亚市2020"));
        assertThat(gdp.targetBridges()).singleElement().satisfies(bridge -> assertThat(bridge)
                .extracting(p -> p.government() + p.year()).containsExactly("海口市2019", "海口市2022"));
    }

    private static Report sanya(String id, int year, String targets) {
        String text = year + "年三亚市政府工作报告\n一、" + (year - 1) + "年工作回顾\n成绩显著。\n二、" + year + "年工作安排\n"
                + "主要预期目标是：" + targets + "\n";
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    @Test
    void yearTicksAreWholeYearsWithoutAThousandsSeparator() {
        assertThat(TargetChart.yearLabel(2023.0)).isEqualTo("2023");
        assertThat(TargetChart.yearLabel(2023.25)).isEmpty();
        assertThat(TargetChart.yearLabel(2023.5)).isEmpty();
    }
}
