package org.reportlens.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reportlens.core.outline.OutlineParser;
import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.TextNormalizer;

/**
 * Governments, years and delivery days as real reports state them (issue 13), one test per rule,
 * on the head lines of the reports that taught them. File names are left out (reports named
 * report.txt): the text alone must say.
 */
class GovernmentAndYearTest {

    private static ReportMetadata detect(String text) {
        NormalizedText n = TextNormalizer.normalize(text);
        return MetadataDetector.detect(n, OutlineParser.parse(n), "report.txt");
    }

    @Test
    void aGenericWordInTheTitleIsNoNameAndTheCongressLineNamesTheGovernment() {
        // 新疆维吾尔自治区 2025, 克孜勒苏柯尔克孜自治州 2026
        ReportMetadata m = detect("2025年自治区政府工作报告\n政府工作报告\n——2025年1月19日在新疆维吾尔自治区第十四届人民代表大会第三次会议上\n"
                + "自治区主席艾尔肯·吐尼亚孜\n各位代表：\n一、2024年工作回顾\n正文。");
        assertThat(m.government()).isEqualTo("新疆维吾尔自治区");
        assertThat(m.year()).isEqualTo(2025);
        assertThat(m.delivered()).isEqualTo(LocalDate.of(2025, 1, 19));
        assertThat(detect("2026年自治州政府工作报告\n2026年1月13日在克孜勒苏柯尔克孜自治州第十五届人民代表大会第六次会议上\n正文。")
                .government()).isEqualTo("克孜勒苏柯尔克孜自治州");
    }

    @Test
    void shortFormsAreGivenTheFullOfficialName() {
        // 甘孜藏族自治州 2021, 黔东南苗族侗族自治州 2018, the 恩施州 and 宁夏
        assertThat(detect("甘孜州政府工作报告（2021年2月3日 肖友才）\n正文。").government()).isEqualTo("甘孜藏族自治州");
        assertThat(detect("政府工作报告\n——2018年1月5日在黔东南州第十四届人民代表大会第二次会议上\n正文。").government())
                .isEqualTo("黔东南苗族侗族自治州");
        assertThat(detect("恩施州2024年政府工作报告\n正文。").government()).isEqualTo("恩施土家族苗族自治州");
        assertThat(detect("2016年宁夏政府工作报告\n正文。").government()).isEqualTo("宁夏回族自治区");
        assertThat(detect("2024年天津市政府工作报告\n正文。").government()).isEqualTo("天津市");
        // a name the table does not hold is kept as written
        assertThat(detect("2026年大连高新区政府工作报告\n正文。").government()).isEqualTo("大连高新区");
    }

    @Test
    void aSentenceOrCommentMentioningTheReportIsNoTitle() {
        // 西安市 2021, 深圳市 2026, the sentence
        ReportMetadata m = detect("政府工作报告\n——2021年2月2日在西安市第十六届人民代表大会第六次会议上\n"
                + "<!-- 市长李明远代表市政府向大会作政府工作报告 -->\n各位代表：\n现在，我代表市人民政府向大会作政府工作报告\n正文。");
        assertThat(m.title()).isEqualTo("政府工作报告");
        assertThat(m.government()).isEqualTo("西安市");
        ReportMetadata shenzhen = detect("深圳市第七届人民代表大会第七次会议关于深圳市人民政府工作报告的决议\n"
                + "（2026年2月11日深圳市第七届人民代表大会第七次会议通过）\n政府工作报告\n"
                + "——2026年2月9日在深圳市第七届人民代表大会第七次会议上\n正文。");
        assertThat(shenzhen.government()).isEqualTo("深圳市");
        assertThat(shenzhen.title()).isEqualTo("政府工作报告");
    }

    @Test
    void congressLineVariants() {
        // 丹东市 2022 (会议通过), 哈尔滨市 2005 (人大), 合肥市 2025 (broken after the name),
        // 四川省 2012 (the date after the line), 宁夏回族自治区 2017 (a space inside)
        assertThat(detect("政府工作报告\n——2022年1月8日丹东市第十七届人民代表大会第一次会议通过\n正文。").government()).isEqualTo("丹东市");
        assertThat(detect("2005年政府工作报告\n2005年2月19日在哈尔滨市第十二届人大第三次会议上\n正文。").government())
                .isEqualTo("哈尔滨市");
        ReportMetadata hefei = detect("政府工作报告\n——2025年1月15日在合肥市\n第十七届人民代表大会第四次会议上\n市长 罗云峰\n正文。");
        assertThat(hefei.government()).isEqualTo("合肥市");
        assertThat(hefei.delivered()).isEqualTo(LocalDate.of(2025, 1, 15));
        ReportMetadata sichuan = detect("政府工作报告\n在四川省第十二届人民代表大会第一次会议上（2013年1月26日）\n正文。");
        assertThat(sichuan.government()).isEqualTo("四川省");
        assertThat(sichuan.delivered()).isEqualTo(LocalDate.of(2013, 1, 26));
        assertThat(sichuan.year()).isEqualTo(2013);
        assertThat(detect("政府工作报告\n——2017年1月10日在宁夏回族自治区第十一届 人民代表大会第七次会议上\n正文。").government())
                .isEqualTo("宁夏回族自治区");
        // "在市十四届人大五次会议上" names no government: the title does
        assertThat(detect("北海市政府工作报告 （2014年1月25日 周家斌）\n——2014年1月25日在市十四届人大五次会议上\n正文。").government())
                .isEqualTo("北海市");
    }

