package org.reportlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.report.Report;
import org.reportlens.session.Changes;
import org.reportlens.session.ColumnRegrouping;
import org.reportlens.session.Folding;
import org.reportlens.session.Following;
import org.reportlens.session.Notice;
import org.reportlens.session.RowPlaces;
import org.reportlens.session.ScrollMap;
import org.reportlens.session.ScrollSync;
import org.reportlens.session.ShownAnalysis;
import org.reportlens.session.ShownText;
import org.reportlens.session.Zoom;

/**
 * The reports side by side. Scrolling a column moves the others to their level places
 * ({@link org.reportlens.session.ScrollMap}), line by line; which column leads is {@link ScrollSync}'s
 * call, when the others follow {@link Following}'s. With only the changes shown, unchanged text is
 * folded in every column ({@link Folding}).
 * Every jump — next change, next duplicate, find, the ruler, a change chosen in the changes pane, a
 * place shown from another tab ({@link #reveal}) — places all columns at once, level
 * ({@link ScrollSync#jump}). F7 walks the changes the changes pane lets through. Bands in the gutters
 * between the columns join the sections aligned with each other ({@link ConnectorGutters}).
 */
final class CompareView extends StackPane {
    private final SplitPane split = new SplitPane();
    private final ConnectorGutters gutters = new ConnectorGutters(() -> this.shown, () -> this.columns,
            this::followAfterLayout);
    private final Messages messages;
    private final ReportDescriptions descriptions;
    private final HoverText hoverText;
    private final Consumer<Notice> status;
    private final Consumer<Optional<Notice>> hint;
    private final Changes changes;
    private final TextMenu textMenu;
    private final List<ColumnView> columns = new ArrayList<>();
    private final ScrollSync sync = new ScrollSync();
    private final Following following = new Following(sync);
    private final ColumnRegrouping regrouping = new ColumnRegrouping();
    private ShownAnalysis shown = ShownAnalysis.NOTHING;
    private ColumnView focused;
    private Zoom zoom = Zoom.ACTUAL_SIZE;
    private final Jumps jumps;
    /** Only the changes shown, unchanged text folded: the View menu and the changes pane switch it. */
    private final BooleanProperty onlyChanges = new SimpleBooleanProperty(false);
    /** The folds of the columns while only the changes are shown; null otherwise. */
    private Folding folding;

