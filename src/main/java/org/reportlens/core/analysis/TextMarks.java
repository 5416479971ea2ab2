package org.reportlens.core.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlens.core.compare.Change;
import org.reportlens.core.compare.ChangeEnd;
import org.reportlens.core.compare.DiffUnit;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.Occurrence;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.Target;
import org.reportlens.core.targets.TargetChange;
import org.reportlens.core.targets.TargetKind;
import org.reportlens.core.targets.TargetTable;

/**
 * What to mark in a report's text, from its outline and an analysis: headings, page furniture,
 * changes, duplicates, targets. The viewer styles these; the HTML export writes them.
 */
public final class TextMarks {
    private TextMarks() {
    }

    /** Headings (their Markdown marks apart), leads and page furniture. */
    public static List<TextMark> structure(Report report) {
        List<TextMark> marks = new ArrayList<>();
        report.text().furniture().forEach(s -> marks.add(new TextMark(s.start(), s.end(), MarkKind.FURNITURE)));
        collect(report.original(), report.outline(), marks);
        return marks;
    }

    /**
     * This report's side of every unit shown in the analysis: nothing for same units; a new or
     * dropped block whole ({@link MarkKind#NEW_BLOCK}, {@link MarkKind#DROPPED_BLOCK}); a moved unit
     * whole ({@link MarkKind#MOVE}) with the edits inside it; an edited unit's changes alone; routine
     * changes as {@link MarkKind#ROUTINE}, none when the options hide them.
     */
    public static List<TextMark> changes(Report report, Analysis analysis) {
        List<TextMark> marks = new ArrayList<>();
        for (PairComparison pair : analysis.comparison().pairs()) {
            for (DiffUnit unit : pair.units(analysis.options().hideRoutine())) {
                addUnit(marks, report, unit);
            }
        }
        return marks;
    }

    private static void addUnit(List<TextMark> marks, Report report, DiffUnit unit) {
        switch (unit.kind()) {
            case SAME -> { }
            case NEW -> add(marks, report, unit.b(), MarkKind.NEW_BLOCK);
            case DROPPED -> add(marks, report, unit.a(), MarkKind.DROPPED_BLOCK);
            case MOVED, EDITED, ROUTINE -> {
                if (unit.kind() == UnitKind.MOVED) {
                    add(marks, report, unit.a(), MarkKind.MOVE);
                    add(marks, report, unit.b(), MarkKind.MOVE);
                }
                for (Change c : unit.changes()) {
                    MarkKind kind = c.routine() ? MarkKind.ROUTINE : switch (c.kind()) {
                        case INSERT -> MarkKind.INSERT;
                        case DELETE -> MarkKind.DELETE;
                        case REPLACE, MOVE -> MarkKind.REPLACE;
                    };
                    add(marks, report, c.a(), kind);
                    add(marks, report, c.b(), kind);
                }
            }
        }
    }

    private static void add(List<TextMark> marks, Report report, ChangeEnd end, MarkKind kind) {
        if (end.report().equals(report.id()) && end.end() > end.start()) {
            marks.add(new TextMark(end.start(), end.end(), kind));
        }
    }

    /** Occurrences in this report of duplicates that are not stock phrases. */
    public static List<TextMark> duplicates(Report report, Analysis analysis) {
        List<TextMark> marks = new ArrayList<>();
        for (Duplicate d : analysis.duplicates().duplicates()) {
            if (d.stock()) {
                continue;
            }
            for (Occurrence o : d.occurrences()) {
                if (o.report().equals(report.id())) {
                    marks.add(new TextMark(o.start(), o.end(), MarkKind.DUPLICATE));
                }
            }
        }
        return marks;
    }

    /** Figures of this report; main targets that changed against the year before stand out. */
    public static List<TextMark> targets(Report report, Analysis analysis) {
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
                        changed.contains(t) ? MarkKind.TARGET_CHANGED : MarkKind.TARGET));
            }
        }
        return marks;
    }

    /** All marks of a report, for highlighting it in a column. */
    public static List<TextMark> all(Report report, Analysis analysis) {
        List<TextMark> marks = new ArrayList<>(structure(report));
        if (analysis != null) {
            marks.addAll(changes(report, analysis));
            marks.addAll(duplicates(report, analysis));
            marks.addAll(targets(report, analysis));
        }
        return marks;
    }

    private static void collect(String original, List<OutlineNode> nodes, List<TextMark> marks) {
        for (OutlineNode node : nodes) {
            MarkKind kind = node.lead() ? MarkKind.LEAD : node.level() == 1 ? MarkKind.HEADING_PART : MarkKind.HEADING;
            marks.add(new TextMark(node.start(), node.headingEnd(), kind));
            int title = node.start();
            while (title < node.headingEnd() && (original.charAt(title) == '#' || title > node.start()
                    && original.charAt(title) == ' ')) {
                title++;
            }
            if (title > node.start()) {
                marks.add(new TextMark(node.start(), title, MarkKind.MARKUP));
            }
            collect(original, node.children(), marks);
        }
    }
}
