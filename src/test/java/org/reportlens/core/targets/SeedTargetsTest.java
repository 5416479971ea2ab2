package org.reportlens.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Seeds;

class SeedTargetsTest {
    private static List<Report> load(Path... files) {
        return new ReportLoader().load(Arrays.stream(files).map(Path::toString).toList()).reports();
    }

    private static List<String> ofKind(TargetAnalysis analysis, String report, TargetKind kind) {
        return analysis.targets().stream().filter(t -> t.report().equals(report) && t.kind() == kind)
                .map(t -> t.canonicalMetric() + " " + t.figure()).toList();
    }

    @Test
    void theMainTargetsOfEachSeedComeOutExactlyAndNothingElseIsATarget() {
        TargetAnalysis analysis = TargetAnalysis.of(load(Seeds.DALIAN_2022, Seeds.DALIAN_2024, Seeds.GAOXIN_2026,
                Seeds.GAOXIN_2024, Seeds.XIGANG_PLAN_PART), MetricNames.defaults());
        assertThat(ofKind(analysis, "r1", TargetKind.TARGET)).containsExactly(
                "地区生产总值 增长8%左右", "全社会研发经费投入强度 达到3.1%", "一般公共预算收入 增长5%",
                "规模以上工业增加值 增长15%", "固定资产投资 增长12%以上", "社会消费品零售总额 增长10%",
                "外贸进出口总额 增长8%", "实际利用外资 增长15%以上", "城镇登记失业率 控制在4%以内",
                "居民消费价格 涨幅控制在3%左右");
        assertThat(ofKind(analysis, "r2", TargetKind.TARGET)).containsExactly(
                "地区生产总值 增长6%左右", "规模以上工业增加值 增长7.5%", "固定资产投资 增长8%左右",
                "社会消费品零售总额 增长8%", "一般公共预算收入 增长6%", "外贸进出口总额 增长7%",
                "居民消费价格 涨幅控制在3%左右", "能耗强度 下降12%");
        assertThat(ofKind(analysis, "r3", TargetKind.TARGET)).containsExactly(
                "地区生产总值 增长6%", "一般公共预算收入 增长1%", "规模以上工业增加值 增长6.5%",
                "社会消费品零售总额 增长3%", "实际利用外资 4000万美元", "外贸进出口总额 增长3%",
                "软件和信息技术服务业收入 增长0.5%");
        assertThat(ofKind(analysis, "r4", TargetKind.TARGET)).isEmpty();
        assertThat(ofKind(analysis, "r5", TargetKind.TARGET)).isEmpty();
        assertThat(ofKind(analysis, "r1", TargetKind.QUALITATIVE)).contains(
                "城乡居民人均可支配收入与经济增长基本同步 城乡居民人均可支配收入与经济增长基本同步");
        assertThat(analysis.targets()).filteredOn(t -> t.kind() == TargetKind.TARGET)
                .allSatisfy(t -> assertThat(t.year()).isIn(2022, 2024, 2026));
    }

    @Test
    void gaoxin2024ReviewGivesThe2023Actuals() {
        TargetAnalysis analysis = TargetAnalysis.of(load(Seeds.GAOXIN_2024), MetricNames.defaults());
        assertThat(ofKind(analysis, "r1", TargetKind.ACTUAL)).contains(
                "地区生产总值 实现444.6亿元", "地区生产总值 增长7%", "一般公共预算收入 增长4%",
                "规模以上工业增加值 增长8%", "固定资产投资 增长14.1%");
        assertThat(analysis.targets()).filteredOn(t -> t.kind() == TargetKind.ACTUAL)
                .allSatisfy(t -> assertThat(t.year()).isEqualTo(2023));
    }

    @Test
    void theTableForDalianShowsTheTargetsOf2022And2024AndHowTheyChanged() {
        TargetAnalysis analysis = TargetAnalysis.of(load(Seeds.DALIAN_2024, Seeds.DALIAN_2022), MetricNames.defaults());
        TargetTable table = analysis.table();
        assertThat(table.columns()).extracting(TargetTable.Column::government, TargetTable.Column::year)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("大连市", 2022),
                        org.assertj.core.groups.Tuple.tuple("大连市", 2024));
        TargetTable.Row gdp = row(table, "地区生产总值");
        assertThat(gdp.cells().get(0).target().figure()).isEqualTo("增长8%左右");
        assertThat(gdp.cells().get(1).target().figure()).isEqualTo("增长6%左右");
        assertThat(gdp.cells().get(1).change()).isEqualTo(TargetChange.LOWERED);
        TargetTable.Row industry = row(table, "规模以上工业增加值");
        assertThat(industry.cells().get(0).target().figure()).isEqualTo("增长15%");
        assertThat(industry.cells().get(1).target().figure()).isEqualTo("增长7.5%");
        TargetTable.Row investment = row(table, "固定资产投资");
        assertThat(investment.cells().get(1).change()).isEqualTo(TargetChange.LOWERED);
        assertThat(investment.cells().get(1).qualifierChanged()).isTrue();
        assertThat(row(table, "城镇登记失业率").cells().get(1).change()).isEqualTo(TargetChange.DROPPED);
        assertThat(row(table, "能耗强度").cells().get(1).change()).isEqualTo(TargetChange.NEW);
        assertThat(row(table, "居民消费价格").cells().get(1).change()).isEqualTo(TargetChange.SAME);
    }

    static TargetTable.Row row(TargetTable table, String metric) {
        return table.rows().stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
    }
}
