package org.reportlens.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;

/**
 * The achieved figure of a year read from the next report's review, in each phrasing the
 * development corpus shows, and whether it met the previous year's target. Every review sentence
 * is a real excerpt (the report and year are named above each); the targets are the real ones of
 * the year before, or written in their shape.
 */
class AchievedFiguresTest {
    private static Report report(String id, int year, String review, String targets) {
        return SmallReport.of(id, year, review, targets);
    }

    /** The table of a target list for {@code year} and the next year's review. */
    private static TargetTable table(int year, String targets, String nextReview) {
        Report plan = report("plan", year, "成绩显著。", targets);
        Report next = report("next", year + 1, nextReview, "地区生产总值增长5%左右。");
        return TargetAnalysis.of(List.of(plan, next), MetricNames.defaults()).table();
    }

    private static TargetTable.Cell cell(TargetTable table, String metric) {
        return SeedTargetsTest.row(table, metric).cells().get(0);
    }

    private static void assertAchieved(TargetTable table, String metric, String figure, AchievementStatus status) {
        TargetTable.Cell cell = cell(table, metric);
        assertThat(cell.actual()).as(metric).isNotNull();
        assertThat(cell.actual().figure()).as(metric).isEqualTo(figure);
        assertThat(cell.actual().report()).isEqualTo("next");
        assertThat(cell.status()).as(metric).isEqualTo(status);
    }

    @Test
    void anAmountThenItsGrowthAfterAnEnumerationComma() {
        // 海口市 2024, review of 2023; the targets of 海口市 2023
        TargetTable table = table(2023, "地区生产总值增长10%左右；地方一般公共预算收入增长15%左右；固定资产投资增长12%左右；"
                        + "居民消费价格涨幅控制在3%以内。",
                "全市地区生产总值2358.4亿元、增长9.3%，地方一般公共预算收入266.9亿元、同口径增长8%，固定资产投资1209.5亿元、"
                        + "增长4.7%，社会消费品零售总额1088.8亿元、增长8.6%，城镇常住居民人均可支配收入46321元、增长6.4%，"
                        + "农村常住居民人均可支配收入22203元、增长8.9%，居民消费价格上涨0.3%，较好完成高质量发展指标体系任务。");
        assertAchieved(table, "地区生产总值", "增长9.3%", AchievementStatus.MISSED);
        assertAchieved(table, "一般公共预算收入", "增长8%", AchievementStatus.MISSED);
        assertThat(cell(table, "一般公共预算收入").actual().text()).isEqualTo("同口径增长8%"); // the metric of the clause before
        assertAchieved(table, "固定资产投资", "增长4.7%", AchievementStatus.MISSED);
        assertAchieved(table, "居民消费价格", "上涨0.3%", AchievementStatus.MET);
    }

    @Test
    void aNewHeightReachedForTheFirstTimeAndAFallOfMoreThanAFigure() {
        // 国务院 2025, review of 2024; the targets of 国务院 2024 (an editor found both "unknown")
        TargetTable table = table(2024, "粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右。",
                "产业升级有新进展，粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤。地表水优良水质断面比例提高到90.4%；"
                        + "单位国内生产总值能耗降幅超过3%；可再生能源新增装机3.7亿千瓦。");
        assertAchieved(table, "粮食产量", "跃上1.4万亿斤", AchievementStatus.MET);
        assertAchieved(table, "能耗强度", "降幅超过3%", AchievementStatus.MET);
        // a fall short of the target is no more met for being said so
        TargetTable fellShort = table(2024, "单位国内生产总值能耗降低2.5%左右。", "单位国内生产总值能耗降幅达到1.5%。");
        assertAchieved(fellShort, "能耗强度", "降幅达到1.5%", AchievementStatus.MISSED);
    }

    @Test
    void reachedAnAmountAndAPersonCountAndAnAverageRate() {
        // 国务院 2025, review of 2024; the targets of 国务院 2024
        TargetTable table = table(2024, "国内生产总值增长5%左右；城镇新增就业1200万人以上；城镇调查失业率5.5%左右；"
                        + "居民消费价格涨幅3%左右。",
                "经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列。就业、物价总体平稳，"
                        + "城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%。");
        assertAchieved(table, "地区生产总值", "增长5%", AchievementStatus.MET);
        assertAchieved(table, "城镇新增就业", "1256万人", AchievementStatus.MET);
        assertAchieved(table, "城镇调查失业率", "为5.1%", AchievementStatus.MET);
        assertAchieved(table, "居民消费价格", "上涨0.2%", AchievementStatus.MET);
    }

