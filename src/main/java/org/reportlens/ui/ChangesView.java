package org.reportlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.session.ChangeEntry;
import org.reportlens.session.ChangeFilter;
import org.reportlens.session.Changes;

/**
 * The changes pane, as Word's revisions pane: every change with its section, kind and a short
 * before → after, filtered by kind, section and whether reviewed, grouped by section with the
 * section's counts. A click shows the change in every column; ✓ marks it reviewed. What it lists
 * and marks is {@link Changes}' business.
 */
final class ChangesView extends VBox {
    private final Messages messages;
    private final Changes changes;
    private final ListView<Changes.Row> list = new ListView<>();
    private final ComboBox<OutlineNode> section = new ComboBox<>();
    private final Label shownCount = new Label();
    private boolean following;

    /**
     * @param show        shows a change in every column
     * @param onlyChanges whether unchanged text is folded in the columns
     */
    ChangesView(Messages messages, Changes changes, Consumer<ChangeEntry> show, BooleanProperty onlyChanges) {
        this.messages = messages;
        this.changes = changes;
        setId("changes-pane");
        getStyleClass().add("changes-pane");
        MenuButton kinds = new MenuButton(messages.get("changes.kinds"));
        kinds.setId("changes-kinds");
        for (UnitKind k : ChangeFilter.KINDS) {
            CheckMenuItem item = new CheckMenuItem(messages.get("unit." + k.id()));
            item.setId("changes-kind-" + k.id());
            item.setSelected(changes.filter().get().kinds().contains(k));
            item.setOnAction(e -> changes.filter(changes.filter().get().withKind(k, item.isSelected())));
            kinds.getItems().add(item);
        }
        section.setId("changes-section");
        section.setMaxWidth(Double.MAX_VALUE);
        section.setButtonCell(new SectionCell());
        section.setCellFactory(v -> new SectionCell());
        section.setOnAction(e -> {
            if (!following) {
                changes.filter(changes.filter().get().withSection(section.getValue()));
            }
        });
        CheckBox hideReviewed = new CheckBox(messages.get("changes.hideReviewed"));
        hideReviewed.setId("changes-hide-reviewed");
        hideReviewed.setOnAction(e -> changes.filter(changes.filter().get().withHideReviewed(hideReviewed.isSelected())));
        CheckBox folded = new CheckBox(messages.get("changes.onlyChanges"));
        folded.setId("changes-only-changes");
        folded.selectedProperty().bindBidirectional(onlyChanges);
        FlowPane filters = new FlowPane(6, 4, kinds, hideReviewed, folded, shownCount);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, filters, section);
        top.setPadding(new Insets(4, 6, 4, 6));
        top.getStyleClass().add("changes-filters");
        list.setId("changes-list");
        list.setPlaceholder(new Label(messages.get("changes.empty")));
        list.setCellFactory(v -> {
            // as wide as the list, never wider: a long summary is cut with "…" (its tooltip has it whole), no sideways scrolling
            RowCell cell = new RowCell();
            cell.prefWidthProperty().bind(list.widthProperty().subtract(24)); // the vertical scroll bar beside it
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            return cell;
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!following && row != null && !row.heading()) {
                show.accept(row.entry());
            }
        });
        list.setOnKeyPressed(e -> {
            Changes.Row row = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && row != null && !row.heading()) {
                changes.toggleReviewed(row.entry());
                e.consume();
            }
        });
        getChildren().setAll(top, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        Fx.show(changes.rows(), this::showRows);
        Fx.show(changes.current(), this::follow);
        Fx.show(changes.inView(), heading -> {
            int at = heading == null ? -1 : list.getItems().indexOf(heading);
            if (at >= 0) {
                list.scrollTo(at); // in view, not chosen: the change the user is at stays the one selected
            }
        });
    }

    private void showRows(List<Changes.Row> rows) {
        following = true;
        try {
            list.getItems().setAll(rows);
            List<OutlineNode> sections = new ArrayList<>();
            sections.add(null);
            sections.addAll(changes.sectionChoices());
            OutlineNode chosen = changes.filter().get().section();
            section.getItems().setAll(sections);
            section.setValue(sections.contains(chosen) ? chosen : null);
            long shown = rows.stream().filter(r -> !r.heading()).count();
            shownCount.setText(messages.format("changes.count", shown));
        } finally {
            following = false;
        }
        follow(changes.current().get());
    }

    /** The change the user is at is the one selected, in view. */
    private void follow(ChangeEntry current) {
        following = true;
        try {
            int at = -1;
            for (int i = 0; i < list.getItems().size(); i++) {
                if (current != null && current.equals(list.getItems().get(i).entry())) {
                    at = i;
                }
            }
            if (at < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(at);
                list.scrollTo(Math.max(0, at - 2));
            }
        } finally {
            following = false;
        }
    }

    private String counts(Map<UnitKind, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (UnitKind k : ChangeFilter.KINDS) {
            Integer n = counts.get(k);
            if (n != null) {
                parts.add(messages.format("changes.kindCount", messages.get("unit." + k.id()), n));
            }
        }
        return String.join(" · ", parts);
    }

    private String sectionName(OutlineNode node) {
        if (node == null) {
            return messages.get("changes.beforeSections");
        }
        Report year = changes.reportOf(node);
        return (year == null ? "" : ReportDescriptions.yearOrName(year) + "  ") + ReportDescriptions.nodeLabel(node);
    }

    private final class SectionCell extends ListCell<OutlineNode> {
        @Override
        protected void updateItem(OutlineNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty) {
                setText(null);
                return;
            }
            if (node == null) {
                setText(messages.get("changes.allSections"));
                return;
            }
            Map<UnitKind, Integer> counts = changes.sections().getOrDefault(node, Map.of());
            setText(sectionName(node) + "  (" + counts.values().stream().mapToInt(Integer::intValue).sum() + ")");
        }
    }

    private final class RowCell extends ListCell<Changes.Row> {
        @Override
        protected void updateItem(Changes.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("changes-heading");
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            setText(null);
            if (row.heading()) {
                getStyleClass().add("changes-heading");
                Label title = new Label(sectionName(row.section()));
                title.getStyleClass().add("changes-section-title");
                title.setMinWidth(0);
                Label counts = new Label(counts(row.counts()));
                counts.getStyleClass().add("changes-section-counts");
                setGraphic(new VBox(title, counts));
                setTooltip(new WrappingTooltip(sectionName(row.section())));
                return;
            }
            ChangeEntry e = row.entry();
            Button reviewed = new Button(row.reviewed() ? "✓" : "○");
            reviewed.getStyleClass().add("changes-reviewed");
            reviewed.setTooltip(new WrappingTooltip(messages.get("changes.toggleReviewed")));
            reviewed.setFocusTraversable(false);
            reviewed.setMinWidth(USE_PREF_SIZE); // its mark, never "…": a long summary gives way instead
            reviewed.setOnAction(a -> changes.toggleReviewed(e));
            Label kind = new Label(messages.get("unit." + e.kind().id()));
            kind.getStyleClass().addAll("unit-badge", "unit-badge-" + e.kind().id());
            kind.setMinWidth(USE_PREF_SIZE);
            Label summary = new Label(e.summary());
            summary.getStyleClass().add("changes-summary");
            summary.setMinWidth(0);
            HBox box = new HBox(6, reviewed, kind, summary);
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(summary, Priority.ALWAYS);
            setGraphic(box);
            setTooltip(new WrappingTooltip(e.detail()));
        }
    }
}
