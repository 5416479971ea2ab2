package org.reportlens.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.reportlens.core.report.Report;

/** A loaded report in the list: title, then government and years, then the file name. */
final class ReportListCell extends ListCell<Report> {
    private final ReportDescriptions descriptions;
    private final Label title = new Label();
    private final Label facts = new Label();
    private final Label file = new Label();
    private final VBox box = new VBox(2, title, facts, file);

    ReportListCell(ReportDescriptions descriptions) {
        this.descriptions = descriptions;
        title.getStyleClass().add("report-title");
        facts.getStyleClass().add("report-facts");
        file.getStyleClass().add("report-file");
        title.setWrapText(true);
        facts.setWrapText(true);
        box.setFillWidth(true);
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
        title.setText(descriptions.title(report));
        facts.setText(descriptions.facts(report));
        file.setText(report.id() + " · " + ReportDescriptions.fileName(report) + " · " + report.encoding());
        setGraphic(box);
    }
}