    CompareView(Messages messages, ReportDescriptions descriptions, Consumer<Notice> status,
                Consumer<Optional<Notice>> hint, Changes changes, TextMenu textMenu) {
        this.textMenu = textMenu;
        this.messages = messages;
        this.descriptions = descriptions;
        this.hoverText = new HoverText(messages, descriptions);
        this.status = status;
        this.hint = hint;
        this.changes = changes;
        this.jumps = new Jumps(this, changes, status);
        onlyChanges.addListener((o, was, now) -> show(shown));
        split.setOrientation(Orientation.HORIZONTAL);
        getChildren().setAll(split, gutters); // the gutters over the columns, drawing after each layout pass
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

    /**
     * Shows the columns with their marks. A report that stays keeps its scroll position, whichever
     * column it moves to; one shown anew is levelled with the others once its analysis is there
     * ({@link ColumnRegrouping}).
     */
    void show(ShownAnalysis view) {
        this.shown = view;
        List<Report> reports = view.columns();
        List<ColumnRegrouping.Shown> before = columns.stream().filter(c -> c.report() != null)
                .map(c -> new ColumnRegrouping.Shown(c.report(), c.topOffset())).toList();
        int count = columns.size();
        while (columns.size() > reports.size()) {
            columns.remove(columns.size() - 1);
        }
        while (columns.size() < reports.size()) {
            columns.add(newColumn(columns.size()));
        }
        sync.reset(columns.size());
        folding = onlyChanges.get() && view.analysed() ? new Folding(view) : null;
        for (int i = 0; i < reports.size(); i++) {
            columns.get(i).show(reports.get(i), view.marks(i), text(i));
            columns.get(i).zoom(zoom.fontSize());
            columns.get(i).makeRoomForBands(i > 0);
        }
        if (count != columns.size()) {
            split.getItems().setAll(columns);
            double[] dividers = new double[Math.max(0, columns.size() - 1)];
            for (int i = 0; i < dividers.length; i++) {
                dividers[i] = (i + 1.0) / columns.size();
            }
            split.setDividerPositions(dividers);
        }
        List<Integer> places = regrouping.places(reports, before, view.analysed() ? view.scrollMap() : ScrollMap.NONE);
        for (int i = 0; i < places.size(); i++) {
            if (places.get(i) >= 0) {
                columns.get(i).reveal(places.get(i));
            }
        }
        following.reset(places); // by lines, once laid out anew
        if (focused == null || !columns.contains(focused)) {
            focused = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (count == 0 && focused != null) {
                focused.area().requestFocus(); // the text has the keys from the start: Alt+↓ never opens a drop-down
            }
        }
    }

    /** What column {@code i} shows: its report's text, or with only the changes shown that text folded. */
    private ShownText text(int i) {
        String original = shown.columns().get(i).original();
        return folding == null ? ShownText.whole(original) : folding.text(i, n -> messages.format("fold.stub", n));
    }

    /** Whether only the changes are shown — unchanged text folded in every column; each column keeps its place when it switches. */
    BooleanProperty onlyChanges() {
        return onlyChanges;
    }

    /** Opens a fold of a column, and those of the other columns holding the same unchanged text. */
    void openFold(int column, ShownText.Fold fold) {
        if (folding != null) {
            folding.open(column, fold);
            refold();
        }
    }

    /** Opens the folds that hide any of these places, so that a jump can show them. */
    void unfold(List<ShownAnalysis.Place> places) {
        boolean opened = false;
        for (ShownAnalysis.Place p : places) {
            if (folding != null && p.column() < columns.size()) {
                Optional<ShownText.Fold> fold = columns.get(p.column()).shownText().foldOver(p.span());
                fold.ifPresent(f -> folding.open(p.column(), f));
                opened |= fold.isPresent();
            }
        }
        if (opened) {
            refold();
        }
    }

    private void refold() {
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).show(shown.columns().get(i), shown.marks(i), text(i));
        }
    }

    private ColumnView newColumn(int index) {
        ColumnView column = new ColumnView(descriptions, new ColumnView.Events() {
            @Override
            public String hover(int offset) {
                return hoverText.of(shown.hover(index, offset));
            }

            @Override
            public void touchedByUser() {
                sync.touchedByUser(index);
            }

            @Override
            public void placedByProgram() {
                sync.placedByProgram(index);
            }

            @Override
            public void rulerJump(int offset) {
                jumps.rulerJump(index, offset);
            }

            @Override
            public void openFold(ShownText.Fold fold) {
                CompareView.this.openFold(index, fold);
            }
        });
        textMenu.attach(column);
        column.area().estimatedScrollYProperty().addListener((o, a, b) -> following.scrolled(index));
        column.area().focusedProperty().addListener((o, a, now) -> {
            if (now) {
                focused = column;
            }
        });
        column.area().addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isShortcutDown()) {
                shown.otherCopy(index, column.caret()).ifPresent(p -> jumps.reveal(List.of(p)));
            }
        });
        return column;
    }

    /** After a layout pass: the others follow the column the user scrolled ({@link Following}). */
    private void followAfterLayout() {
        following.afterLayout(c -> c < columns.size() && shown.analysed() ? columns.get(c).lineAtTop() : OptionalInt.empty(),
                shown.scrollMap(), (c, offset) -> columns.get(c).follow(offset));
    }

    /**
     * Scrolls every column to its section of the alignment row; a column without one to where it would stand, which
     * the status bar says (a tour took the unrelated section shown there for the row's).
     */
    void revealRow(AlignmentRow row) {
        RowPlaces.Places places = shown.rowPlaces(row);
        List<String> standIns = new ArrayList<>();
        for (int i = 0; i < columns.size() && i < places.tops().size(); i++) {
            if (places.tops().get(i) >= 0) {
                columns.get(i).reveal(places.tops().get(i));
            }
            if (places.standIn().get(i)) {
                standIns.add(ReportDescriptions.yearOrName(columns.get(i).report()));
            }
        }
        hint.accept(standIns.isEmpty() ? Optional.empty()
                : Optional.of(Notice.of("status.standIn", String.join(messages.get("list.separator"), standIns))));
    }

    void zoom(Zoom changed) {
        zoom = changed;
        columns.forEach(c -> c.zoom(zoom.fontSize()));
    }

    Zoom zoom() {
        return zoom;
    }

    /** The jumps — next change, duplicate, find, reveal — that place every column at once. */
    Jumps jumps() {
        return jumps;
    }

    ConnectorGutters gutters() {
        return gutters;
    }

    ScrollSync sync() {
        return sync;
    }

    /** Whether the others are still to follow a column the user scrolled (after the next layout pass). */
    boolean following() {
        return following.pending();
    }

    ShownAnalysis shown() {
        return shown;
    }

    /** Makes the column the one F7, F8 and find start from. */
    void focus(ColumnView column) {
        focused = column;
    }
}
