package org.reportlens.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.reportlens.core.text.Span;
import org.reportlens.session.ChangeEntry;
import org.reportlens.session.Changes;
import org.reportlens.session.Find;
import org.reportlens.session.Navigation;
import org.reportlens.session.Notice;
import org.reportlens.session.ScrollSync;
import org.reportlens.session.ShownAnalysis;

/**
 * Every jump in the columns — next change (F7, the changes pane), next duplicate (F8), find, the
 * ruler, a place shown from another tab ({@link #reveal}) — places all columns at once, level
 * ({@link ScrollSync#jump}). F7 walks the changes the changes pane lets through.
 */
final class Jumps {
    private final CompareView view;
    private final Changes changes;
    private final Consumer<Notice> status;

    Jumps(CompareView view, Changes changes, Consumer<Notice> status) {
        this.view = view;
        this.changes = changes;
        this.status = status;
    }

    /** Moves to the next (or previous) change the changes pane lets through, from the focused column, and shows it in every column. */
    boolean nextChange(boolean forward) {
        ColumnView self = view.focusedColumn();
        ShownAnalysis shown = view.shown();
        if (self == null || !shown.analysed()) {
            return false;
        }
        int c = view.columns().indexOf(self);
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
        view.focus(self);
        status.accept(Notice.of("status.change", Notice.of("unit." + jump.get().stop().kind().id()), jump.get().number(),
                jump.get().total()));
        return true;
    }

    /** Shows a change in every column: its sides selected in their columns, the others level; {@code lead} leads where it can. */
    void showChange(ChangeEntry entry, int lead) {
        ShownAnalysis shown = view.shown();
        if (!shown.changes().contains(entry)) {
            return;
        }
        int c = entry.place(lead) != null ? lead : entry.anchor().column();
        apply(view.sync().jump(c, entry.places(), entry.places(), shown.scrollMap()));
        changes.at(entry);
    }

    /** Moves to the next (or previous) duplicated passage in the focused column; the others stay level. */
    boolean nextDuplicate(boolean forward) {
        ColumnView self = view.focusedColumn();
        if (self == null || !view.shown().analysed()) {
            return false;
        }
        int c = view.columns().indexOf(self);
        Navigation navigation = view.shown().navigation();
        Optional<Span> next = forward ? navigation.duplicate(c, self.selectionStart() + Math.max(1, self.selectionLength()))
                : navigation.previousDuplicate(c, self.selectionStart());
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
        ColumnView self = view.focusedColumn();
        if (text == null || text.isEmpty() || self == null) {
            return Optional.empty();
        }
        ShownAnalysis shown = view.shown();
        List<ColumnView> columns = view.columns();
        int c = columns.indexOf(self);
        List<String> texts = columns.stream().map(col -> col.report().original()).toList();
        Optional<Find.Found> found = here ? Find.step(text, texts, c, 0, 0, self.selectionStart(), true, shown.scrollMap())
                : Find.step(text, texts, c, self.selectionStart(), self.selectionLength(), self.caret(), forward,
                shown.scrollMap());
        if (found.isEmpty()) {
            long elsewhere = texts.stream().filter(t -> t.contains(text)).count();
            status.accept(elsewhere == 0 ? Notice.of("status.notFound", text) : Notice.of("status.notInColumn", text, elsewhere));
            return found;
        }
        Find.Found f = found.get();
        List<Span> show = new ArrayList<>(Collections.nCopies(columns.size(), (Span) null));
        show.set(c, f.found());
        apply(view.sync().jump(c, f.select(), show, shown.scrollMap()));
        view.focus(self);
        status.accept(Notice.of("status.found", text, f.number(), f.total(),
                f.counts().stream().mapToInt(Integer::intValue).sum() - f.total()));
        return found;
    }

    /**
     * Shows a place of a report — selected, near the top of its column — and keeps the other
     * columns level with it: the one entry point for a double-click on a duplicate, a note or a
     * target in another tab.
     *
     * @return whether the report is in a column
     */
    boolean reveal(String reportId, Span span) {
        int c = view.shown().columnOf(reportId);
        if (c < 0 || c >= view.columns().size()) {
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
        int n = view.columns().size();
        List<Span> own = new ArrayList<>(Collections.nCopies(n, (Span) null));
        int lead = -1;
        for (ShownAnalysis.Place p : places) {
            if (p.column() >= 0 && p.column() < n) {
                own.set(p.column(), p.span());
                lead = lead < 0 ? p.column() : lead;
            }
        }
        if (lead >= 0) {
            apply(view.sync().jump(lead, own, own, view.shown().scrollMap()));
        }
    }

    /** A click on a column's ruler: that column shows the offset, the others their level places. */
    void rulerJump(int index, int offset) {
        List<Span> show = new ArrayList<>(Collections.nCopies(view.columns().size(), (Span) null));
        show.set(index, new Span(offset, offset));
        apply(view.sync().jump(index, List.of(), show, view.shown().scrollMap()));
    }

    private void apply(List<ScrollSync.Placement> placements) {
        view.unfold(placements.stream().filter(p -> p.select() != null)
                .map(p -> new ShownAnalysis.Place(p.column(), p.select())).toList());
        for (ScrollSync.Placement p : placements) {
            ColumnView column = view.columns().get(p.column());
            if (p.select() != null) {
                column.selectOnly(p.select().start(), p.select().end());
            }
            if (p.offset() >= 0) {
                column.showNear(p.offset());
            }
        }
    }
}
