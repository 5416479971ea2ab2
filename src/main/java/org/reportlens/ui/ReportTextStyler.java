package org.reportlens.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.compare.Change;
import org.reportlens.core.compare.ChangeEnd;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.Occurrence;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.Target;
import org.reportlens.core.targets.TargetChange;
import org.reportlens.core.targets.TargetKind;
import org.reportlens.core.targets.TargetTable;

/**
 * Turns a report and its analysis into marks (headings, page furniture, changes, duplicates,
 * targets) and the marks into RichTextFX style spans: plain functions, testable without a window,
 * applied with one {@code setStyleSpans} call. Overlapping marks combine their style classes.
 */
final class ReportTextStyler {

    private ReportTextStyler() {
    }

    static StyleSpans<Collection<String>> style(Report report) {
        return spans(structure(report), report.original().length());
    }

    /** Headings, leads and page furniture. */
    static List<TextMark> structure(Report report) {
        List<TextMark> marks = new ArrayList<>();
        report.text().furniture().forEach(s -> marks.add(new TextMark(s.start(), s.end(), StyleClasses.FURNITURE)));
        collect(report.outline(), marks);
        return marks;
    }

    /** This report's side of every change in the analysis. */
    static List<TextMark> changes(Report report, Analysis analysis) {
        List<TextMark> marks = new ArrayList<>();
        for (PairComparison pair : analysis.comparison().pairs()) {
            for (Change c : pair.changes()) {
                addChange(marks, report, c, c.a());
                addChange(marks, report, c, c.b());
            }
        }
        return marks;
    }

    private static void addChange(List<TextMark> marks, Report report, Change c, ChangeEnd end) {
        if (!end.report().equals(report.id()) || end.end() <= end.start()) {
            return;
        }
        String styleClass = switch (c.kind()) {
            case INSERT -> StyleClasses.INSERT;
            case DELETE -> StyleClasses.DELETE;
            case REPLACE -> StyleClasses.REPLACE;
            case MOVE -> StyleClasses.MOVE;
        };
        marks.add(new TextMark(end.start(), end.end(), styleClass));
    }

    /** Occurrences in this report of duplicates that are not stock phrases. */
    static List<TextMark> duplicates(Report report, Analysis analysis) {
        List<TextMark> marks = new ArrayList<>();
        for (Duplicate d : analysis.duplicates().duplicates()) {
            if (d.stock()) {
                continue;
            }
            for (Occurrence o : d.occurrences()) {
                if (o.report().equals(report.id())) {
                    marks.add(new TextMark(o.start(), o.end(), StyleClasses.DUPLICATE));
                }
            }
        }
        return marks;
    }

    /** Figures of this report; main targets that changed against the year before stand out. */
    static List<TextMark> targets(Report report, Analysis analysis) {
        Set<Target> changed = new HashSet<>();
        for (TargetTable.Row row : analysis.targets().table().rows()) {
            for (TargetTable.Cell cell : row.cells()) {
                if (cell.target() != null && cell.change() != null && cell.change() != TargetChange.SAME
                        && cell.change() != TargetChange.FIRST) {
                    changed.add(cell.target());
                }
            }
        }
        List<TextMark> marks = new ArrayList<>();
        for (Target t : analysis.targets().targets()) {
            if (t.report().equals(report.id()) && t.kind() != TargetKind.QUALITATIVE) {
                marks.add(new TextMark(t.start(), t.end(),
                        changed.contains(t) ? StyleClasses.TARGET_CHANGED : StyleClasses.TARGET));
            }
        }
        return marks;
    }

    /** All marks of a report, for highlighting it in a column. */
    static List<TextMark> all(Report report, Analysis analysis) {
        List<TextMark> marks = new ArrayList<>(structure(report));
        if (analysis != null) {
            marks.addAll(changes(report, analysis));
            marks.addAll(duplicates(report, analysis));
            marks.addAll(targets(report, analysis));
        }
        return marks;
    }

    /** Style spans covering {@code [0, length)}; where marks overlap, the span carries all their classes. */
    static StyleSpans<Collection<String>> spans(List<TextMark> marks, int length) {
        TreeMap<Integer, List<String[]>> events = new TreeMap<>(); // offset -> {+/-, class}
        for (TextMark m : marks) {
            int start = Math.max(0, Math.min(m.start(), length));
            int end = Math.max(0, Math.min(m.end(), length));
            if (end > start) {
                events.computeIfAbsent(start, k -> new ArrayList<>()).add(new String[] {"+", m.styleClass()});
                events.computeIfAbsent(end, k -> new ArrayList<>()).add(new String[] {"-", m.styleClass()});
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        java.util.Map<String, Integer> active = new java.util.TreeMap<>();
        int at = 0;
        for (var e : events.entrySet()) {
            if (e.getKey() > at) {
                builder.add(classes(active), e.getKey() - at);
                at = e.getKey();
            }
            for (String[] change : e.getValue()) {
                active.merge(change[1], change[0].equals("+") ? 1 : -1, Integer::sum);
                active.remove(change[1], 0);
            }
        }
        builder.add(classes(active), length - at);
        return builder.create();
    }

    private static Collection<String> classes(java.util.Map<String, Integer> active) {
        return active.isEmpty() ? List.of(StyleClasses.PLAIN) : List.copyOf(active.keySet());
    }

    private static void collect(List<OutlineNode> nodes, List<TextMark> marks) {
        for (OutlineNode node : nodes) {
            String styleClass = node.lead() ? StyleClasses.LEAD
                    : node.level() == 1 ? StyleClasses.HEADING_PART : StyleClasses.HEADING;
            marks.add(new TextMark(node.start(), node.headingEnd(), styleClass));
            collect(node.children(), marks);
        }
    }
}