    @Test
    void implementedRevenueComparedWithTheYearBeforeAndRespectiveRates() {
        // 江苏省 2020, review of 2019; the targets of 江苏省 2019
        TargetTable table = table(2019, "地区生产总值增长6.5%以上；一般公共预算收入增长4.5%左右；城镇新增就业120万人以上；"
                        + "城镇登记失业率、调查失业率分别控制在4%、5%以内；居民消费价格涨幅控制在3%左右。",
                "全省地区生产总值增长6.1%（按原核算方法计算增长6.4%），总量达9.96万亿元。实现一般公共预算收入8802亿元、"
                        + "同比增长2%，税占比达83.4%。\n加大援企稳岗力度，全年城镇新增就业148.3万人，超额完成120万的目标任务，"
                        + "城镇登记失业率、调查失业率分别为3%和4.4%，均低于全国平均水平。全力抓好猪肉等主要农副产品保供稳价，"
                        + "发放价格临时补贴8.5亿元，居民消费价格上涨3.1%。");
        assertAchieved(table, "地区生产总值", "增长6.1%", AchievementStatus.MISSED); // the bracketed old method is a note
        assertAchieved(table, "一般公共预算收入", "同比增长2%", AchievementStatus.MISSED);
        assertAchieved(table, "城镇新增就业", "148.3万人", AchievementStatus.MET);
        assertAchieved(table, "城镇登记失业率", "为3%", AchievementStatus.MET);
        assertAchieved(table, "城镇调查失业率", "为4.4%", AchievementStatus.MET);
        assertAchieved(table, "居民消费价格", "上涨3.1%", AchievementStatus.MET); // 3.1 is within half a point of "about 3"
    }

    @Test
    void completedAnAmountAndAComparableGrowth() {
        // 白城市 2014, review of 2013 ("完成"); 宁夏回族自治区 2004, review of 2003 ("可比增长")
        assertAchieved(table(2013, "地区生产总值增长12%。", "预计2013年，地区生产总值完成700亿元，增长13%。"),
                "地区生产总值", "增长13%", AchievementStatus.MET);
        TargetTable ningxia = table(2003, "地方财政一般预算收入增长12%。", "地方财政一般预算收入32亿元，可比增长11%。");
        assertAchieved(ningxia, "一般公共预算收入", "增长11%", AchievementStatus.MISSED);
        assertThat(cell(ningxia, "一般公共预算收入").actual().text()).isEqualTo("可比增长11%");
    }

    @Test
    void aFallAgainstAGrowthTargetOrAPriceCeiling() {
        // 银川市 2026, review of 2025: investment fell while growth was the target
        TargetTable yinchuan = table(2025, "全市地区生产总值增长5.5%左右；固定资产投资增长6.5%以上。",
                "全市地区生产总值增长5.3%，规上工业增加值增长8.2%，固定资产投资下降3.3%，一般公共预算收入增长0.6%，"
                        + "社会消费品零售总额增长0.5%，城乡居民人均可支配收入分别增长4.7%、5.4%。");
        assertAchieved(yinchuan, "地区生产总值", "增长5.3%", AchievementStatus.MET);
        assertAchieved(yinchuan, "固定资产投资", "下降3.3%", AchievementStatus.MISSED);
        // 宁夏回族自治区 2025, review of 2024: prices fell, under the ceiling; unemployment as a mean
        TargetTable ningxia = table(2024, "城镇调查失业率5.5%左右；居民消费价格涨幅控制在3%左右。",
                "城镇调查失业率均值5.2%，居民消费价格下降0.3%，均符合预期。");
        assertAchieved(ningxia, "城镇调查失业率", "5.2%", AchievementStatus.MET);
        assertAchieved(ningxia, "居民消费价格", "下降0.3%", AchievementStatus.MET);
    }

