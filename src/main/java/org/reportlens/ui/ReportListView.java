package org.reportlens.ui;

import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.reportlens.core.compare.Comparer;
import org.reportlens.core.report.Report;
import org.reportlens.session.Session;

/**
 * The loaded reports: tick 2–4 to compare them; right-click to correct a report's government and
 * year, move it, or remove it.
 */
final class ReportListView extends ListView<Report> {
    private final Messages messages;
    private final Session session;

    ReportListView(Messages messages, ReportDescriptions descriptions, Session session) {
        this.messages = messages;
        this.session = session;
        setId("report-list");
        setCellFactory(list -> new ReportListCell(descriptions,
                r -> session.columns().get().stream().anyMatch(c -> c.id().equals(r.id())), this::toggle));
        setPlaceholder(new Label(messages.get("reports.empty")));
        setContextMenu(menu());
        Fx.show(session.reports(), reports -> {
            // the same report stays selected when the list changes around it
            Report selected = getSelectionModel().getSelectedItem();
            getItems().setAll(reports);
            if (selected != null) {
                reports.stream().filter(r -> r.id().equals(selected.id())).findFirst()
                        .ifPresent(r -> getSelectionModel().select(r));
            }
        });
        session.columns().watch(columns -> refresh());
    }

    private void toggle(Report report, boolean show) {
        if (!session.toggleColumn(report, show)) {
            refresh(); // refused: the box goes back
        }
    }

    private ContextMenu menu() {
        MenuItem remove = new MenuItem(messages.get("reports.remove"));
        remove.setOnAction(e -> selected(session::remove));
        MenuItem up = new MenuItem(messages.get("reports.moveUp"));
        up.setOnAction(e -> selected(r -> session.move(r, -1)));
        MenuItem down = new MenuItem(messages.get("reports.moveDown"));
        down.setOnAction(e -> selected(r -> session.move(r, 1)));
        MenuItem correct = new MenuItem(messages.get("reports.correct"));
        correct.setOnAction(e -> selected(this::correct));
        return new ContextMenu(correct, new SeparatorMenuItem(), up, down, new SeparatorMenuItem(), remove);
    }

    private void selected(Consumer<Report> action) {
        Report r = getSelectionModel().getSelectedItem();
        if (r != null) {
            action.accept(r);
        }
    }

    /** Asks for the government and the year; what the user leaves as detected is no correction. */
    private void correct(Report report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("reports.correct"));
        TextField government = new TextField(report.metadata().government() == null ? "" : report.metadata().government());
        Integer known = Comparer.yearOf(report);
        TextField year = new TextField(known == null ? "" : String.valueOf(known));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("reports.government")), government);
        grid.addRow(1, new Label(messages.get("reports.planYear")), year);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .ifPresent(b -> session.correct(report, government.getText(), year.getText()));
    }
}
