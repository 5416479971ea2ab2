package org.reportlens.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.HostileFixtures;

/** Unicode's line and paragraph separators end a line as \n does (issue 16: U+2028 was read as a space). */
class LineBreaksTest {
    @Test
    void lineAndParagraphSeparatorsEndALine() {
        String original = "一、回顾\u2028全年增长6%。\u2029二、任务\u0085加快建设。";
        NormalizedText text = TextNormalizer.normalize(original);
        assertThat(text.text()).isEqualTo("一、回顾\n全年增长6%。\n二、任务\n加快建设。");
        assertThat(original.substring(text.toOriginalStart(5), text.toOriginalEnd(7))).isEqualTo("全年");
    }

    @Test
    void aReportWithLineSeparatorsHasItsOutline() {
        LoadResult loaded = new ReportLoader().load(List.of(HostileFixtures.file("txt-line-separators-u2028.txt").toString()));
        assertThat(loaded.problems()).isEmpty();
        List<OutlineNode> outline = loaded.reports().get(0).outline();
        assertThat(outline).extracting(OutlineNode::title).containsExactly("2023年工作回顾", "2024年工作任务");
    }
}
