package org.reportlens.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

class ComparisonTitleTest {
    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    @Test
    void theGovernmentsOnceAndTheYearsInOrder() {
        Report a = report("r1", "2021年惠州市政府工作报告\n一、2020年工作回顾\n正文。");
        Report b = report("r2", "2024年惠州市政府工作报告\n一、2023年工作回顾\n正文。");
        assertThat(ComparisonTitle.of(List.of(a, b))).isEqualTo("惠州市 2021 · 2024");
        assertThat(ComparisonTitle.asFileName(List.of(a, b))).isEqualTo("惠州市 2021-2024");
    }

    @Test
    void aFileNameHoldsNoCharacterAFileSystemRefusesAndNeverIsEmpty() {
        Report slashed = report("r1", "2024年A/B:C*县政府工作报告\n一、2023年工作回顾\n正文。");
        assertThat(ComparisonTitle.asFileName(List.of(slashed))).doesNotContainPattern("[\\\\/:*?\"<>|]").endsWith(" 2024");
        Report nothing = report("r2", "正文。");
        assertThat(ComparisonTitle.of(List.of(nothing))).isEqualTo("—");
        assertThat(ComparisonTitle.asFileName(List.of(nothing))).isEqualTo("reportlens");
        assertThat(ComparisonTitle.asFileName(List.of())).isEqualTo("reportlens");
    }

    @Test
    void aYearNotKnownKeepsItsPlaceAndANameStaysShortAndUsableOnWindows() {
        Report a = report("r1", "2021年惠州市政府工作报告\n一、2020年工作回顾\n正文。");
        Report unknown = report("r2", "惠州市政府工作报告\n正文。");
        Report b = report("r3", "2024年惠州市政府工作报告\n一、2023年工作回顾\n正文。");
        assertThat(ComparisonTitle.asFileName(List.of(a, unknown, b))).isEqualTo("惠州市 2021-x-2024")
                .isNotEqualTo(ComparisonTitle.asFileName(List.of(a, b)));
        Report longName = report("r4", "2024年" + "很长的名字".repeat(40) + "县政府工作报告\n一、2023年工作回顾\n正文。");
        assertThat(ComparisonTitle.asFileName(List.of(longName))).hasSizeLessThanOrEqualTo(ComparisonTitle.MAX_FILE_NAME);
        // a government corrected by hand to rare characters, each two UTF-16 units: the 60th unit is half of one
        Report rare = report("r6", "2024年惠州市政府工作报告\n一、2023年工作回顾\n正文。")
                .withMetadata(new ReportMetadata(null, "县" + "\uD840\uDC00".repeat(40), 2024, 2023, 2024));
        String cut = ComparisonTitle.asFileName(List.of(rare));
        assertThat(cut).as("a name cut short ends on a whole character").hasSizeLessThanOrEqualTo(ComparisonTitle.MAX_FILE_NAME);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
        Report hidden = report("r5", "2024年惠州\u202E市政府工作报告\n一、2023年工作回顾\n正文。");
        assertThat(ComparisonTitle.asFileName(List.of(hidden))).doesNotContain("\u202E");
    }
}
