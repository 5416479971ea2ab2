package org.reportlens.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/**
 * The shapes of main-target lists met in real reports (issue 13), one test per shape, each on an
 * excerpt of the report that taught it. Targets are written compactly as "metric value[-upper]unit".
 */
class TargetListShapesTest {
    private static final TargetExtractor EXTRACTOR = new TargetExtractor(MetricNames.defaults());

    private static List<Target> targets(String text) {
        Report report = ReportAnalyzer.analyze("r1", "r1.txt", new DecodedText(text, "UTF-8", List.of()));
        List<Target> all = EXTRACTOR.extract(report);
        all.forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        return all.stream().filter(t -> t.kind() == TargetKind.TARGET).toList();
    }

    private static List<String> compact(String text) {
        return targets(text).stream().map(t -> t.metric() + " " + t.value().toPlainString()
                + (t.upper() == null ? "" : "-" + t.upper().toPlainString()) + (t.unit() == null ? "" : t.unit())).toList();
    }

    private static String plan(String year, String paragraphs) {
        return year + "年某市政府工作报告\n一、" + (Integer.parseInt(year) - 1) + "年工作回顾\n过去一年成绩显著。\n二、" + year
                + "年工作安排\n" + paragraphs + "\n（一）扩大内需。\n";
    }

    @Test
    void respectivelyGivesOneTargetPerMetric() {
        // 成都市 2016, 宁夏回族自治区 2017, 保山市 2023, 哈尔滨市 2005, 吐鲁番市 2023
        assertThat(compact(plan("2016", "2016年经济社会发展主要目标是：城镇和农村居民人均可支配收入分别增长7%、7.5%。")))
                .containsExactly("城镇居民人均可支配收入 7%", "农村居民人均可支配收入 7.5%");
        assertThat(compact(plan("2017", "主要预期目标是:城镇和农村常住居民人均可支配收入分别增长8%左右和8.5%左右，"
                + "人口自然增长率控制在9‰以内。")))
                .containsExactly("城镇常住居民人均可支配收入 8%", "农村常住居民人均可支配收入 8.5%", "人口自然增长率 9‰");
        assertThat(compact(plan("2023", "主要预期目标建议为：金融机构存贷款余额分别增长13%和15%；城镇调查失业率控制在5.5%以内。")))
                .containsExactly("金融机构存款余额 13%", "金融机构贷款余额 15%", "城镇调查失业率 5.5%");
        assertThat(compact(plan("2005", "主要预期目标是：全市生产总值增长12%，其中第一、二、三产业分别增长6%、15%、12%。")))
                .containsExactly("生产总值 12%", "第一产业 6%", "第二产业 15%", "第三产业 12%");
        assertThat(compact(plan("2023", "主要预期目标是：城乡居民人均可支配收入分别增长8%、10%左右。")))
                .containsExactly("城镇居民人均可支配收入 8%", "农村居民人均可支配收入 10%");
    }

    @Test
    void aRespectiveRunsClosingQualifierHoldsForEachFigure() {
        // 江苏省 2019: both rates within; 2020's "4%以内" read as a qualifier changed from "4%" (a tour)
        assertThat(targets(plan("2019", "主要预期目标是：城镇登记失业率、调查失业率分别控制在4%、5%以内；居民消费价格涨幅控制在3%左右。")))
                .extracting(Target::metric, Target::figure).containsExactly(tuple("城镇登记失业率", "控制在4%以内"),
                        tuple("调查失业率", "控制在5%以内"), tuple("居民消费价格", "涨幅控制在3%左右"));
        assertThat(targets(plan("2023", "主要预期目标是：城乡居民人均可支配收入分别增长8%、10%左右；粮食产量稳定在120万吨。")))
                .extracting(Target::figure).containsExactly("增长8%左右", "增长10%左右", "稳定在120万吨");
        // a qualifier of its own stays, and one figure's does not go to the next metric
        assertThat(targets(plan("2017", "主要预期目标是：城镇和农村居民人均可支配收入分别增长8%以上和8.5%左右，"
                + "人口自然增长率控制在9‰以内。"))).extracting(Target::figure).containsExactly("增长8%以上", "增长8.5%左右", "控制在9‰以内");
        // the run ends where the names do and where a clause has a verb of its own; 约, 近, 超 are the figure's own
        assertThat(targets(plan("2017", "主要预期目标是：城镇和农村居民人均可支配收入分别增长8%、10%，实际增长6%左右。")))
                .extracting(Target::figure).startsWith("增长8%", "增长10%");
        assertThat(targets(plan("2017", "主要预期目标是：城镇和农村居民人均可支配收入分别达到5.1万元和2.3万元，同比增长8.2%和8.8%左右。")))
                .extracting(Target::figure).startsWith("达到5.1万元", "达到2.3万元");
        assertThat(targets(plan("2019", "主要预期目标是：城镇登记失业率、调查失业率分别控制在4%、近5%。")))
                .extracting(Target::figure).containsExactly("控制在4%", "控制在近5%");
        // the names of a 均 handed on to the 分别 after it
        assertThat(targets(plan("2014", "主要预期目标是：地区生产总值、固定资产投资、全部工业总产值均突破4000亿元，"
                + "分别增长8%、12%和14%左右。"))).extracting(Target::figure)
                .containsExactly("突破4000亿元", "突破4000亿元", "突破4000亿元", "增长8%左右", "增长12%左右", "增长14%左右");
    }