    @Test
    void anEstimateWithANoteInBracketsAndAnEndOfYearLevel() {
        // 长沙市 2026, review of 2025
        TargetTable changsha = table(2025, "地区生产总值增长5.5%以上；地方一般公共预算收入增长2.5%；规模以上工业增加值增长7%以上。",
                "推动各项事业发展取得新成效，全市地区生产总值增长5%左右（预计数，下同），规模以上工业增加值增长7.5%左右，"
                        + "地方一般公共预算收入增长2.56%，连续18年获评中国最具幸福感城市。");
        assertAchieved(changsha, "地区生产总值", "增长5%左右", AchievementStatus.MISSED);
        assertAchieved(changsha, "规模以上工业增加值", "增长7.5%左右", AchievementStatus.MET);
        assertAchieved(changsha, "一般公共预算收入", "增长2.56%", AchievementStatus.MET);
        // 国务院 2023, review of 2022
        TargetTable china = table(2022, "国内生产总值增长5.5%左右；城镇调查失业率全年控制在5.5%以内；粮食产量保持在1.3万亿斤以上。",
                "全年国内生产总值增长3%，城镇新增就业1206万人，年末城镇调查失业率降到5.5%，居民消费价格上涨2%。"
                        + "粮食产量1.37万亿斤，增产74亿斤。");
        assertAchieved(china, "地区生产总值", "增长3%", AchievementStatus.MISSED);
        assertAchieved(china, "城镇调查失业率", "降到5.5%", AchievementStatus.MET);
        assertAchieved(china, "粮食产量", "1.37万亿斤", AchievementStatus.MET);
    }

    @Test
    void respectiveIncomesAndAReachedLevelBeforeTheirGrowth() {
        // 宁夏回族自治区 2017, review of 2016; the targets of 宁夏回族自治区 2016
        TargetTable table = table(2016, "地方一般公共预算收入增长7.5%以上；城镇和农村常住居民人均可支配收入分别增长8.5%左右和9.5%左右。",
                "预计全区地区生产总值达3120亿元，增长8%以上；全社会固定资产投资3880亿元，增长10%左右；全区一般公共预算总收入"
                        + "642.7亿元、增长5.3%，其中地方一般公共预算收入387.6亿元、同口径增长8%;城镇和农村常住居民人均可支配收入"
                        + "分别达27000元和9900元，增长8%和9%。");
        assertAchieved(table, "一般公共预算收入", "增长8%", AchievementStatus.MET);
        assertAchieved(table, "城镇居民人均可支配收入", "增长8%", AchievementStatus.MET);
        assertAchieved(table, "农村居民人均可支配收入", "增长9%", AchievementStatus.MET);
    }

    @Test
    void figuresOfSeveralYearsOrComparedWithElsewhereAreNoYearsFigure() {
        TargetTable table = table(2023, "地区生产总值增长6%；固定资产投资增长10%。",
                "五年来，地区生产总值年均增长6.5%。\n全市地区生产总值增长5.2%，高于全省1个百分点；固定资产投资较2020年累计增长30%。");
        assertAchieved(table, "地区生产总值", "增长5.2%", AchievementStatus.MISSED);
        assertThat(cell(table, "固定资产投资").actual()).isNull();
        assertThat(cell(table, "固定资产投资").status()).isEqualTo(AchievementStatus.UNKNOWN);
    }

    @Test
    void researchSpendingAndAnEstimateNotedInBracketsWithNearlyBeforeTheAmount() {
        // 成都市 2024, review of 2023: a metric the report names in a list of other work
        TargetTable chengdu = table(2023, "地区生产总值增长6%左右；全社会研发经费投入增长15%。",
                "以“揭榜挂帅”“赛马”等方式实施关键核心技术攻关项目114个，全社会研发经费投入增长16%，先进技术成果西部转化中心在蓉揭牌，"
                        + "技术合同成交额增长10%。");
        assertAchieved(chengdu, "全社会研发经费投入", "增长16%", AchievementStatus.MET);
        // 内江市 2022, review of 2021: "预计（下同）可实现…近1600亿元", then respective incomes
        TargetTable neijiang = table(2021, "地区生产总值增长8%；地方一般公共预算收入增长7%；城乡居民人均可支配收入分别增长8%和9%。",
                "预计（下同）可实现地区生产总值近1600亿元、增长8.3%，地方一般公共预算收入增长9.3%，"
                        + "城乡居民人均可支配收入分别增长9.0%、10.0%。");
        assertAchieved(neijiang, "地区生产总值", "增长8.3%", AchievementStatus.MET);
        assertAchieved(neijiang, "一般公共预算收入", "增长9.3%", AchievementStatus.MET);
        assertAchieved(neijiang, "城镇居民人均可支配收入", "增长9.0%", AchievementStatus.MET);
        assertAchieved(neijiang, "农村居民人均可支配收入", "增长10.0%", AchievementStatus.MET);
    }
}
