package org.reportlens.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/** The marks of a report's structure as the columns and the HTML export style them. */
class TextMarksTest {

    @Test
    void aHeadingsMarkdownMarkIsMarkedApartFromItsTitle() {
        // 国务院's saved pages: "## 一、2024年工作回顾" showed its "## " as part of the title
        String text = "2025年政府工作报告\n## 一、2024年工作回顾\n过去一年，经济运行总体平稳。\n### （一）扩大内需。正文。\n二、2025年工作任务\n正文。\n";
        Report report = ReportAnalyzer.analyze("r1", "2025.txt", new DecodedText(text, "UTF-8", List.of()));
        List<TextMark> marks = TextMarks.structure(report);
        assertThat(marks).filteredOn(m -> m.kind() == MarkKind.MARKUP).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("## ", "### ");
        assertThat(marks).filteredOn(m -> m.kind() == MarkKind.HEADING_PART).extracting(m -> text.substring(m.start(), m.end()))
                .containsExactly("## 一、2024年工作回顾", "二、2025年工作任务");
    }
}
