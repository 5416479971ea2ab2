package org.reportlens.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Entities;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.analysis.TextMarks;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.Occurrence;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.TargetTable;

/**
 * The analysis as one self-contained HTML file for colleagues without ReportLens: the aligned
 * sections side by side with changes, duplicates and targets highlighted, the target table and the
 * duplicates. No script, no link to anything outside; every piece of report text is escaped, so a
 * report containing markup shows it as text.
 */
public final class HtmlExport {
    private static final int DUPLICATES_LISTED = 200;
    private static final String STYLE = """
            body { font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif;
                   margin: 24px; color: #1f2328; }
            h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #d0d5dc; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #d0d5dc; padding: 6px 8px; vertical-align: top; text-align: left; }
            th { background: #eef1f5; }
            table.compare td { line-height: 1.7; width: 50%; }
            tr.level-1 td { background: #f6f8fb; }
            .missing { color: #a0a4aa; }
            .heading-part, .heading { font-weight: bold; color: #1d3f72; }
            .lead { font-weight: bold; color: #2f5f3e; }
            .furniture { color: #a0a4aa; text-decoration: line-through; }
            .chg-insert { background: #cfe6f5; color: #00466e; }
            .chg-delete { background: #f8d9c6; color: #7a2e00; text-decoration: line-through; }
            .chg-replace { background: #fbe7b5; color: #5c3b00; }
            .chg-move { background: #f2d7e7; color: #6b2150; text-decoration: underline; }
            .unit-new { background: #eaf4fb; box-shadow: inset 0 -2px #9cc9e6; }
            .unit-dropped { background: #fcf0e8; color: #6b4a36; text-decoration: line-through #d9a88a; }
            .chg-routine { background: #eef0f2; color: #6f747b; }
            .dup { text-decoration: underline dotted #009E73 2px; }
            .target { font-weight: bold; }
            .target-changed { font-weight: bold; outline: 1px solid #0072B2; }
            .legend span { padding: 1px 6px; margin-right: 6px; }
            td.raised { background: #d8ecf7; } td.lowered { background: #fbe2d3; }
            td.qualifier-changed { background: #fdf0c8; } td.new { background: #e1f2ea; }
            td.dropped { background: #eeeeee; color: #7a7f87; } td.measure-changed { background: #f2d7e7; }
            .small { color: #606770; font-size: 12px; }
            """;

    private HtmlExport() {
    }

