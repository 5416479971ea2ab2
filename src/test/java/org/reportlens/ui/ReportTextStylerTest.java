package org.reportlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

class ReportTextStylerTest {

    @Test
    void headingsLeadsAndFurnitureGetTheirClassesOverTheirExactSpans() {
        String text = "首页 宝鸡资讯\n一、2023年工作回顾\n(一)经济向好。积极扩投资。全年增长。\n验证码:";
        Report report = ReportAnalyzer.analyze("r1", "t.txt", new DecodedText(text, "UTF-8", List.of()));
        StyleSpans<Collection<String>> spans = ReportTextStyler.style(report);
        assertThat(spans.length()).isEqualTo(text.length());
        List<String> marked = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            String cls = span.getStyle().iterator().next();
            if (!cls.equals(StyleClasses.PLAIN)) {
                marked.add(cls + ":" + text.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        assertThat(marked).containsExactly("furniture:首页 宝鸡资讯", "heading-part:一、2023年工作回顾",
                "heading:(一)经济向好。", "lead:积极扩投资。", "furniture:验证码:");
    }
}
