package org.reportlens.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/** Each clause shape, in small reports written for the purpose. */
class TargetExtractorTest {
    private static final TargetExtractor EXTRACTOR = new TargetExtractor(MetricNames.defaults());

    private static Report report(String text) {
        return ReportAnalyzer.analyze("r1", "r1.txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static List<Target> extract(String text) {
        return EXTRACTOR.extract(report(text));
    }

    private static List<Target> ofKind(String text, TargetKind kind) {
        return extract(text).stream().filter(t -> t.kind() == kind).toList();
    }

    private static String plan(String targets) {
        return "2025年某市政府工作报告\n一、2024年工作回顾\n过去一年成绩显著。\n二、2025年工作安排\n" + targets + "\n（一）扩大内需。\n";
    }

    @Test
    void eachClauseOfTheTargetParagraphIsReadWithVerbValueUnitAndQualifier() {
        String text = plan("今年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业人数9.6万人；"
                + "城镇调查失业率5.5%左右；实际利用外资达到5亿美元；居民消费价格涨幅控制在3%左右；"
                + "能耗强度较2020年累计下降12%；粮食产量稳定在20亿斤以上。");
        List<Target> targets = ofKind(text, TargetKind.TARGET);
        assertThat(targets).extracting(Target::metric, Target::verb, Target::value, Target::unit, Target::qualifier)
                .containsExactly(
                        tuple("地区生产总值", "增长", new BigDecimal("5.5"), "%", "左右"),
                        tuple("城镇新增就业人数", null, new BigDecimal("9.6"), "万人", null),
                        tuple("城镇调查失业率", null, new BigDecimal("5.5"), "%", "左右"),
                        tuple("实际利用外资", "达到", new BigDecimal("5"), "亿美元", null),
                        tuple("居民消费价格", "涨幅控制在", new BigDecimal("3"), "%", "左右"),
                        tuple("能耗强度", "下降", new BigDecimal("12"), "%", null),
                        tuple("粮食产量", "稳定在", new BigDecimal("20"), "亿斤", "以上"));
        assertThat(targets.get(5).base()).isEqualTo("较2020年累计");
        assertThat(targets).allSatisfy(t -> {
            assertThat(t.year()).isEqualTo(2025);
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            assertThat(t.section()).isEqualTo("2");
        });
        assertThat(targets.get(1).canonicalMetric()).isEqualTo("城镇新增就业");
    }

    @Test
    void fullWidthPercentSemicolonsAndAbbreviationsAreRead() {
        List<Target> targets = ofKind(plan("主要目标：规上工业增加值增长７％；外贸进出口增长５％以上；全区社零总额增长６％。"),
                TargetKind.TARGET);
        assertThat(targets).extracting(Target::canonicalMetric, Target::value, Target::unit, Target::qualifier)
                .containsExactly(
                        tuple("规模以上工业增加值", new BigDecimal("7"), "%", null),
                        tuple("外贸进出口总额", new BigDecimal("5"), "%", "以上"),
                        tuple("社会消费品零售总额", new BigDecimal("6"), "%", null));
        assertThat(targets.get(0).text()).isEqualTo("规上工业增加值增长７％");
    }

    @Test
    void clausesWithoutANumberAreQualitativeAndAStretchGoalIsNotASecondTarget() {
        String text = plan("主要预期目标是：地区生产总值增长6%左右，在实际工作中争取实现7%的更好结果；"
                + "城乡居民收入增长与经济增长基本同步。");
        List<Target> all = extract(text);
        assertThat(all).extracting(Target::kind).containsExactly(TargetKind.TARGET, TargetKind.STRETCH,
                TargetKind.QUALITATIVE);
        assertThat(all.get(1).value()).isEqualByComparingTo("7");
        assertThat(all.get(1).metric()).isEqualTo("地区生产总值");
        assertThat(all.get(2).metric()).isEqualTo("城乡居民收入增长与经济增长基本同步");
        assertThat(all.get(2).value()).isNull();
    }

    @Test
    void aStretchSentenceAfterTheListIsStretch() {
        List<Target> all = extract(plan("主要预期目标是：地区生产总值增长5%左右。在实际工作中争取更好结果。"));
        assertThat(all).extracting(Target::kind).containsExactly(TargetKind.TARGET, TargetKind.STRETCH);
        assertThat(all.get(1).value()).isNull();
    }

    @Test
    void reviewSentencesFiveYearGoalsAndLaterParagraphsAreNotTargets() {
        String text = "2025年某市政府工作报告\n一、2024年工作回顾\n较好完成了主要预期目标：预计，地区生产总值增长5.5%以上；"
                + "规上工业增加值增长8%。\n过去五年，地区生产总值年均增长6.5%。\n"
                + "二、“十五五”主要目标和2025年工作安排\n“十五五”时期的主要目标是：到2030年，地区生产总值达到1000亿元。\n"
                + "全区经济社会主要预期目标是：地区生产总值增长6%。\n"
                + "实现地区生产总值增长6%的目标，需要付出艰苦努力。\n（一）扩大内需。新增高新技术企业500家，力争挖掘科技成果200项、转化30项。\n";
        List<Target> all = extract(text);
        assertThat(all).filteredOn(t -> t.kind() == TargetKind.TARGET)
                .extracting(Target::metric, Target::value).containsExactly(tuple("地区生产总值", new BigDecimal("6")));
        assertThat(all).filteredOn(t -> t.kind() == TargetKind.ACTUAL)
                .extracting(Target::canonicalMetric, Target::value, Target::qualifier, Target::year)
                .containsExactly(tuple("地区生产总值", new BigDecimal("5.5"), "以上", 2024),
                        tuple("规模以上工业增加值", new BigDecimal("8"), null, 2024));
        assertThat(all).filteredOn(t -> t.kind() == TargetKind.COMMITMENT)
                .extracting(Target::metric, Target::verb, Target::value, Target::unit, Target::qualifier, Target::section)
                .containsExactly(tuple("高新技术企业", "新增", new BigDecimal("500"), "家", null, "2.1"),
                        tuple("科技成果", "挖掘", new BigDecimal("200"), "项", "力争", "2.1"),
                        tuple("科技成果", "转化", new BigDecimal("30"), "项", null, "2.1"));
    }

    @Test
    void anActualWithoutItsMetricTakesTheOneBeforeIt() {
        String text = "2024年某区政府工作报告\n一、2023年工作回顾\n全年实现地区生产总值444.6亿元，增长7%，高于全市1个百分点；"
                + "一般公共预算收入42.4亿元，增长4%。\n二、2024年工作任务\n";
        assertThat(ofKind(text, TargetKind.ACTUAL))
                .extracting(Target::canonicalMetric, Target::verb, Target::value, Target::unit)
                .containsExactly(
                        tuple("地区生产总值", "实现", new BigDecimal("444.6"), "亿元"),
                        tuple("地区生产总值", "增长", new BigDecimal("7"), "%"),
                        tuple("一般公共预算收入", null, new BigDecimal("42.4"), "亿元"),
                        tuple("一般公共预算收入", "增长", new BigDecimal("4"), "%"));
    }

    @Test
    void aTextSavedTwiceGivesEachFigureOnce() {
        String once = plan("主要预期目标是：地区生产总值增长6%。");
        assertThat(ofKind(once + once, TargetKind.TARGET)).hasSize(1);
    }

    @Test
    void aSpeakerBeforeALeadingVerbAndTwoFiguresJoinedByACommaAreRead() {
        String text = "2025年杭州市政府工作报告\n一、2024年工作回顾\n全市实现地区生产总值2.19万亿元、增长4.7%；一般公共预算收入2694亿元、增长3.1%。\n"
                + "二、2025年工作安排\n";
        assertThat(ofKind(text, TargetKind.ACTUAL)).extracting(Target::canonicalMetric, Target::value, Target::unit)
                .containsExactly(tuple("地区生产总值", new BigDecimal("2.19"), "万亿元"),
                        tuple("地区生产总值", new BigDecimal("4.7"), "%"),
                        tuple("一般公共预算收入", new BigDecimal("2694"), "亿元"),
                        tuple("一般公共预算收入", new BigDecimal("3.1"), "%"));
    }

    @Test
    void theNationalReportsShapesAreReadToo() {
        String text = "2024年政府工作报告\n一、2023年工作回顾\n过去一年，国内生产总值超过126万亿元，增长5.2%。"
                + "城镇新增就业1244万人，年末城镇调查失业率为5.1%。\n二、2024年工作安排\n今年发展主要预期目标是：国内生产总值增长5%左右；"
                + "城镇新增就业1200万人以上，城镇调查失业率5.5%左右；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右，"
                + "生态环境质量持续改善。\n";
        List<Target> all = extract(text);
        assertThat(all).filteredOn(t -> t.kind() == TargetKind.ACTUAL)
                .extracting(Target::canonicalMetric, Target::value, Target::unit)
                .containsExactly(tuple("地区生产总值", new BigDecimal("126"), "万亿元"),
                        tuple("地区生产总值", new BigDecimal("5.2"), "%"),
                        tuple("城镇新增就业", new BigDecimal("1244"), "万人"),
                        tuple("城镇调查失业率", new BigDecimal("5.1"), "%"));
        assertThat(all).filteredOn(t -> t.kind() == TargetKind.TARGET)
                .extracting(Target::canonicalMetric, Target::value, Target::unit, Target::qualifier)
                .containsExactly(tuple("地区生产总值", new BigDecimal("5"), "%", "左右"),
                        tuple("城镇新增就业", new BigDecimal("1200"), "万人", "以上"),
                        tuple("城镇调查失业率", new BigDecimal("5.5"), "%", "左右"),
                        tuple("粮食产量", new BigDecimal("1.3"), "万亿斤", "以上"),
                        tuple("能耗强度", new BigDecimal("2.5"), "%", "左右"));
    }
}