    @Test
    void oneFigureForEachOfSeveralMetrics() {
        // 朝阳市 2014, 牡丹江市 2020
        assertThat(compact(plan("2014", "主要预期目标是：地区生产总值、公共财政预算收入均增长10%，固定资产投资增长20%。")))
                .containsExactly("地区生产总值 10%", "公共财政预算收入 10%", "固定资产投资 20%");
        assertThat(compact(plan("2020", "主要预期目标是：社会消费品零售总额、对外贸易进出口总额增长5%。")))
                .containsExactly("社会消费品零售总额 5%", "对外贸易进出口总额 5%");
    }

    @Test
    void aListGoesOnAfterAFullStop() {
        // 内江市 2022
        assertThat(compact(plan("2022", "全市经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，力争实际增长高于全省1个百分点以上。"
                + "第一产业增加值增长4.0%，规模工业增加值增长9.8%，居民人均可支配收入稳步增长。实现上述目标，必须付出艰苦努力。")))
                .containsExactly("地区生产总值 7.5%", "实际增长高于全省 1个百分点", "第一产业增加值 4.0%", "规模工业增加值 9.8%");
    }

    @Test
    void aListGoesOnOnTheNextLines() {
        // 南昌市 2011: the cue ends its paragraph, one target a line
        assertThat(compact(plan("2011", "今年全市经济社会发展的主要预期目标是：\n地区生产总值增长13%；\n财政总收入增长18%；\n"
                + "人口自然增长率控制在8‰以内；\n居民消费价格总水平控制在4%左右。\n为实现今年工作总体要求和主要预期目标，我们将采取以下主要工作举措：")))
                .containsExactly("地区生产总值 13%", "财政总收入 18%", "人口自然增长率 8‰", "居民消费价格总水平 4%");
    }

    @Test
    void aRangeIsReadAsItsTwoEnds() {
        // 克孜勒苏柯尔克孜自治州 2026, 国务院 2019, 龙岩市 2019
        assertThat(compact(plan("2026", "主要预期目标安排为：地区生产总值同比增长6.5%—7%，规上工业增加值增长10%。")))
                .containsExactly("地区生产总值 6.5-7%", "规上工业增加值 10%");
        assertThat(compact(plan("2019", "今年发展的主要预期目标是：国内生产总值增长6%-6.5%；生产总值增长8～8.5%。")))
                .containsExactly("国内生产总值 6-6.5%", "生产总值 8-8.5%");
        assertThat(targets(plan("2019", "主要预期目标是：国内生产总值增长6%-6.5%。")).get(0).figure()).isEqualTo("增长6%-6.5%");
    }

    @Test
    void aCountWithABareWan() {
        // 国务院 2019: 农村贫困人口减少1000万以上
        assertThat(compact(plan("2019", "今年发展的主要预期目标是：城镇新增就业1100万人以上；农村贫困人口减少1000万以上。")))
                .containsExactly("城镇新增就业 1100万人", "农村贫困人口 1000万");
    }

    @Test
    void anAnnualCueWhoseLeadInMentionsTheFiveYearPlan() {
        // 北京市 2021
        assertThat(compact(plan("2021", "按照上述要求，综合分析研判形势，对接“十四五”规划，提出今年全市经济社会发展的主要预期目标是："
                + "地区生产总值增长6%以上，一般公共预算收入增长3%以上，城镇调查失业率低于5%。")))
                .containsExactly("地区生产总值 6%", "一般公共预算收入 3%", "城镇调查失业率 5%");
    }