    public static String write(LoadResult result, Analysis analysis) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>ReportLens</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>ReportLens</h1>\n");
        legend(html, !analysis.options().hideRoutine());
        reports(html, analysis.reports());
        sideBySide(html, analysis);
        targets(html, analysis.targets().table());
        duplicates(html, analysis);
        if (!result.problems().isEmpty()) {
            html.append("<h2>未能读取 Not read</h2>\n<ul>\n");
            result.problems().forEach(p -> html.append("<li>").append(escape(p.message())).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void legend(StringBuilder html, boolean routineShown) {
        html.append("<p class=\"legend\"><span class=\"unit-new\">新增句 new sentences</span>")
                .append("<span class=\"unit-dropped\">删除句 dropped sentences</span>")
                .append("<span class=\"chg-insert\">插入 inserted</span><span class=\"chg-delete\">删去 deleted</span>")
                .append("<span class=\"chg-replace\">改写 changed</span><span class=\"chg-move\">移动 moved</span>");
        if (routineShown) {
            html.append("<span class=\"chg-routine\">年份顺延 routine (years moved on)</span>");
        }
        html.append("<span class=\"dup\">重复 duplicate</span><span class=\"target-changed\">目标变化 changed target</span></p>\n");
    }

    private static void reports(StringBuilder html, List<Report> reports) {
        html.append("<h2>报告 Reports</h2>\n<table>\n<tr><th>id</th><th>标题 title</th><th>政府 government</th>")
                .append("<th>年份 year</th><th>文件 file</th></tr>\n");
        for (Report r : reports) {
            html.append("<tr><td>").append(escape(r.id())).append("</td><td>").append(escape(orDash(r.metadata().title())))
                    .append("</td><td>").append(escape(orDash(r.metadata().government()))).append("</td><td>")
                    .append(escape(orDash(r.metadata().planYear() == null ? null : String.valueOf(r.metadata().planYear()))))
                    .append("</td><td>").append(escape(r.file())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** One row per aligned section (topic leads stay inside their section); each cell the section's own text. */
    private static void sideBySide(StringBuilder html, Analysis analysis) {
        AlignedSections sections = AlignedSections.of(analysis);
        // columns in year order; a row's sections come in the order the reports were compared
        List<Integer> columns = new ArrayList<>();
        for (String id : analysis.comparison().reports()) {
            int k = analysis.compared().indexOf(id);
            if (k >= 0 && k < sections.reports().size()) {
                columns.add(k);
            }
        }
        if (columns.size() < 2) {
            return;
        }
        html.append("<h2>并排比对 Side by side</h2>\n<table class=\"compare\">\n<tr>");
        List<List<TextMark>> marks = new ArrayList<>();
        for (int k : columns) {
            Report r = sections.reports().get(k);
            html.append("<th>").append(escape(r.id() + " · " + orDash(r.metadata().government()) + " · "
                    + orDash(r.metadata().title()))).append("</th>");
            marks.add(TextMarks.all(r, analysis));
        }
        html.append("</tr>\n");
        for (AlignmentRow row : analysis.comparison().alignment()) {
            if (!sections.numbered(row)) {
                continue;
            }
            html.append("<tr class=\"level-").append(row.level()).append("\">");
            for (int i = 0; i < columns.size(); i++) {
                OutlineNode node = sections.node(row, columns.get(i));
                html.append("<td>");
                if (node == null) {
                    html.append("<span class=\"missing\">—</span>");
                } else {
                    int end = node.children().stream().filter(c -> !c.lead()).mapToInt(OutlineNode::start).min()
                            .orElse(node.end());
                    marked(html, sections.reports().get(columns.get(i)).original(), node.start(), end, marks.get(i));
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    /** {@code text[from, to)} escaped, each run inside a span with the classes of the marks over it. */
    static void marked(StringBuilder html, String text, int from, int to, List<TextMark> allMarks) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        List<TextMark> marks = new ArrayList<>();
        for (TextMark m : allMarks) {
            if (m.end() > from && m.start() < to) {
                marks.add(m);
                cuts.add(Math.max(from, m.start()));
                cuts.add(Math.min(to, m.end()));
            }
        }
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                TreeSet<String> classes = new TreeSet<>();
                for (TextMark m : marks) {
                    if (m.start() <= previous && m.end() >= cut && m.kind() != MarkKind.FURNITURE) {
                        classes.add(m.kind().id());
                    }
                }
                String piece = escape(text.substring(previous, cut)).replace("\n", "<br>\n");
                if (classes.isEmpty()) {
                    html.append(piece);
                } else {
                    html.append("<span class=\"").append(String.join(" ", classes)).append("\">").append(piece)
                            .append("</span>");
                }
            }
            previous = cut;
        }
    }

    private static void targets(StringBuilder html, TargetTable table) {
        if (table.rows().isEmpty()) {
            return;
        }
        html.append("<h2>主要预期目标 Targets</h2>\n<table>\n<tr><th>指标 metric</th>");
        for (TargetTable.Column c : table.columns()) {
            html.append("<th>").append(escape(orDash(c.government()) + " " + (c.year() == null ? "?" : c.year())))
                    .append("</th>");
        }
        html.append("</tr>\n");
        for (TargetTable.Row row : table.rows()) {
            html.append("<tr><td>").append(escape(row.metric())).append("</td>");
            for (TargetTable.Cell cell : row.cells()) {
                String change = cell.change() == null ? "" : cell.change().id();
                html.append("<td class=\"").append(change).append("\">");
                if (cell.target() != null) {
                    html.append(escape(cell.target().figure()));
                }
                if (!change.isEmpty() && !change.equals("first")) {
                    html.append(" <span class=\"small\">").append(change)
                            .append(cell.qualifierChanged() && !change.equals("qualifier-changed") ? ", qualifier-changed" : "")
                            .append("</span>");
                }
                if (cell.status() != null) {
                    html.append("<br><span class=\"small\">").append(cell.status().id());
                    if (cell.actual() != null) {
                        html.append(": ").append(escape(cell.actual().figure()));
                    }
                    html.append("</span>");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static void duplicates(StringBuilder html, Analysis analysis) {
        List<Duplicate> shown = analysis.duplicates().duplicates().stream().filter(d -> !d.stock())
                .limit(DUPLICATES_LISTED).toList();
        if (shown.isEmpty()) {
            return;
        }
        html.append("<h2>重复段落 Duplicates</h2>\n<table>\n<tr><th>字数 length</th><th>类型 kind</th>")
                .append("<th>位置 where</th><th>段落 passage</th></tr>\n");
        for (Duplicate d : shown) {
            html.append("<tr><td>").append(d.length()).append("</td><td>").append(d.near() ? "near" : "exact")
                    .append("</td><td>");
            for (Occurrence o : d.occurrences()) {
                html.append(escape(o.report())).append(" [").append(o.start()).append(", ").append(o.end()).append(")<br>");
            }
            String text = d.text().length() > 300 ? d.text().substring(0, 300) + "…" : d.text();
            html.append("</td><td>").append(escape(text)).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    /** Report text as HTML text: &lt; &gt; &amp; &quot; escaped, nothing interpreted. */
    static String escape(String s) {
        return Entities.escape(s);
    }
}
