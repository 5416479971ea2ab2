package org.reportlens.core.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
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
import org.reportlens.core.dups.Places;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.TargetTable;

/**
 * The analysis as one self-contained HTML file for colleagues without ReportLens: the aligned
 * sections side by side with changes, duplicates and targets highlighted, the target table and the
 * duplicates. No script, no link to anything outside, and a Content-Security-Policy that forbids
 * both should anything slip through; every piece of report text is escaped, so a report containing
 * markup shows it as text. 2 to 4 columns of equal width, headed by government and year; printed on
 * A4 landscape with each part on a new page, the column headers repeated and the colours kept;
 * every label in one language (Chinese or English); places named by year and section.
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
            table.compare { table-layout: fixed; }
            table.compare td { line-height: 1.7; overflow-wrap: anywhere; }
            table.compare th .small { display: block; font-weight: normal; }
            tr.level-1 td { background: #f6f8fb; }
            .missing { color: #a0a4aa; }
            .heading-part, .heading { font-weight: bold; color: #1d3f72; }
            .lead { font-weight: bold; color: #2f5f3e; }
            .furniture { color: #a0a4aa; text-decoration: line-through; }
            .markup { color: #b4b8be; font-weight: normal; }
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
            @page { size: A4 landscape; margin: 12mm; }
            @media print {
              body { margin: 0; font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              table.compare td { line-height: 1.5; }
              thead { display: table-header-group; }
              tr.level-1:not(:first-child) { break-before: page; }
              tr { break-inside: avoid-page; }
              h2 { break-after: avoid; }
              /* the same in the words the PDF's layout engine reads: its own for repeated headers */
              table { -fs-table-paginate: paginate; }
              tr + tr.level-1 { page-break-before: always; }
              tr { page-break-inside: avoid; }
              h2 { page-break-after: avoid; }
            }
            """;
    /** No script, nothing fetched: a second wall behind the escaping. Inline style only, the page's own. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private HtmlExport() {
    }

    /** The page in the language of the default locale (Chinese for Chinese, English otherwise). */
    public static String write(LoadResult result, Analysis analysis) {
        return write(result, analysis, Locale.getDefault());
    }

    /** The page with every label in {@code locale}'s language: Chinese for Chinese, English otherwise. */
    public static String write(LoadResult result, Analysis analysis, Locale locale) {
        ResourceBundle labels = ResourceBundle.getBundle("org.reportlens.core.export.html",
                locale.getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String heading = escape(ComparisonTitle.of(analysis.reports()));
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(locale.getLanguage().equals("zh") ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
                .append("<title>").append(heading).append(" — ReportLens</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(heading).append("</h1>\n");
        legend(html, labels, !analysis.options().hideRoutine());
        reports(html, labels, analysis.reports());
        sideBySide(html, labels, analysis);
        targets(html, labels, analysis.targets().table());
        duplicates(html, labels, analysis);
        if (!result.problems().isEmpty()) {
            html.append("<h2>").append(labels.getString("h.notRead")).append("</h2>\n<ul>\n");
            result.problems().forEach(p -> html.append("<li>").append(escape(p.message())).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void legend(StringBuilder html, ResourceBundle labels, boolean routineShown) {
        html.append("<p class=\"legend\">");
        String[][] entries = {{"unit-new", "legend.new"}, {"unit-dropped", "legend.dropped"}, {"chg-insert", "legend.insert"},
            {"chg-delete", "legend.delete"}, {"chg-replace", "legend.replace"}, {"chg-move", "legend.move"},
            {"chg-routine", "legend.routine"}, {"dup", "legend.duplicate"}, {"target-changed", "legend.target"}};
        for (String[] e : entries) {
            if (routineShown || !e[0].equals("chg-routine")) {
                html.append("<span class=\"").append(e[0]).append("\">").append(labels.getString(e[1])).append("</span>");
            }
        }
        html.append("</p>\n");
    }

    private static void reports(StringBuilder html, ResourceBundle labels, List<Report> reports) {
        html.append("<h2>").append(labels.getString("h.reports")).append("</h2>\n<table>\n<tr>");
        for (String key : List.of("col.id", "col.title", "col.government", "col.year", "col.file")) {
            html.append("<th>").append(labels.getString(key)).append("</th>");
        }
        html.append("</tr>\n");
        for (Report r : reports) {
            html.append("<tr><td>").append(escape(r.id())).append("</td><td>").append(escape(orDash(r.metadata().title())))
                    .append("</td><td>").append(escape(orDash(r.metadata().government()))).append("</td><td>")
                    .append(escape(orDash(r.metadata().year() == null ? null : String.valueOf(r.metadata().year()))))
                    .append("</td><td>").append(escape(r.file())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** One row per aligned section (topic leads stay inside their section); each cell the section's own text. */
    private static void sideBySide(StringBuilder html, ResourceBundle labels, Analysis analysis) {
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
        html.append("<h2>").append(labels.getString("h.compare")).append("</h2>\n<table class=\"compare\">\n<colgroup>");
        for (int i = 0; i < columns.size(); i++) {
            // equal columns however many: 2 to 4 reports side by side
            html.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.2f", 100.0 / columns.size())).append("%\">");
        }
        html.append("</colgroup>\n<thead><tr>");
        List<List<TextMark>> marks = new ArrayList<>();
        for (int k : columns) {
            Report r = sections.reports().get(k);
            html.append("<th>").append(escape(orDash(r.metadata().government()) + " "
                    + (r.metadata().year() == null ? "—" : r.metadata().year())))
                    .append("<span class=\"small\">").append(escape(orDash(r.metadata().title()))).append("</span></th>");
            marks.add(TextMarks.all(r, analysis));
        }
        html.append("</tr></thead>\n<tbody>\n");
        List<AlignmentRow> rows = analysis.comparison().alignment().stream().filter(sections::numbered).toList();
        Map<Integer, List<List<OutlineNode>>> remarksAfter = closingRemarksPlaces(rows, sections, columns);
        for (int r = 0; r < rows.size(); r++) {
            AlignmentRow row = rows.get(r);
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
            for (List<OutlineNode> parts : remarksAfter.getOrDefault(r, List.of())) {
                closingRemarks(html, sections, columns, parts, marks);
            }
        }
        html.append("</tbody></table>\n");
    }

    /**
     * For each row of parts, after which row their closing remarks come: the last that holds one of those
     * parts or a section of it in any column (rows are not in any one report's reading order where sections
     * crossed), by the index of that row; each entry a part or null for each column.
     */
    private static Map<Integer, List<List<OutlineNode>>> closingRemarksPlaces(List<AlignmentRow> rows,
                                                                              AlignedSections sections, List<Integer> columns) {
        List<Map<OutlineNode, Integer>> lastRow = new ArrayList<>();
        for (int k : columns) {
            Map<OutlineNode, Integer> last = new IdentityHashMap<>();
            for (int r = 0; r < rows.size(); r++) {
                OutlineNode node = sections.node(rows.get(r), k);
                OutlineNode part = node == null ? null : sections.partOf(k, node);
                if (part != null) {
                    last.put(part, r);
                }
            }
            lastRow.add(last);
        }
        Map<Integer, List<List<OutlineNode>>> after = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            AlignmentRow row = rows.get(r);
            if (row.level() != 1) {
                continue;
            }
            List<OutlineNode> parts = columns.stream().map(k -> sections.node(row, k)).toList();
            int at = r;
            for (int i = 0; i < parts.size(); i++) {
                at = parts.get(i) == null ? at : Math.max(at, lastRow.get(i).getOrDefault(parts.get(i), r));
            }
            after.computeIfAbsent(at, k -> new ArrayList<>()).add(parts);
        }
        return after;
    }

    /**
     * A row of the parts' closing remarks ("各位代表！…" after their last sections), which no section's cell
     * holds; none when no part has any. {@code parts} holds a part or null for each column.
     */
    private static void closingRemarks(StringBuilder html, AlignedSections sections, List<Integer> columns,
                                       List<OutlineNode> parts, List<List<TextMark>> marks) {
        if (parts.stream().noneMatch(p -> p != null && p.closingStart() < p.end())) {
            return;
        }
        html.append("<tr class=\"closing\">");
        for (int i = 0; i < columns.size(); i++) {
            OutlineNode part = parts.get(i);
            html.append("<td>");
            if (part != null && part.closingStart() < part.end()) {
                marked(html, sections.reports().get(columns.get(i)).original(), part.closingStart(), part.end(), marks.get(i));
            }
            html.append("</td>");
        }
        html.append("</tr>\n");
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

    private static void targets(StringBuilder html, ResourceBundle labels, TargetTable table) {
        if (table.rows().isEmpty()) {
            return;
        }
        html.append("<h2>").append(labels.getString("h.targets")).append("</h2>\n<table>\n<tr><th>")
                .append(labels.getString("col.metric")).append("</th>");
        for (TargetTable.Column c : table.columns()) {
            html.append("<th>").append(escape(orDash(c.government()) + " " + (c.year() == null ? "?" : c.year())))
                    .append("</th>");
        }
        html.append("</tr>\n");
        for (TargetTable.Row row : table.rows()) {
            html.append("<tr><td>").append(escape(row.label())).append("</td>");
            for (TargetTable.Cell cell : row.cells()) {
                String change = cell.change() == null ? "" : cell.change().id();
                html.append("<td class=\"").append(change).append("\">");
                if (cell.target() != null) {
                    html.append(escape(cell.target().figure()));
                }
                if (!change.isEmpty() && !change.equals("first")) {
                    html.append(" <span class=\"small\">").append(labels.getString("change." + change))
                            .append(cell.qualifierChanged() && !change.equals("qualifier-changed")
                                    ? ", " + labels.getString("change.qualifier-changed") : "")
                            .append("</span>");
                }
                if (cell.status() != null) {
                    html.append("<br><span class=\"small\">").append(labels.getString("status." + cell.status().id()));
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

    private static void duplicates(StringBuilder html, ResourceBundle labels, Analysis analysis) {
        List<Duplicate> shown = analysis.duplicates().duplicates().stream().filter(d -> !d.stock())
                .limit(DUPLICATES_LISTED).toList();
        if (shown.isEmpty()) {
            return;
        }
        html.append("<h2>").append(labels.getString("h.duplicates")).append("</h2>\n<table>\n<tr>");
        for (String key : List.of("col.length", "col.kind", "col.where", "col.passage")) {
            html.append("<th>").append(labels.getString(key)).append("</th>");
        }
        html.append("</tr>\n");
        Places places = Places.of(analysis.reports());
        for (Duplicate d : shown) {
            html.append("<tr><td>").append(d.length()).append("</td><td>").append(labels.getString(d.near() ? "dup.near" : "dup.exact"))
                    .append("</td><td>");
            for (Occurrence o : d.occurrences()) {
                html.append(escape(places.of(o))).append("<br>");
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