    @Test
    void aListOfFiveYearGrowthIsNoYearsTargets() {
        // 湘潭市 2016: the five-year list under the same cue, then the year's
        assertThat(compact(plan("2016", "主要预期目标:地区生产总值年均增长9%以上，财政总收入年均增长9%左右；固定资产投资年均增长15%以上。\n"
                + "实现“十三五”蓝图，2016年开局十分关键。主要预期目标:地区生产总值增长9%;固定资产投资增长18%。")))
                .containsExactly("地区生产总值 9%", "固定资产投资 18%");
        // 陕西省 2024: a cumulative five-year figure inside the year's list
        assertThat(compact(plan("2024", "今年发展主要预期目标是：生产总值增长5.5%左右，粮食产量1260万吨以上。单位生产总值能耗降低2.5%以上，"
                + "力争“十四五”以来累计降低10%左右。")))
                .containsExactly("生产总值 5.5%", "粮食产量 1260万吨", "单位生产总值能耗 2.5%");
    }

    @Test
    void cuesNamedAsIndicatorsProposalsOrArrangements() {
        // 太原市 2013, 云南省 2018, 清远市 2015, 呼和浩特市 2026
        assertThat(compact(plan("2013", "主要预期指标是：地区生产总值增长10%左右，规模以上工业增加值增长13%。"))).hasSize(2);
        assertThat(compact(plan("2018", "经济社会发展主要目标建议为：全省地区生产总值增长8.5%，固定资产投资增长16%。"))).hasSize(2);
        assertThat(compact(plan("2015", "建议今年经济社会发展的预期目标和约束指标是：生产总值增长 10% ；固定资产投资增长 18% ；")))
                .containsExactly("生产总值 10%", "固定资产投资 18%");
        assertThat(compact(plan("2026", "奋斗目标是：地区生产总值增长5.5％左右，城镇新增就业6万人，完成自治区下达的年度节能降碳目标任务。")))
                .containsExactly("地区生产总值 5.5%", "城镇新增就业 6万人");
    }

    @Test
    void aGrowthSentenceWithoutACue() {
        // 山西省 2022
        assertThat(compact(plan("2022", "综合考虑各方面因素，今年全省地区生产总值增长6.5%左右，在实际工作中尽可能争取更好结果；"
                + "固定资产投资增长8%，社会消费品零售总额增长7%。约束性指标不折不扣完成国家下达的目标任务。")))
                .containsExactly("地区生产总值 6.5%", "固定资产投资 8%", "社会消费品零售总额 7%");
    }

    @Test
    void aSentenceOfThisYearGivingStandardFiguresWithoutACue() {
        // 国务院 2020: no GDP target and no cue
        String text = plan("2020", "今年要优先稳就业保民生，坚决打赢脱贫攻坚战，努力实现全面建成小康社会目标任务；城镇新增就业900万人以上，"
                + "城镇调查失业率6%左右，城镇登记失业率5.5%左右；居民消费价格涨幅3.5%左右；进出口促稳提质。");
        assertThat(compact(text)).containsExactly("城镇新增就业 900万人", "城镇调查失业率 6%", "城镇登记失业率 5.5%",
                "居民消费价格 3.5%");
        assertThat(targets(text)).allSatisfy(t -> assertThat(t.kind()).isEqualTo(TargetKind.TARGET));
    }

    @Test
    void aFigureStatedAsWhatThePlanIsMadeFor() {
        // 江苏省 2026
        List<Target> t = targets(plan("2026", "今年经济社会发展主要预期目标是：地区生产总值按增长5%安排，在实际工作中努力争取更好结果；"
                + "一般公共预算收入增长2%。"));
        assertThat(t).extracting(Target::metric, Target::verb, Target::value)
                .containsExactly(tuple("地区生产总值", "增长", new BigDecimal("5")), tuple("一般公共预算收入", "增长", new BigDecimal("2")));
    }

    @Test
    void aComparableGrowthAfterAFigureIsAboutTheSameMetric() {
        // 宁夏回族自治区 2002
        assertThat(compact(plan("2002", "主要预期目标是：地方财政收入26亿元，可比增长10.6%；城镇登记失业率控制在4.4%。")))
                .containsExactly("地方财政收入 26亿元", "地方财政收入 10.6%", "城镇登记失业率 4.4%");
    }

    @Test
    void aFigureAfterAnEnumerationCommaEndsItsClause() {
        // 河南省 2026
        assertThat(compact(plan("2026", "主要预期目标是：经济增长5%左右、在实际工作中努力争取更好结果，粮食产量1300亿斤以上、力争比去年实现更多增长。")))
                .containsExactly("经济 5%", "粮食产量 1300亿斤");
    }

    @Test
    void aPlanWithoutItsHeadingInsideTheReviewPart() {
        // 清远市 2015: the plan heading is missing, the cue says 今年
        String text = "2013年工作回顾\n过去一年成绩显著。\n建议今年经济社会发展的预期目标是：生产总值增长10%；固定资产投资增长18%。\n";
        assertThat(compact(text)).containsExactly("生产总值 10%", "固定资产投资 18%");
    }
}