    @Test
    void theNationalPeoplesCongressMeansTheStateCouncil() {
        ReportMetadata m = detect("政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理　李克强\n正文。");
        assertThat(m.government()).isEqualTo("国务院");
        assertThat(m.year()).isEqualTo(2017);
    }

    @Test
    void theSpeakersLineOrTheReportingSentenceNamesTheGovernment() {
        // 甘肃省 2015, 宁波市 2014
        assertThat(detect("2015年政府工作报告\n甘肃省省长 刘伟平\n各位代表：\n正文。").government()).isEqualTo("甘肃省");
        assertThat(detect("2014年政府工作报告\n各位代表：\n现在，我代表宁波市人民政府向大会报告工作，请予审议。\n正文。").government())
                .isEqualTo("宁波市");
    }

    @Test
    void theGovernmentTheTextCallsItselfWhenNothingNamesIt() {
        // 江西省 2023: only "全省", "我省" and the province's name in the text
        ReportMetadata m = detect("政府工作报告\n省长 叶建春\n各位代表：\n一、2022年及本届政府工作回顾\n"
                + "2022年，全省上下团结奋斗，江西经济稳中有进。我省粮食产量稳定，江西全面推进乡村振兴，全省就业稳定，江西风景独好。");
        assertThat(m.government()).isEqualTo("江西省");
        // a development zone named by its city
        assertThat(GovernmentInText.infer("我区是大连的高新区。全区上下，高新区企业，大连市委，我区发展，高新区建设，大连发展。",
                GovernmentNames.defaults())).isEqualTo("大连高新区");
    }

    @Test
    void aReportDeliveredInDecemberIsFiledUnderTheNextYear() {
        // 湘潭市 2024, 白城市 2014; 银川市 2017, whose title states its year
        ReportMetadata m = detect("湘潭市政府工作报告（2023年12月29日 胡贺波）\n——2023年12月29日在湘潭市第十六届人民代表大会第三次会议上\n正文。");
        assertThat(m.year()).isEqualTo(2024);
        assertThat(m.delivered()).isEqualTo(LocalDate.of(2023, 12, 29));
        ReportMetadata yinchuan = detect("银川市第十五届人民代表大会第一次会议政府工作报告（2017年）\n政府工作报告\n"
                + "——2016年12月28日在银川市第十五届人民代表大会第一次会议上\n正文。");
        assertThat(yinchuan.year()).isEqualTo(2017);
        assertThat(yinchuan.delivered()).isEqualTo(LocalDate.of(2016, 12, 28));
        assertThat(yinchuan.government()).isEqualTo("银川市");
    }

    @Test
    void aDoubledSuffixIsWrittenOnce() {
        // 中卫市 2016
        assertThat(detect("中卫市市政府工作报告 （2016年1月27日 万新恒）\n正文。").government()).isEqualTo("中卫市");
        assertThat(detect("江苏省政府2016年政府工作报告\n正文。").government()).isEqualTo("江苏省");
    }

    @Test
    void thePlanYearIsNotAFarYearAndComesFromTheTargetSentenceWithoutAPlanPartYear() {
        // 西安市 2021: "二〇三五年远景目标" is no plan year
        ReportMetadata xian = detect("政府工作报告\n——2021年2月2日在西安市第十六届人民代表大会第六次会议上\n"
                + "一、2020年及“十三五”工作回顾\n正文。\n二、关于“十四五”规划和二〇三五年远景目标纲要\n正文。\n"
                + "三、2021年政府工作安排\n正文。");
        assertThat(xian.planYear()).isEqualTo(2021);
        assertThat(detect("政府工作报告\n——2016年1月19日在银川市第十四届人民代表大会第五次会议上\n"
                + "一、“十三五”规划和二〇三五年远景目标纲要\n正文。").planYear()).isNull();
        // 哈尔滨市 2005: no part names a year; 阜阳市 2016: "今年重点工作安排"
        assertThat(detect("2005年政府工作报告\n一、实施老工业基地振兴战略取得良好开局\n正文。\n二、以科学发展观为指导，推动经济快发展\n"
                + "主要预期目标是：全市生产总值增长12%。").planYear()).isEqualTo(2005);
        assertThat(detect("2016年政府工作报告\n一、过去五年工作回顾\n正文。\n二、未来五年主要任务\n正文。\n三、今年重点工作安排\n正文。")
                .planYear()).isEqualTo(2016);
    }

    @Test
    void theYearComesFromTheTextWhenTheFileHasNoYearInItsName() {
        assertThat(detect("政府工作报告\n——2024年1月15日在大连市第十七届人民代表大会第三次会议上\n正文。").year()).isEqualTo(2024);
        // no title, date or file name: the year the plan part plans
        assertThat(detect("一、2023年工作回顾\n正文。\n二、2024年工作任务\n正文。").year()).isEqualTo(2024);
    }
}
