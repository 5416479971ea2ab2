package org.reportlens.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.reportlens.core.outline.OutlineParser;
import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.TextNormalizer;

class MetadataDetectorTest {

    private static ReportMetadata detect(String text, String fileName) {
        NormalizedText n = TextNormalizer.normalize(text);
        return MetadataDetector.detect(n, OutlineParser.parse(n), fileName);
    }

    @Test
    void titleWithYearAndGovernment() {
        ReportMetadata m = detect("2024年大连市政府工作报告\n一、2023年工作回顾\n正文。\n二、2024年政府工作目标和主要任务\n正文。", null);
        assertThat(m).isEqualTo(new ReportMetadata("2024年大连市政府工作报告", "大连市", 2024, 2023, 2024));
    }

    @Test
    void governmentAfterTheYearAndBracketedProvinceAndDate() {
        assertThat(MetadataDetector.governmentInTitle("(辽宁省)大连市人民政府工作报告(2022年1月8日)")).isEqualTo("大连市");
        assertThat(MetadataDetector.governmentInTitle("大连高新区2026年政府工作报告")).isEqualTo("大连高新区");
        assertThat(MetadataDetector.governmentInTitle("2025年西岗区人民政府工作报告")).isEqualTo("西岗区");
        assertThat(MetadataDetector.governmentInTitle("政府工作报告")).isNull();
        assertThat(MetadataDetector.governmentInTitle("关于2024年计划执行情况的工作报告")).isNull();
    }

    @Test
    void congressLineGivesGovernmentAndYear() {
        ReportMetadata m = detect("政府工作报告\n——2025年1月15日在沈阳市第十七届人民代表大会第四次会议上\n市长 张三\n"
                + "一、2024年工作回顾\n正文。", null);
        assertThat(m.title()).isEqualTo("政府工作报告");
        assertThat(m.government()).isEqualTo("沈阳市");
        assertThat(m.year()).isEqualTo(2025);
        assertThat(m.reviewYear()).isEqualTo(2024);
        assertThat(m.planYear()).isNull();
    }

    @Test
    void aDateLineUnderAnUndatedTitleGivesTheYear() {
        ReportMetadata m = detect("政府工作报告\n（2024年1月21日）\n各位代表：现在，我向大会报告工作。", null);
        assertThat(m.year()).isEqualTo(2024);
        assertThat(m.government()).isNull();
    }

    @Test
    void yearsWrittenInChineseNumerals() {
        ReportMetadata m = detect("政府工作报告\n——二〇二四年一月十五日在广州市第十六届人民代表大会第四次会议上\n"
                + "一、二〇二三年工作回顾\n正文。\n二、二〇二四年工作安排\n正文。", null);
        assertThat(m).isEqualTo(new ReportMetadata("政府工作报告", "广州市", 2024, 2023, 2024, LocalDate.of(2024, 1, 15)));
        assertThat(detect("政府工作报告\n二〇二四年一月十五日\n正文。", null).year()).isEqualTo(2024);
    }

    @Test
    void theStateCouncilIsAGovernment() {
        assertThat(MetadataDetector.governmentInTitle("国务院2024年政府工作报告")).isEqualTo("国务院");
    }

    @Test
    void planYearIsTheYearTheTitleNamesNotTheFiveYearPlan() {
        ReportMetadata m = detect("二、“十五五”主要目标和2026年重点工作安排\n正文。\n一、过去五年(2018-2022年)和2022年工作回顾\n正文。", null);
        assertThat(m.planYear()).isEqualTo(2026);
        assertThat(m.reviewYear()).isEqualTo(2022);
    }

    @Test
    void aReviewOfTheYearBeforeAndFiveYearsReviewsTheYearBefore() {
        // 国务院 2023 "过去一年和五年工作回顾": its header lacked "回顾2022年" (a tour); five years alone name no one year
        String opening = "政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n";
        assertThat(detect(opening + "一、过去一年和五年工作回顾\n正文。\n二、对今年政府工作的建议\n正文。", null).reviewYear())
                .isEqualTo(2022);
        assertThat(detect(opening + "一、过去五年工作回顾\n正文。\n二、对今年政府工作的建议\n正文。", null).reviewYear()).isNull();
    }

    @Test
    void unknownStaysNull() {
        assertThat(detect("重点做好以下工作:\n(一)实施攻坚行动\n正文。", "000_6b64a79ddd618c0d.txt"))
                .isEqualTo(ReportMetadata.UNKNOWN);
    }

    @Test
    void fileNameFillsWhatTheTextDoesNotSay() {
        ReportMetadata m = detect("一、2023年工作回顾\n正文。", "2024年大连高新区政府工作报告.txt");
        assertThat(m).isEqualTo(new ReportMetadata("2024年大连高新区政府工作报告", "大连高新区", 2024, 2023, null));
        assertThat(detect("正文。", "dalian_2024_draft.txt").year()).isEqualTo(2024);
        assertThat(detect("正文。", "ab2024cd.txt").year()).as("digits inside a hash are no year").isNull();
    }

    @Test
    void textWinsOverFileName() {
        ReportMetadata m = detect("2024年大连市政府工作报告\n正文。", "2023年沈阳市政府工作报告.txt");
        assertThat(m.government()).isEqualTo("大连市");
        assertThat(m.year()).isEqualTo(2024);
    }
}
