package org.reportlens.ui;

import java.util.function.BiConsumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reportlens.core.report.Report;

/**
 * A loaded report in the list: a box to show it as a column, its title, then government and
 * years, then the file name.
 */
final class ReportListCell extends ListCell<Report> {
    private final ReportDescriptions descriptions;
    private final java.util.function.Predicate<Report> shown;
    private final CheckBox column = new CheckBox();
    private final Label title = new Label();
    private final Label facts = new Label();
    private final Label file = new Label();
    private final HBox box;

    ReportListCell(ReportDescriptions descriptions, java.util.function.Predicate<Report> shown,
                   BiConsumer<Report, Boolean> toggle) {
        this.descriptions = descriptions;
        this.shown = shown;
        title.getStyleClass().add("report-title");
        facts.getStyleClass().add("report-facts");
        file.getStyleClass().add("report-file");
        title.setWrapText(true);
        facts.setWrapText(true);
        VBox text = new VBox(2, title, facts, file);
        text.setFillWidth(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(6, column, text);
        column.getStyleClass().add("column-box");
        column.setOnAction(e -> {
            if (getItem() != null) {
                toggle.accept(getItem(), column.isSelected());
            }
        });
        // A zero preferred width lets the cell follow the list's width, so long titles wrap.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Report report, boolean empty) {
        super.updateItem(report, empty);
        if (empty || report == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        column.setSelected(shown.test(report));
        title.setText(descriptions.title(report));
        facts.setText(descriptions.facts(report));
        file.setText(report.id() + " · " + ReportDescriptions.fileName(report) + " · " + report.encoding());
        setGraphic(box);
    }
}
