package org.reportlens.ui;

import org.reportlens.core.analysis.TextMarks;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

class ReportTextStylerTest {
    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static List<String> marked(String text, StyleSpans<Collection<String>> spans) {
        assertThat(spans.length()).isEqualTo(text.length());
        List<String> marked = new ArrayList<>();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (!span.getStyle().contains(StyleClasses.PLAIN)) {
                marked.add(String.join("+", span.getStyle()) + ":" + text.substring(at, at + span.getLength()));
            }
            at += span.getLength();
        }
        return marked;
    }

    @Test
    void headingsLeadsAndFurnitureGetTheirClassesOverTheirExactSpans() {
        String text = "首页 宝鸡资讯\n一、2023年工作回顾\n(一)经济向好。积极扩投资。全年增长。\n验证码:";
        assertThat(marked(text, ReportTextStyler.style(report("r1", text)))).containsExactly(
                "furniture:首页 宝鸡资讯", "heading-part:一、2023年工作回顾", "heading:(一)经济向好。", "lead:积极扩投资。",
                "furniture:验证码:");
    }

    @Test
    void changesDuplicatesAndTargetsAreMarkedAndOverlappingMarksCombine() {
        String shared = "新认定高新技术企业184家，新注册科技型中小企业593家，新备案雏鹰企业120家。";
        // the heading is long enough that the near repeat of the opening lines, cut to whole
        // clauses, still reaches the 20 characters of a duplicate
        String older = "2023年东港市政府工作报告\n一、2023年经济社会发展工作安排\n主要预期目标是：地区生产总值增长5%左右。今年要抓好三件事。"
                + "\n二、重点工作\n" + shared;
        String newer = "2024年东港市政府工作报告\n一、2024年经济社会发展工作安排\n主要预期目标是：地区生产总值增长6%左右。明年继续推进各项改革。"
                + "\n二、重点工作\n" + shared;
        Report a = report("r1", older);
        Report b = report("r2", newer);
        Analysis analysis = Analyzer.analyze(List.of(a, b), AnalysisOptions.defaults());
        List<String> marks = marked(newer, ReportTextStyler.spans(TextMarks.all(b, analysis), newer.length()));
        // the year in the heading moved on a year (routine, muted), inside a near repeat of the opening
        // lines; the target's figure is an edit; the rewritten sentence is a new block
        assertThat(marks).contains("chg-routine+dup+heading-part:2024", "chg-replace+target-changed:6",
                "unit-new:明年继续推进各项改革。", "dup+heading-part:二、重点工作", "dup+target:新认定高新技术企业184家");
        assertThat(marked(older, ReportTextStyler.spans(TextMarks.all(a, analysis), older.length())))
                .contains("chg-replace+target:5", "unit-dropped:今年要抓好三件事。");
        Analysis hidden = Analyzer.analyze(List.of(a, b), AnalysisOptions.defaults().withHideRoutine(true));
        assertThat(marked(newer, ReportTextStyler.spans(TextMarks.all(b, hidden), newer.length())))
                .contains("dup+heading-part:一、2024年经济社会发展工作安排").noneMatch(m -> m.contains("chg-routine"));
    }
}
