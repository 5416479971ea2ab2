package org.reportlens.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.report.Report;

class TargetTableTest {
    private static Report report(String id, int year, String targets, String review) {
        return SmallReport.of(id, year, review, targets);
    }

    private static TargetTable table(Report... reports) {
        return TargetAnalysis.of(List.of(reports), MetricNames.defaults()).table();
    }

    @Test
    void aRowIsLabelledAsItsReportsNameTheMetricWhenTheyAllNameItAlike() {
        // 国务院 writes 国内生产总值: its row said 地区生产总值 (from an editor's tour)
        TargetTable national = table(report("r1", 2024, "国内生产总值增长5%左右。", "成绩显著。"),
                report("r2", 2025, "国内生产总值增长5%左右。", "成绩显著。"));
        TargetTable.Row gdp = SeedTargetsTest.row(national, "地区生产总值");
        assertThat(gdp.label()).isEqualTo("国内生产总值");
        TargetTable mixed = table(report("r1", 2024, "国内生产总值增长5%左右。", "成绩显著。"),
                report("r2", 2025, "地区生产总值增长5%左右。", "成绩显著。"));
        assertThat(SeedTargetsTest.row(mixed, "地区生产总值").label()).isEqualTo("地区生产总值");
        TargetTable cut = table(report("r1", 2024, "第一产业增长4%。", "成绩显著。"), report("r2", 2025, "第一产业增长3%。", "成绩显著。"));
        assertThat(SeedTargetsTest.row(cut, "第一产业增加值").label()).as("a name cut short").isEqualTo("第一产业增加值");
    }

    @Test
    void aYearReviewedByALaterReportOfSeveralYearsIsNotCalledUnreviewed() {
        // 国务院 2018 reviews five years ("过去五年工作回顾"): no one year it reviews, yet 2017's targets are judged by it
        Report y2017 = report("r1", 2017, "地区生产总值增长6.5%左右；居民消费价格涨幅3%左右。", "成绩显著。");
        String fiveYears = "2018年东港市政府工作报告\n一、过去五年工作回顾\n五年来，地区生产总值年均增长7.1%。去年地区生产总值增长6.9%。\n"
                + "二、2018年工作安排\n主要预期目标是：地区生产总值增长6.5%左右。\n";
        Report y2018 = SmallReport.analyzed("r2", fiveYears);
        assertThat(y2018.metadata().reviewYear()).as("the premise: a review of no one year").isNull();
        TargetTable table = table(y2017, y2018);
        assertThat(SeedTargetsTest.row(table, "居民消费价格").cells().get(0).status()).isEqualTo(AchievementStatus.UNKNOWN);
        assertThat(SeedTargetsTest.row(table, "地区生产总值").cells().get(1).status()).isEqualTo(AchievementStatus.NOT_REVIEWED);
        // 国务院 2023 "过去一年和五年工作回顾" names 2022, and reviews 2021 too (a review)
        String both = fiveYears.replace("过去五年工作回顾", "过去一年和五年工作回顾");
        assertThat(SmallReport.analyzed("r2", both).metadata().reviewYear()).as("it names the year before").isEqualTo(2017);
        assertThat(SeedTargetsTest.row(table(report("r0", 2016, "居民消费价格涨幅3%左右。", "成绩显著。"),
                SmallReport.analyzed("r2", both)), "居民消费价格").cells().get(0).status()).isEqualTo(AchievementStatus.UNKNOWN);
        String lastYearOnly = fiveYears.replace("过去五年工作回顾", "过去一年工作回顾");
        assertThat(SeedTargetsTest.row(table(report("r0", 2016, "居民消费价格涨幅3%左右。", "成绩显著。"),
                SmallReport.analyzed("r2", lastYearOnly)), "居民消费价格").cells().get(0).status())
                .as("a review of 2017 alone says nothing of 2016").isEqualTo(AchievementStatus.NOT_REVIEWED);
    }

    @Test
    void aTargetIsMatchedWithTheActualOfItsYearInTheNextReview() {
        Report y2023 = report("r1", 2023, "地区生产总值增长6%左右；一般公共预算收入增长5%；城镇调查失业率控制在5.5%以内；"
                + "能耗强度下降2%；居民消费价格涨幅控制在3%左右；外贸进出口增长8%。", "成绩显著。");
        Report y2024 = report("r2", 2024, "地区生产总值增长5%以上。", "预计，地区生产总值增长5.6%；一般公共预算收入增长4%；"
                + "城镇调查失业率5.2%；能耗强度下降2.5%；居民消费价格上涨0.5%。");
        TargetTable table = table(y2024, y2023);
        assertThat(table.columns()).extracting(TargetTable.Column::year).containsExactly(2023, 2024);
        TargetTable.Cell gdp = SeedTargetsTest.row(table, "地区生产总值").cells().get(0);
        assertThat(gdp.actual().figure()).isEqualTo("增长5.6%");
        assertThat(gdp.actual().report()).isEqualTo("r2");
        assertThat(gdp.status()).isEqualTo(AchievementStatus.MET); // 5.6 is within half a point of "about 6"
        assertThat(SeedTargetsTest.row(table, "一般公共预算收入").cells().get(0).status()).isEqualTo(AchievementStatus.MISSED);
        assertThat(SeedTargetsTest.row(table, "城镇调查失业率").cells().get(0).status()).isEqualTo(AchievementStatus.MET);
        assertThat(SeedTargetsTest.row(table, "能耗强度").cells().get(0).status()).isEqualTo(AchievementStatus.MET);
        assertThat(SeedTargetsTest.row(table, "居民消费价格").cells().get(0).status()).isEqualTo(AchievementStatus.MET);
        assertThat(SeedTargetsTest.row(table, "外贸进出口总额").cells().get(0).status()).isEqualTo(AchievementStatus.UNKNOWN);
        TargetTable.Cell gdp2024 = SeedTargetsTest.row(table, "地区生产总值").cells().get(1);
        assertThat(gdp2024.change()).isEqualTo(TargetChange.LOWERED);
        assertThat(gdp2024.qualifierChanged()).isTrue();
        // no loaded report reviews 2024: nothing can tell yet, unlike 2023's review that is silent on 外贸
        assertThat(gdp2024.status()).isEqualTo(AchievementStatus.NOT_REVIEWED);
    }

