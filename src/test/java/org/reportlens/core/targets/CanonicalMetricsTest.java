package org.reportlens.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;

/** One metric keeps one name across a government's years, however each year's report words it. */
class CanonicalMetricsTest {
    private static final MetricNames NAMES = MetricNames.defaults();

    private static Report report(String id, int year, String targets) {
        return SmallReport.of(id, year, targets);
    }

    @Test
    void renamedSeriesAndTheWaysOfComparingThemAreOneRow() {
        // the revenue series renamed in 2014 and 2015, "同口径"; energy intensity under four names
        TargetTable table = TargetAnalysis.of(List.of(
                report("r1", 2013, "公共财政预算收入增长12%，万元GDP能耗下降3.5%，城镇居民人均可支配收入增长10%。"),
                report("r2", 2016, "地方一般公共预算收入同口径增长7%，单位地区生产总值能耗下降3%，城镇常住居民人均可支配收入增长8%。"),
                report("r3", 2020, "一般公共预算收入按可比口径增长5%，单位生产总值能耗下降2%，城市居民人均可支配收入增长7%。"),
                report("r4", 2024, "一般公共预算收入增长4%，能耗强度下降2.5%，居民消费价格指数（CPI）涨幅在3%左右。")), NAMES).table();
        assertThat(table.rows()).extracting(TargetTable.Row::metric)
                .containsExactly("一般公共预算收入", "能耗强度", "城镇居民人均可支配收入", "居民消费价格");
        assertThat(SeedTargetsTest.row(table, "一般公共预算收入").cells()).allSatisfy(c -> assertThat(c.target()).isNotNull());
        assertThat(SeedTargetsTest.row(table, "能耗强度").cells()).allSatisfy(c -> assertThat(c.target()).isNotNull());
    }

    @Test
    void namesOfOneStatisticFoundSplitAcrossCorpusDevAreOneRow() {
        // the whole corpus's target table had each of these as two or more rows (万人发明专利拥有量 / 万人发明专利量)
        assertThat(NAMES.canonical("万人发明专利量")).isEqualTo(NAMES.canonical("每万人口发明专利拥有量")).isEqualTo("万人发明专利拥有量");
        assertThat(NAMES.canonical("二氧化硫排放总量")).isEqualTo(NAMES.canonical("二氧化硫")).isEqualTo("二氧化硫排放量");
        assertThat(NAMES.canonical("化学需氧量排放总量")).isEqualTo("化学需氧量排放量");
        assertThat(NAMES.canonical("PM2.5浓度")).isEqualTo("PM2.5平均浓度");
        assertThat(NAMES.canonical("贷款余额")).isEqualTo("金融机构贷款余额");
        assertThat(NAMES.canonical("外商直接投资")).isEqualTo("实际利用外商直接投资");
        // 清远市 2014 and 榆林市 2015, once their spaced "3% 以内" were read
        assertThat(NAMES.canonical("居民消费价格总水平上涨幅度")).isEqualTo(NAMES.canonical("居民消费品价格指数"))
                .isEqualTo("居民消费价格");
        // "…排放总量削减1.1%" keeps 削减 in the name and no verb: merged, it read as growth of 1.1%, and missed
        assertThat(NAMES.canonical("二氧化硫排放总量削减")).isNotEqualTo("二氧化硫排放量");
        assertThat(NAMES.canonical("二氧化碳排放")).as("an amount, not the intensity").isEqualTo("二氧化碳排放量")
                .isNotEqualTo(NAMES.canonical("二氧化碳排放强度"));
    }

    @Test
    void whoSpeaksAndHowAFigureIsComparedAreNoPartOfTheName() {
        assertThat(NAMES.canonical("本省生产总值")).isEqualTo("地区生产总值");
        assertThat(NAMES.canonical("北京市生产总值")).isEqualTo("地区生产总值");
        assertThat(NAMES.canonical("地区生产总值同比")).isEqualTo("地区生产总值");
        assertThat(NAMES.canonical("城乡居民人均收入实际")).isEqualTo("城乡居民人均可支配收入");
        assertThat(NAMES.canonical("财政总收入（省口径）")).isEqualTo("财政总收入");
        assertThat(NAMES.canonical("社会消 费品零售总额")).as("a space inside the name").isEqualTo("社会消费品零售总额");
        assertThat(NAMES.canonical("一般公共预算总收入")).as("the total is another statistic").isEqualTo("一般公共预算总收入");
    }
}
