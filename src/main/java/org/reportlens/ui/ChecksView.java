package org.reportlens.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.session.CheckRow;
import org.reportlens.session.DraftChecks;

/** The checks tab: each later report checked as a draft against the one before (double-click or Enter shows the place). */
final class ChecksView extends TableView<CheckRow> {
    private Consumer<CheckRow> open = row -> { };

    ChecksView(Messages messages) {
        setId("checks-table");
        setPlaceholder(new Label(messages.get("check.empty")));
        getColumns().setAll(List.of(
                column(messages.get("check.kind"), 150, r -> messages.get(r.kindKey())),
                column(messages.get("check.where"), 260, CheckRow::where),
                column(messages.get("check.text"), 420, CheckRow::text),
                column(messages.get("check.expected"), 110, CheckRow::expected),
                column(messages.get("check.evidence"), 260, CheckRow::evidenceWhere)));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                open.accept(getSelectionModel().getSelectedItem());
            }
        });
        setRowFactory(t -> {
            TableRow<CheckRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    private static TableColumn<CheckRow, String> column(String title, double width,
                                                        java.util.function.Function<CheckRow, String> value) {
        TableColumn<CheckRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** What a double-click or Enter on a line does. */
    void setOnOpen(Consumer<CheckRow> action) {
        open = action;
    }

    void show(Analysis analysis) {
        getItems().setAll(DraftChecks.of(analysis));
    }
}
