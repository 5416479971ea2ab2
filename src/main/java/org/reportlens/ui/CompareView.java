package org.reportlens.ui;

import java.util.ArrayList;
import java.util.Collections;
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
import org.reportlens.session.ChangeEntry;
import org.reportlens.session.Changes;
import org.reportlens.session.Find;
import org.reportlens.session.Navigation;
import org.reportlens.session.Notice;
import org.reportlens.session.ScrollSync;
import org.reportlens.session.ShownAnalysis;
import org.reportlens.session.Zoom;

/**
 * The reports side by side. Scrolling a column moves the others to their level places
 * ({@link org.reportlens.session.ScrollMap}); which column leads is {@link ScrollSync}'s call.
 * Every jump — next change, next duplicate, find, the ruler, a change chosen in the changes pane, a
 * place shown from another tab ({@link #reveal}) — places all columns at once, level
 * ({@link ScrollSync#jump}). F7 walks the changes the changes pane lets through.
 */
final class CompareView extends SplitPane {
    private final ReportDescriptions descriptions;
    private final HoverText hoverText;
    private final Consumer<Notice> status;
    private final Changes changes;
    private final List<ColumnView> columns = new ArrayList<>();
    private final ScrollSync sync = new ScrollSync();
    /** The offset at the top of each column when its scroll position was last seen; a move within a paragraph moves no one. */
    private int[] tops = new int[0];
    private ShownAnalysis shown = ShownAnalysis.NOTHING;
    private ColumnView focused;
    private Zoom zoom = Zoom.ACTUAL_SIZE;

