package org.reportlens.ui;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.targets.TargetChange;
import org.reportlens.core.targets.TargetTable;

/**
 * The targets tab: metric × report with each change coloured and a qualifier change flagged,
 * target against achieved; below, the selected metric across the years as a line.
 */
final class TargetsView extends SplitPane {
    private final Messages messages;
    private final TableView<TargetTable.Row> table = new TableView<>();
    private final LineChart<Number, Number> chart;
    private TargetTable current = TargetTable.EMPTY;

    TargetsView(Messages messages) {
        this.messages = messages;
        setOrientation(Orientation.VERTICAL);
        table.setId("targets-table");
        table.setPlaceholder(new Label(messages.get("targets.empty")));
        NumberAxis years = new NumberAxis();
        years.setForceZeroInRange(false);
        years.setLabel(messages.get("targets.chart.year"));
        years.setMinorTickVisible(false);
        years.setTickUnit(1);
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(false);
        chart = new LineChart<>(years, values);
        chart.setId("targets-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> plot(row));
        getItems().setAll(table, chart);
        setDividerPositions(0.62);
    }

    TableView<TargetTable.Row> table() {
        return table;
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    void show(Analysis analysis) {
        current = analysis == null ? TargetTable.EMPTY : analysis.targets().table();
        table.getColumns().clear();
        TableColumn<TargetTable.Row, String> metric = new TableColumn<>(messages.get("targets.metric"));
        metric.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().metric()));
        metric.setPrefWidth(190);
        table.getColumns().add(metric);
        List<TargetTable.Column> columns = current.columns();
        for (int i = 0; i < columns.size(); i++) {
            TargetTable.Column col = columns.get(i);
            String name = (col.government() == null ? messages.get("report.unknownGovernment") : col.government())
                    + " " + (col.year() == null ? "?" : col.year());
            TableColumn<TargetTable.Row, TargetTable.Cell> column = new TableColumn<>(name);
            int index = i;
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new FigureCell());
            column.setPrefWidth(210);
            table.getColumns().add(column);
        }
        table.getItems().setAll(current.rows());
        if (!current.rows().isEmpty()) {
            table.getSelectionModel().select(0);
        } else {
            chart.getData().clear();
        }
    }

    private void plot(TargetTable.Row row) {
        chart.getData().clear();
        if (row == null) {
            return;
        }
        chart.setTitle(row.metric());
        XYChart.Series<Number, Number> targets = new XYChart.Series<>();
        targets.setName(messages.get("targets.chart.target"));
        XYChart.Series<Number, Number> actuals = new XYChart.Series<>();
        actuals.setName(messages.get("targets.chart.actual"));
        for (int i = 0; i < row.cells().size(); i++) {
            TargetTable.Cell cell = row.cells().get(i);
            Integer year = current.columns().get(i).year();
            if (year == null || cell.target() == null) {
                continue;
            }
            BigDecimal v = cell.target().value();
            if (v != null) {
                targets.getData().add(new XYChart.Data<>(year, v));
            }
            if (cell.actual() != null && cell.actual().value() != null) {
                actuals.getData().add(new XYChart.Data<>(year, cell.actual().value()));
            }
        }
        chart.getData().add(targets);
        if (!actuals.getData().isEmpty()) {
            chart.getData().add(actuals);
        }
    }

    /** "增长6%左右", coloured by its change, with "左右 → 以上" flagged and met/missed below. */
    private final class FigureCell extends TableCell<TargetTable.Row, TargetTable.Cell> {
        @Override
        protected void updateItem(TargetTable.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeIf(s -> s.startsWith("target-cell-"));
            if (empty || cell == null || cell.target() == null && cell.change() == null) {
                setText(null);
                return;
            }
            StringBuilder text = new StringBuilder(cell.target() == null ? "" : cell.target().figure());
            if (cell.change() != null && cell.change() != TargetChange.FIRST) {
                text.append(text.length() > 0 ? "  " : "").append(arrow(cell.change()))
                        .append(messages.get("change.target." + cell.change().id()));
            }
            if (cell.qualifierChanged() && cell.change() != TargetChange.QUALIFIER_CHANGED) {
                text.append(" · ").append(messages.get("change.target.qualifier-changed"));
            }
            if (cell.status() != null && cell.target() != null) {
                text.append('\n').append(messages.get("status.target." + cell.status().id()));
                if (cell.actual() != null) {
                    text.append(": ").append(cell.actual().figure());
                }
            }
            setText(text.toString());
            if (cell.change() != null) {
                getStyleClass().add("target-cell-" + cell.change().id());
            }
        }

        private String arrow(TargetChange change) {
            return switch (change) {
                case RAISED -> "↑ ";
                case LOWERED -> "↓ ";
                case NEW -> "+ ";
                case DROPPED -> "− ";
                default -> "";
            };
        }
    }
}
