package org.reportlens.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.Change;
import org.reportlens.core.compare.ChangeEnd;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.Occurrence;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.Target;
import org.reportlens.core.targets.TargetKind;
import org.reportlens.core.targets.TargetTable;

/**
 * The reports side by side. Scrolling one column scrolls the others so that aligned sections stay
 * level: the place at the top of the scrolled column is located in its aligned section, and each
 * other column shows the same fraction of its own section. Also: next/previous change and
 * duplicate, find across columns, zoom.
 */
final class CompareView extends SplitPane {
    static final double DEFAULT_FONT = 15;
    private final Messages messages;
    private final ReportDescriptions descriptions;
    private final List<ColumnView> columns = new ArrayList<>();
    private final Consumer<String> status;
    private Analysis analysis;
    /** The sections behind the alignment rows; the columns are the compared reports, in the same order. */
    private AlignedSections sections;
    private ColumnView focused;
    private boolean syncing;
    private double fontSize = DEFAULT_FONT;

    CompareView(Messages messages, ReportDescriptions descriptions, Consumer<String> status) {
        this.messages = messages;
        this.descriptions = descriptions;
        this.status = status;
        setOrientation(Orientation.HORIZONTAL);
        setId("compare-view");
    }

    List<ColumnView> columns() {
        return columns;
    }

    /** The column last focused (the newest when none was). */
    ColumnView focusedColumn() {
        return focused;
    }

