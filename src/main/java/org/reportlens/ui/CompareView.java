package org.reportlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.Span;
import org.reportlens.session.Find;
import org.reportlens.session.Navigation;
import org.reportlens.session.Notice;
import org.reportlens.session.ScrollSync;
import org.reportlens.session.ShownAnalysis;
import org.reportlens.session.Zoom;

/**
 * The reports side by side. Scrolling a column moves the others to their level places
 * ({@link org.reportlens.session.ScrollMap}); which column leads is {@link ScrollSync}'s call. Next
 * and previous change and duplicate walk {@link Navigation}'s order; find, zoom and the jump to
 * another copy of a passage act on every column.
 */
final class CompareView extends SplitPane {
    private final Messages messages;
    private final ReportDescriptions descriptions;
    private final HoverText hoverText;
    private final Consumer<Notice> status;
    private final List<ColumnView> columns = new ArrayList<>();
    private final ScrollSync sync = new ScrollSync();
    /** The offset at the top of each column when its scroll position was last seen; a move within a paragraph moves no one. */
    private int[] tops = new int[0];
    private ShownAnalysis shown = ShownAnalysis.NOTHING;
    private ColumnView focused;
    private Zoom zoom = Zoom.ACTUAL_SIZE;

    CompareView(Messages messages, ReportDescriptions descriptions, Consumer<Notice> status) {
        this.messages = messages;
        this.descriptions = descriptions;
        this.hoverText = new HoverText(messages, descriptions);
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

    double fontSize() {
        return zoom.fontSize();
    }

    /** Shows the columns with their marks; a column keeps its scroll position if its report stays. */
    void show(ShownAnalysis view) {
        this.shown = view;
        List<Report> reports = view.columns();
        int[] before = new int[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            boolean stays = i < columns.size() && columns.get(i).report() != null
                    && columns.get(i).report().text() == reports.get(i).text();
            before[i] = stays ? columns.get(i).topOffset() : 0;
        }
        int count = columns.size();
        while (columns.size() > reports.size()) {
            columns.remove(columns.size() - 1);
        }
        while (columns.size() < reports.size()) {
            columns.add(newColumn(columns.size()));
        }
        tops = before;
        sync.reset(columns.size());
        for (int i = 0; i < reports.size(); i++) {
            columns.get(i).show(reports.get(i), view.marks(i));
            columns.get(i).zoom(zoom.fontSize());
        }
        if (count != columns.size()) {
            getItems().setAll(columns);
            double[] dividers = new double[Math.max(0, columns.size() - 1)];
            for (int i = 0; i < dividers.length; i++) {
                dividers[i] = (i + 1.0) / columns.size();
            }
            setDividerPositions(dividers);
        }
        if (focused == null || !columns.contains(focused)) {
            focused = columns.isEmpty() ? null : columns.get(columns.size() - 1);
        }
    }

    private ColumnView newColumn(int index) {
        ColumnView column = new ColumnView(descriptions, offset -> hoverText.of(shown.hover(index, offset)),
                () -> sync.touchedByUser(index), () -> sync.placedByProgram(index));
        column.area().estimatedScrollYProperty().addListener((o, a, b) -> scrolled(index));
        column.area().focusedProperty().addListener((o, a, now) -> {
            if (now) {
                focused = column;
            }
        });
        column.area().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isShortcutDown()) {
                shown.otherCopy(index, column.caret()).ifPresent(p -> select(p.column(), p.span()));
            }
        });
        return column;
    }

    /** A column's scroll position changed: if the user moved it, the others follow to their level places. */
    private void scrolled(int index) {
        if (index >= columns.size() || index >= tops.length) {
            return;
        }
        int top = columns.get(index).topOffset();
        if (top == tops[index]) {
            return;
        }
        tops[index] = top;
        if (shown.analysed() && columns.size() > 1) {
            sync.follow(index, top, shown.scrollMap()).forEach(m -> columns.get(m.column()).reveal(m.offset()));
        }
    }

    /** Scrolls every column to its section of the alignment row. */
    void revealRow(AlignmentRow row) {
        if (!shown.analysed()) {
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            OutlineNode node = shown.sections().node(row, i);
            if (node != null) {
                columns.get(i).reveal(node.start());
            }
        }
    }

    /** Moves to the next (or previous) change in the focused column and shows its other side. */
    boolean nextChange(boolean forward) {
        if (focused == null || !shown.analysed()) {
            return false;
        }
        ColumnView self = focused;
        int c = columns.indexOf(self);
        int from = self.selectionLength() > 0 ? self.selectionStart() : self.caret();
        Optional<Navigation.Jump> jump = shown.navigation().change(c, from, forward);
        if (jump.isEmpty()) {
            status.accept(Notice.of(forward ? "status.noNextChange" : "status.noPreviousChange"));
            return false;
        }
        Navigation.Stop stop = jump.get().stop();
        select(c, stop.place(c));
        for (int k = 0; k < columns.size(); k++) {
            if (k != c && stop.place(k) != null) {
                select(k, stop.place(k));
            }
        }
        focused = self;
        status.accept(Notice.of("status.change", Notice.of("change." + stop.kind().id()), jump.get().number(),
                jump.get().total()));
        return true;
    }

    /** Moves to the next duplicated passage in the focused column. */
    boolean nextDuplicate() {
        if (focused == null || !shown.analysed()) {
            return false;
        }
        int c = columns.indexOf(focused);
        Optional<Span> next = shown.navigation().duplicate(c, focused.selectionStart() + Math.max(1, focused.selectionLength()));
        next.ifPresentOrElse(s -> select(c, s), () -> status.accept(Notice.of("status.noDuplicates")));
        return next.isPresent();
    }

    /** Selects the next place after the caret where {@code text} occurs, in every column; the number of columns with one. */
    int find(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (int c = 0; c < columns.size(); c++) {
            ColumnView column = columns.get(c);
            Optional<Span> at = Find.next(text, column.report().original(),
                    Find.from(column.selectionStart(), column.selectionLength(), column.caret()));
            if (at.isPresent()) {
                select(c, at.get());
                found++;
            }
        }
        status.accept(found == 0 ? Notice.of("status.notFound", text) : Notice.of("status.found", text, found));
        return found;
    }

    void zoom(Zoom changed) {
        zoom = changed;
        columns.forEach(c -> c.zoom(zoom.fontSize()));
    }

    Zoom zoom() {
        return zoom;
    }

    /** Shows a span of a report in its column, if that report is shown. */
    boolean reveal(String reportId, Span span) {
        int c = shown.columnOf(reportId);
        if (c >= 0 && c < columns.size()) {
            select(c, span);
        }
        return c >= 0;
    }

    private void select(int column, Span span) {
        columns.get(column).select(span.start(), span.end());
    }
}