    CompareView(Messages messages, ReportDescriptions descriptions, Consumer<Notice> status, Changes changes) {
        this.descriptions = descriptions;
        this.hoverText = new HoverText(messages, descriptions);
        this.status = status;
        this.changes = changes;
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
            if (count == 0 && focused != null) {
                focused.area().requestFocus(); // the text has the keys from the start: Alt+↓ never opens a drop-down
            }
        }
    }

    private ColumnView newColumn(int index) {
        ColumnView column = new ColumnView(descriptions, offset -> hoverText.of(shown.hover(index, offset)),
                () -> sync.touchedByUser(index), () -> sync.placedByProgram(index), offset -> rulerJump(index, offset));
        column.area().estimatedScrollYProperty().addListener((o, a, b) -> scrolled(index));
        column.area().focusedProperty().addListener((o, a, now) -> {
            if (now) {
                focused = column;
            }
        });
        column.area().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isShortcutDown()) {
                shown.otherCopy(index, column.caret()).ifPresent(p -> reveal(List.of(p)));
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

    /** Moves to the next (or previous) change the changes pane lets through, from the focused column, and shows it in every column. */
    boolean nextChange(boolean forward) {
        if (focused == null || !shown.analysed()) {
            return false;
        }
        ColumnView self = focused;
        int c = columns.indexOf(self);
        int from = self.selectionLength() > 0 ? self.selectionStart() : self.caret();
        ChangeEntry current = changes.current().get();
        boolean stillThere = current != null && current.place(c) != null && current.place(c).start() == self.selectionStart()
                && current.place(c).length() == self.selectionLength();
        Optional<Navigation.Jump> jump = shown.navigation().change(c, from, forward, changes::walked,
                stillThere ? current : null);
        if (jump.isEmpty()) {
            status.accept(Notice.of(forward ? "status.noNextChange" : "status.noPreviousChange"));
            return false;
        }
        showChange(jump.get().stop(), c);
        focused = self;
        status.accept(Notice.of("status.change", Notice.of("unit." + jump.get().stop().kind().id()), jump.get().number(),
                jump.get().total()));
        return true;
    }

    /** Shows a change in every column: its sides selected in their columns, the others level; {@code lead} leads. */
    void showChange(ChangeEntry entry, int lead) {
        if (!shown.changes().contains(entry)) {
            return;
        }
        int c = entry.place(lead) != null ? lead : entry.anchor().column();
        apply(sync.jump(c, entry.places(), entry.places(), shown.scrollMap()));
        changes.at(entry);
    }

    /** Moves to the next duplicated passage in the focused column; the others stay level. */
    boolean nextDuplicate() {
        if (focused == null || !shown.analysed()) {
            return false;
        }
        int c = columns.indexOf(focused);
        Optional<Span> next = shown.navigation().duplicate(c, focused.selectionStart() + Math.max(1, focused.selectionLength()));
        next.ifPresentOrElse(s -> reveal(List.of(new ShownAnalysis.Place(c, s))),
                () -> status.accept(Notice.of("status.noDuplicates")));
        return next.isPresent();
    }

    /**
     * Finds the next (or previous) place of {@code text} in the focused column and, in each other
     * column, the place nearest to the level one; the columns stay level. From the selection itself
     * when {@code here}, as "find in the other columns" wants.
     */
    Optional<Find.Found> find(String text, boolean forward, boolean here) {
        if (text == null || text.isEmpty() || focused == null) {
            return Optional.empty();
        }
        int c = columns.indexOf(focused);
        List<String> texts = columns.stream().map(col -> col.report().original()).toList();
        Optional<Find.Found> found = here ? Find.step(text, texts, c, 0, 0, focused.selectionStart(), true, shown.scrollMap())
                : Find.step(text, texts, c, focused.selectionStart(), focused.selectionLength(), focused.caret(), forward,
                shown.scrollMap());
        if (found.isEmpty()) {
            long elsewhere = texts.stream().filter(t -> t.contains(text)).count();
            status.accept(elsewhere == 0 ? Notice.of("status.notFound", text) : Notice.of("status.notInColumn", text, elsewhere));
            return found;
        }
        Find.Found f = found.get();
        List<Span> show = new ArrayList<>(Collections.nCopies(columns.size(), (Span) null));
        show.set(c, f.found());
        ColumnView self = focused;
        apply(sync.jump(c, f.select(), show, shown.scrollMap()));
        focused = self;
        status.accept(Notice.of("status.found", text, f.number(), f.total(),
                f.counts().stream().mapToInt(Integer::intValue).sum() - f.total()));
        return found;
    }

    void zoom(Zoom changed) {
        zoom = changed;
        columns.forEach(c -> c.zoom(zoom.fontSize()));
    }

    Zoom zoom() {
        return zoom;
    }

    /**
     * Shows a place of a report — selected, near the top of its column — and keeps the other
     * columns level with it: what a double-click on a duplicate or a note, or a target, asks for.
     *
     * @return whether the report is in a column
     */
    boolean reveal(String reportId, Span span) {
        int c = shown.columnOf(reportId);
        if (c < 0 || c >= columns.size()) {
            return false;
        }
        reveal(List.of(new ShownAnalysis.Place(c, span)));
        return true;
    }

    /**
     * Shows places at once: in each column the last place given for it is selected and shown, the
     * columns without one are kept level with the first place's. Nothing happens without a place in
     * a column.
     */
    void reveal(List<ShownAnalysis.Place> places) {
        List<Span> own = new ArrayList<>(Collections.nCopies(columns.size(), (Span) null));
        int lead = -1;
        for (ShownAnalysis.Place p : places) {
            if (p.column() >= 0 && p.column() < columns.size()) {
                own.set(p.column(), p.span());
                lead = lead < 0 ? p.column() : lead;
            }
        }
        if (lead >= 0) {
            apply(sync.jump(lead, own, own, shown.scrollMap()));
        }
    }

    /** A click on a column's ruler: that column shows the offset, the others their level places. */
    private void rulerJump(int index, int offset) {
        List<Span> show = new ArrayList<>(Collections.nCopies(columns.size(), (Span) null));
        show.set(index, new Span(offset, offset));
        apply(sync.jump(index, List.of(), show, shown.scrollMap()));
    }

    private void apply(List<ScrollSync.Placement> placements) {
        for (ScrollSync.Placement p : placements) {
            ColumnView column = columns.get(p.column());
            if (p.select() != null) {
                column.selectOnly(p.select().start(), p.select().end());
            }
            if (p.offset() >= 0) {
                column.showNear(p.offset());
            }
        }
    }
}