    /** Shows these reports as columns with the analysis' highlights; a column keeps its scroll if its report stays. */
    void show(List<Report> reports, Analysis newAnalysis) {
        this.analysis = newAnalysis;
        this.sections = newAnalysis == null ? null : AlignedSections.of(newAnalysis);
        while (columns.size() > reports.size()) {
            columns.remove(columns.size() - 1);
        }
        while (columns.size() < reports.size()) {
            ColumnView column = new ColumnView(descriptions, this::describe);
            column.area().estimatedScrollYProperty().addListener((o, a, b) -> follow(column));
            column.area().focusedProperty().addListener((o, a, now) -> {
                if (now) {
                    focused = column;
                }
            });
            column.area().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.isShortcutDown()) {
                    jumpToOtherCopy(column, column.area().getCaretPosition());
                }
            });
            columns.add(column);
        }
        getItems().setAll(columns);
        for (int i = 0; i < reports.size(); i++) {
            columns.get(i).show(reports.get(i), analysis);
            columns.get(i).zoom(fontSize);
        }
        double[] dividers = new double[Math.max(0, columns.size() - 1)];
        for (int i = 0; i < dividers.length; i++) {
            dividers[i] = (i + 1.0) / columns.size();
        }
        setDividerPositions(dividers);
        if (focused == null || !columns.contains(focused)) {
            focused = columns.isEmpty() ? null : columns.get(columns.size() - 1);
        }
    }

    /** Scrolls every column to its section of the alignment row. */
    void revealRow(AlignmentRow row) {
        if (sections == null) {
            return;
        }
        syncing = true;
        try {
            for (int i = 0; i < columns.size(); i++) {
                OutlineNode node = sections.node(row, i);
                if (node != null) {
                    columns.get(i).reveal(node.start());
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void follow(ColumnView leader) {
        // a column the program just scrolled (to follow another) must not lead the others back
        if (syncing || analysis == null || columns.size() < 2 || leader.report() == null
                || leader.justMovedByProgram()) {
            return;
        }
        int leaderIndex = columns.indexOf(leader);
        int top = leader.topOffset();
        syncing = true;
        try {
            for (int j = 0; j < columns.size(); j++) {
                if (j != leaderIndex) {
                    Integer target = alignedOffset(leaderIndex, top, j);
                    if (target != null) {
                        columns.get(j).reveal(target);
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** The place in column {@code j} level with {@code offset} in column {@code i}: same fraction of the aligned section. */
    Integer alignedOffset(int i, int offset, int j) {
        OutlineNode bestI = null;
        OutlineNode bestJ = null;
        for (AlignmentRow row : analysis.comparison().alignment()) {
            OutlineNode ni = sections.node(row, i);
            OutlineNode nj = sections.node(row, j);
            if (ni == null || nj == null || offset < ni.start() || offset >= ni.end()) {
                continue;
            }
            if (bestI == null || ni.end() - ni.start() < bestI.end() - bestI.start()) {
                bestI = ni;
                bestJ = nj;
            }
        }
        if (bestI == null) {
            return null;
        }
        double fraction = (double) (offset - bestI.start()) / Math.max(1, bestI.end() - bestI.start());
        return bestJ.start() + (int) Math.round(fraction * (bestJ.end() - bestJ.start()));
    }

    /** Moves to the next (or previous) change in the focused column and shows its other side. */
    boolean nextChange(boolean forward) {
        if (focused == null || analysis == null) {
            return false;
        }
        Report report = focused.report();
        List<Change> changes = new ArrayList<>();
        for (PairComparison pair : analysis.comparison().pairs()) {
            for (Change c : pair.changes()) {
                if (side(c, report) != null) {
                    changes.add(c);
                }
            }
        }
        changes.sort(Comparator.comparingInt(c -> side(c, report).start()));
        int caret = focused.area().getSelection().getLength() > 0 ? focused.area().getSelection().getStart()
                : focused.area().getCaretPosition();
        Change next = null;
        for (Change c : changes) {
            int start = side(c, report).start();
            if (forward ? start > caret : start < caret) {
                next = c;
                if (forward) {
                    break;
                }
            }
        }
        if (next == null) {
            status.accept(messages.get(forward ? "status.noNextChange" : "status.noPreviousChange"));
            return false;
        }
        ChangeEnd own = side(next, report);
        ChangeEnd other = own == next.a() ? next.b() : next.a();
        ColumnView self = focused;
        syncing = true;
        try {
            self.select(own.start(), Math.max(own.end(), own.start()));
            for (ColumnView c : columns) {
                if (c != self && c.report() != null && c.report().id().equals(other.report())) {
                    c.select(other.start(), other.end());
                }
            }
        } finally {
            syncing = false;
        }
        focused = self;
        status.accept(messages.format("status.change", messages.get("change." + next.kind().id()),
                changes.indexOf(next) + 1, changes.size()));
        return true;
    }

    private static ChangeEnd side(Change c, Report report) {
        if (c.b().report().equals(report.id()) && (c.b().end() > c.b().start() || c.a().end() > c.a().start())) {
            return c.b();
        }
        if (c.a().report().equals(report.id())) {
            return c.a();
        }
        return null;
    }

    /** Moves to the next duplicated passage in the focused column. */
    boolean nextDuplicate() {
        if (focused == null || analysis == null) {
            return false;
        }
        int caret = focused.area().getSelection().getStart() + Math.max(1, focused.area().getSelection().getLength());
        List<TextMark> dups = focused.marks().stream().filter(m -> m.kind() == MarkKind.DUPLICATE)
                .sorted(Comparator.comparingInt(TextMark::start)).toList();
        for (TextMark m : dups) {
            if (m.start() >= caret) {
                focused.select(m.start(), m.end());
                return true;
            }
        }
        if (!dups.isEmpty()) {
            focused.select(dups.get(0).start(), dups.get(0).end());
            return true;
        }
        status.accept(messages.get("status.noDuplicates"));
        return false;
    }

    /** Selects the next place after the caret where {@code text} occurs, in every column; the number of columns with one. */
    int find(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int found = 0;
        syncing = true;
        try {
            for (ColumnView c : columns) {
                if (c.report() == null) {
                    continue;
                }
                String original = c.report().original();
                int from = c.area().getSelection().getLength() > 0 ? c.area().getSelection().getStart() + 1
                        : c.area().getCaretPosition();
                int at = original.indexOf(text, Math.min(from, original.length()));
                if (at < 0) {
                    at = original.indexOf(text);
                }
                if (at >= 0) {
                    c.select(at, at + text.length());
                    found++;
                }
            }
        } finally {
            syncing = false;
        }
        status.accept(found == 0 ? messages.format("status.notFound", text) : messages.format("status.found", text, found));
        return found;
    }

    void zoom(double factor) {
        fontSize = factor == 0 ? DEFAULT_FONT : Math.max(9, Math.min(36, fontSize * factor));
        columns.forEach(c -> c.zoom(fontSize));
    }

    double fontSize() {
        return fontSize;
    }

    /** Shows an occurrence in the column of its report, if that report is shown. */
    boolean reveal(Occurrence occurrence) {
        for (ColumnView c : columns) {
            if (c.report() != null && c.report().id().equals(occurrence.report())) {
                c.select(occurrence.start(), occurrence.end());
                return true;
            }
        }
        return false;
    }

    private void jumpToOtherCopy(ColumnView column, int offset) {
        Duplicate d = duplicateAt(column.report(), offset);
        if (d == null) {
            return;
        }
        List<Occurrence> occ = d.occurrences();
        int here = 0;
        for (int k = 0; k < occ.size(); k++) {
            Occurrence o = occ.get(k);
            if (o.report().equals(column.report().id()) && offset >= o.start() && offset < o.end()) {
                here = k;
            }
        }
        for (int step = 1; step < occ.size(); step++) {
            if (reveal(occ.get((here + step) % occ.size()))) {
                return;
            }
        }
    }

    private Duplicate duplicateAt(Report report, int offset) {
        if (analysis == null || report == null) {
            return null;
        }
        for (Duplicate d : analysis.duplicates().duplicates()) {
            for (Occurrence o : d.occurrences()) {
                if (!d.stock() && o.report().equals(report.id()) && offset >= o.start() && offset < o.end()) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The tooltip of a place: where else a duplicated passage stands, the same metric in other years. */
    String describe(Report report, int offset) {
        if (analysis == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        Duplicate d = duplicateAt(report, offset);
        if (d != null) {
            lines.add(messages.format(d.near() ? "tooltip.nearDuplicate" : "tooltip.duplicate", d.length()));
            for (Occurrence o : d.occurrences()) {
                if (!(o.report().equals(report.id()) && offset >= o.start() && offset < o.end())) {
                    lines.add("  " + messages.format("tooltip.alsoAt", name(o.report()), o.start()));
                }
            }
            lines.add(messages.get("tooltip.jump"));
        }
        for (Target t : analysis.targets().targets()) {
            if (t.report().equals(report.id()) && offset >= t.start() && offset < t.end()
                    && t.kind() != TargetKind.QUALITATIVE) {
                lines.add(messages.format("tooltip.target", messages.get("kind." + t.kind().id()), t.canonicalMetric(),
                        t.figure()));
                for (TargetTable.Row row : analysis.targets().table().rows()) {
                    if (row.metric().equals(t.canonicalMetric())) {
                        for (int i = 0; i < row.cells().size(); i++) {
                            TargetTable.Cell cell = row.cells().get(i);
                            TargetTable.Column col = analysis.targets().table().columns().get(i);
                            if (cell.target() != null) {
                                lines.add("  " + (col.year() == null ? "?" : col.year()) + "  " + cell.target().figure()
                                        + (cell.change() == null ? "" : "  (" + messages.get("change.target." + cell.change().id()) + ")"));
                            }
                        }
                    }
                }
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private String name(String reportId) {
        for (Report r : analysis.reports()) {
            if (r.id().equals(reportId)) {
                return descriptions.facts(r) + " · " + ReportDescriptions.fileName(r);
            }
        }
        return reportId;
    }
}
