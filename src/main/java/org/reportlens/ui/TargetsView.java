package org.reportlens.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.targets.TargetTable;
import org.reportlens.session.ShownTargetCell;
import org.reportlens.session.TargetChart;

/**
 * The targets tab: metric × report with each change coloured, a qualifier change flagged and the
 * target met or missed by the next year's review; below, the selected metric across the years, one
 * chart per unit. What a cell says and how a chart is cut are decided in the session layer
 * ({@link ShownTargetCell}, {@link TargetChart}); this view only lays them out.
 */
final class TargetsView extends SplitPane {
    /** Room a wrapped cell leaves between its text and the column's edges. */
    private static final double CELL_PADDING = 12;
    private final Messages messages;
    private final TableView<TargetTable.Row> table = new TableView<>();
    private final HBox charts = new HBox(8);
    private TargetTable current = TargetTable.EMPTY;

    TargetsView(Messages messages) {
        this.messages = messages;
        setOrientation(Orientation.VERTICAL);
        table.setId("targets-table");
        table.setPlaceholder(new Label(messages.get("targets.empty")));
        charts.setId("targets-charts");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> plot(row));
        getItems().setAll(table, charts);
        setDividerPositions(0.62);
    }

    TableView<TargetTable.Row> table() {
        return table;
    }

    /** The charts of the selected row, one per unit. */
    @SuppressWarnings("unchecked")
    List<LineChart<Number, Number>> charts() {
        return charts.getChildren().stream().filter(LineChart.class::isInstance)
                .map(n -> (LineChart<Number, Number>) n).toList();
    }

    void show(Analysis analysis) {
        current = analysis == null ? TargetTable.EMPTY : analysis.targets().table();
        table.getColumns().clear();
        TableColumn<TargetTable.Row, TargetTable.Row> metric = new TableColumn<>(messages.get("targets.metric"));
        metric.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        metric.setCellFactory(c -> new MetricCell());
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
            charts.getChildren().clear();
        }
    }

    private void plot(TargetTable.Row row) {
        charts.getChildren().clear();
        if (row == null) {
            return;
        }
        TargetChart chart = TargetChart.of(current, row);
        if (chart.panels().isEmpty()) {
            charts.getChildren().add(new Label(messages.format("targets.chart.none", row.label())));
            return;
        }
        charts.getChildren().add(legend(chart.panels().stream().anyMatch(p -> !p.achieved().isEmpty()),
                chart.panels().stream().anyMatch(p -> !p.targetBridges().isEmpty() || !p.achievedBridges().isEmpty())));
        for (TargetChart.Panel panel : chart.panels()) {
            LineChart<Number, Number> lines = new LineChart<>(yearAxis(chart), valueAxis(panel));
            lines.getStyleClass().add("targets-chart");
            lines.setTitle(panel.unit().isEmpty() ? row.label() : row.label() + "（" + panel.unit() + "）");
            lines.setAnimated(false);
            // a line per run of years with the figure (a year without it breaks the line), so the chart's own
            // legend would name each: one legend beside the charts says what the two kinds of line are
            lines.setLegendVisible(false);
            String target = messages.get("targets.chart.target");
            String actual = messages.get("targets.chart.actual");
            panel.targetLines().forEach(line -> add(lines, target, line, TARGET_LINE, TARGET_POINT));
            panel.achievedLines().forEach(line -> add(lines, actual, line, ACHIEVED_LINE, ACHIEVED_POINT));
            panel.targetBridges().forEach(bridge -> add(lines, target, bridge, TARGET_BRIDGE, TARGET_POINT));
            panel.achievedBridges().forEach(bridge -> add(lines, actual, bridge, ACHIEVED_BRIDGE, ACHIEVED_POINT));
            HBox.setHgrow(lines, Priority.ALWAYS);
            charts.getChildren().add(lines);
        }
    }

    /** What the lines drawn are: target; achieved and a dotted bridge across years not loaded where any is drawn. */
    private VBox legend(boolean achieved, boolean bridges) {
        VBox legend = new VBox(6, legendItem("targets.chart.target", "target-line"));
        if (achieved) {
            legend.getChildren().add(legendItem("targets.chart.actual", "achieved-line"));
        }
        if (bridges) {
            legend.getChildren().add(legendItem("targets.chart.bridge", "bridge-line"));
        }
        legend.setId("targets-legend");
        return legend;
    }

    private Label legendItem(String key, String style) {
        javafx.scene.shape.Line sample = new javafx.scene.shape.Line(0, 0, 22, 0);
        sample.getStyleClass().addAll("legend-line", style);
        Label item = new Label(messages.get(key), sample);
        item.setContentDisplay(ContentDisplay.LEFT);
        return item;
    }

    private NumberAxis yearAxis(TargetChart chart) {
        NumberAxis years = new NumberAxis(chart.firstYear(), chart.lastYear(), 1);
        years.setAutoRanging(false);
        years.setMinorTickVisible(false);
        years.setLabel(messages.get("targets.chart.year"));
        years.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return TargetChart.yearLabel(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
        return years;
    }

    private static NumberAxis valueAxis(TargetChart.Panel panel) {
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(false);
        values.setLabel(panel.unit());
        return values;
    }

    /**
     * One line of a chart, its path and points styled as given. Inline: the chart gives its series' nodes the
     * style classes of their place among its series ("default-color2"), and resets any added, while the kind of a
     * line, not its place, says its colour. The colours are the stylesheet's ({@code .targets-chart}).
     */
    private static void add(LineChart<Number, Number> chart, String name, List<TargetChart.Point> points, String line,
                            String point) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (TargetChart.Point p : points) {
            series.getData().add(new XYChart.Data<>(p.year(), p.value()));
        }
        chart.getData().add(series);
        series.getNode().setStyle(line);
        series.getData().forEach(d -> d.getNode().setStyle(point));
    }

    private static final String TARGET_LINE = "-fx-stroke: target-colour;";
    private static final String TARGET_POINT = "-fx-background-color: target-colour, white;";
    private static final String ACHIEVED_LINE = "-fx-stroke: achieved-colour; -fx-stroke-dash-array: 6 4;";
    private static final String ACHIEVED_POINT = "-fx-background-color: achieved-colour, achieved-colour;";
    /** Across years no shown report is of: thin and dotted, a guess between two known figures. */
    private static final String BRIDGE = "-fx-stroke-width: 1; -fx-stroke-dash-array: 2 4;";
    private static final String TARGET_BRIDGE = "-fx-stroke: target-colour; " + BRIDGE;
    private static final String ACHIEVED_BRIDGE = "-fx-stroke: achieved-colour; " + BRIDGE;

    /** Text that wraps at its column's width: the row grows rather than cutting a figure off. */
    private static Text wrapped(TableCell<?, ?> cell, String content) {
        Text text = new Text(content);
        text.getStyleClass().add("target-text");
        text.wrappingWidthProperty().bind(cell.getTableColumn().widthProperty().subtract(CELL_PADDING));
        return text;
    }

    /** The metric, or a qualitative target's latest words, wrapped. */
    private static final class MetricCell extends TableCell<TargetTable.Row, TargetTable.Row> {
        @Override
        protected void updateItem(TargetTable.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("target-qualitative");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(row.label());
            setGraphic(wrapped(this, row.label()));
            if (row.qualitative()) {
                getStyleClass().add("target-qualitative");
            }
        }
    }

    /** "增长6%左右  ↓ 调低", then "✓ 已完成：增长6.3%", coloured by change and status, wrapped. */
    private final class FigureCell extends TableCell<TargetTable.Row, TargetTable.Cell> {
        @Override
        protected void updateItem(TargetTable.Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().removeIf(s -> s.startsWith("target-"));
            setTooltip(null);
            // the text is kept (for accessibility and lookups) but shown as the wrapping graphic
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            ShownTargetCell shown = empty ? null : ShownTargetCell.of(cell);
            if (shown == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String text = shown.text(messages::get);
            setText(text);
            // the figure in the text colour, the status line below in the colour of met or missed
            int status = text.indexOf('\n');
            if (status < 0) {
                setGraphic(wrapped(this, text));
            } else {
                Text line = wrapped(this, text.substring(status + 1));
                line.getStyleClass().add("target-status");
                setGraphic(new VBox(wrapped(this, text.substring(0, status)), line));
            }
            setTooltip(new WrappingTooltip(text));
            getStyleClass().addAll(shown.styleClasses());
        }
    }
}
