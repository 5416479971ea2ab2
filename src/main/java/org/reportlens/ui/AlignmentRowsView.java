package org.reportlens.ui;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.session.ShownAnalysis;

/**
 * The alignment rows: each section's title in each shown year, the similarity, and a badge when
 * a section is new or dropped. Selecting a row scrolls every column to it.
 */
final class AlignmentRowsView extends ListView<AlignmentRow> {
    private final Messages messages;
    private AlignedSections sections;

    AlignmentRowsView(Messages messages, Consumer<AlignmentRow> onSelect) {
        this.messages = messages;
        setId("alignment-rows");
        setPlaceholder(new Label(messages.get("alignment.empty")));
        setCellFactory(list -> new RowCell());
        getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                onSelect.accept(row);
            }
        });
    }

    void show(ShownAnalysis shown) {
        sections = shown.sections();
        getItems().setAll(shown.outlineRows());
    }

    private final class RowCell extends ListCell<AlignmentRow> {
        @Override
        protected void updateItem(AlignmentRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            VBox titles = new VBox(1);
            String first = null;
            for (int i = 0; i < sections.reports().size(); i++) {
                OutlineNode n = sections.node(row, i);
                Label title = new Label(n == null ? "—" : ReportDescriptions.nodeLabel(n));
                title.getStyleClass().add(n == null ? "row-missing" : "row-title");
                titles.getChildren().add(title);
                if (first == null && n != null) {
                    first = ReportDescriptions.nodeLabel(n);
                }
            }
            HBox.setHgrow(titles, Priority.ALWAYS);
            titles.setPadding(new javafx.geometry.Insets(0, 0, 0, (row.level() - 1) * 12));
            Label badge = new Label();
            badge.getStyleClass().add("row-badge");
            int present = row.present();
            if (present == row.sections().size()) {
                badge.setText(Math.round(row.similarity() * 100) + "%");
            } else if (row.sections().get(row.sections().size() - 1) != null) {
                badge.setText(messages.get("alignment.new"));
                badge.getStyleClass().add("row-badge-new");
            } else {
                badge.setText(messages.get("alignment.dropped"));
                badge.getStyleClass().add("row-badge-dropped");
            }
            HBox box = new HBox(6, titles, badge);
            setText(null);
            setGraphic(box);
            setAccessibleText(first);
        }
    }
}