    @Test
    void aMissedGrowthTargetAndAChangeOfMeasure() {
        Report y2023 = report("r1", 2023, "地区生产总值增长7%；实际利用外资增长10%。", "成绩显著。");
        Report y2024 = report("r2", 2024, "地区生产总值增长7%；实际利用外资达到5亿美元。", "预计，地区生产总值增长6%。");
        TargetTable table = table(y2023, y2024);
        TargetTable.Row gdp = SeedTargetsTest.row(table, "地区生产总值");
        assertThat(gdp.cells().get(0).status()).isEqualTo(AchievementStatus.MISSED);
        assertThat(gdp.cells().get(1).change()).isEqualTo(TargetChange.SAME);
        assertThat(SeedTargetsTest.row(table, "实际利用外资").cells().get(1).change())
                .isEqualTo(TargetChange.MEASURE_CHANGED);
    }

    @Test
    void aMetricsTargetInWordsOneYearIsInTheMetricsRow() {
        // 重庆 2025 "进出口总额保持正增长", 2026 "进出口总值增长5%": a qualitative row dropped and a metric's row new (a tour)
        Report y2025 = report("r1", 2025, "地区生产总值增长5%左右；进出口总额保持正增长；国际收支基本平衡。", "成绩显著。");
        Report y2026 = report("r2", 2026, "地区生产总值增长5%左右；进出口总值增长5%；国际收支基本平衡。", "成绩显著。");
        TargetTable table = table(y2025, y2026);
        TargetTable.Row trade = SeedTargetsTest.row(table, "外贸进出口总额");
        assertThat(trade.cells()).extracting(c -> c.target().text()).containsExactly("进出口总额保持正增长", "进出口总值增长5%");
        assertThat(trade.cells().get(1).change()).isEqualTo(TargetChange.MEASURE_CHANGED);
        assertThat(trade.cells().get(0).status()).as("words: nothing to meet").isNull();
        assertThat(trade.qualitative()).as("a metric's row").isFalse();
        assertThat(table.rows()).filteredOn(TargetTable.Row::qualitative).extracting(TargetTable.Row::metric)
                .containsExactly("国际收支基本平衡");
        // words, a figure, words again: a change of measure each time
        TargetTable back = table(report("r1", 2025, "地区生产总值增长5%左右；进出口总额保持正增长。", "成绩显著。"),
                report("r2", 2026, "地区生产总值增长5%左右；进出口总额增长5%。", "成绩显著。"),
                report("r3", 2027, "地区生产总值增长5%左右；进出口总额保持正增长。", "成绩显著。"));
        assertThat(SeedTargetsTest.row(back, "外贸进出口总额").cells()).extracting(TargetTable.Cell::change)
                .containsExactly(TargetChange.FIRST, TargetChange.MEASURE_CHANGED, TargetChange.MEASURE_CHANGED);
        // words in neighbouring years of a metric's row: kept, or reworded
        TargetTable words = table(report("r1", 2024, "地区生产总值增长5%左右；进出口总额增长3%。", "成绩显著。"),
                report("r2", 2025, "地区生产总值增长5%左右；进出口总额保持正增长。", "成绩显著。"),
                report("r3", 2026, "地区生产总值增长5%左右；进出口总额保持正增长。", "成绩显著。"),
                report("r4", 2027, "地区生产总值增长5%左右；进出口总额保持稳定增长。", "成绩显著。"));
        assertThat(SeedTargetsTest.row(words, "外贸进出口总额").cells()).extracting(TargetTable.Cell::change)
                .containsExactly(TargetChange.FIRST, TargetChange.MEASURE_CHANGED, TargetChange.SAME, TargetChange.REWORDED);
    }

    @Test
    void differentGovernmentsAreNotCompared() {
        Report a = report("r1", 2023, "地区生产总值增长7%。", "成绩显著。");
        String other = "2024年西港区政府工作报告\n一、2023年工作回顾\n预计，地区生产总值增长9%。\n二、2024年工作安排\n"
                + "主要预期目标是：地区生产总值增长5%。\n";
        Report b = SmallReport.analyzed("r2", other);
        TargetTable table = table(a, b);
        TargetTable.Row gdp = SeedTargetsTest.row(table, "地区生产总值");
        assertThat(gdp.cells()).extracting(TargetTable.Cell::change).containsOnly(TargetChange.FIRST);
        assertThat(gdp.cells()).extracting(TargetTable.Cell::status).containsOnly(AchievementStatus.NOT_REVIEWED);
    }

    @Test
    void usersAddMetricNamesInAJsonFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("metrics.json");
        Files.writeString(file, "{\"metrics\": [{\"name\": \"居民人均可支配收入\", \"same\": [\"人均可支配收入\"]}]}");
        MetricNames names = MetricNames.defaults().with(file);
        assertThat(names.canonical("全市人均可支配收入")).isEqualTo("居民人均可支配收入");
        assertThat(names.canonical("规上工业增加值")).isEqualTo("规模以上工业增加值");
        assertThat(MetricNames.defaults().isApproximate("社会商品零售总额")).isTrue();
        Files.writeString(file, "{\"metrics\": ");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MetricNames.defaults().with(file))
                .hasMessageContaining("not valid JSON");
    }
}
