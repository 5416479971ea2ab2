package org.reportlens.ui;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.session.ShownDuplicates;

/**
 * The duplicates tab: passages grouped by the reports they join, stock wording last and muted,
 * each place named by year and section (double-click or Enter shows it); below, a bar per report
 * of how much of it is found elsewhere. Order and names come from {@link ShownDuplicates}.
 */
final class DuplicatesView extends SplitPane {
    /** The width of a whole bar: 100% found elsewhere. */
    private static final double BAR_WIDTH = 160;
    private final Messages messages;
    private final TableView<Duplicate> findings = new TableView<>();
    private final TableView<ShownDuplicates.Bar> reuse = new TableView<>();
    /** The shown item of each duplicate (by identity: two equal passages are two rows). */
    private final Map<Duplicate, ShownDuplicates.Item> items = new IdentityHashMap<>();

    DuplicatesView(Messages messages, Consumer<Duplicate> open) {
        this.messages = messages;
        setOrientation(Orientation.VERTICAL);
        findings.setId("duplicates-table");
        findings.setPlaceholder(new Label(messages.get("duplicates.empty")));
        TableColumn<Duplicate, String> group = column("duplicates.pair", 150, d -> {
            ShownDuplicates.Item item = items.get(d);
            if (item == null || !item.startsGroup()) {
                return "";
            }
            return item.stock() ? messages.get("duplicates.stockGroup") : item.group().size() == 1
                    ? messages.format("duplicates.withinReport", item.group().get(0)) : String.join(" ↔ ", item.group());
        });
        TableColumn<Duplicate, String> length = column("duplicates.length", 60, d -> Integer.toString(d.length()));
        TableColumn<Duplicate, String> kind = column("duplicates.kind", 80, d -> messages.get(d.stock() ? "duplicates.stock"
                : d.near() ? "duplicates.near" : "duplicates.exact"));
        TableColumn<Duplicate, String> where = column("duplicates.where", 260, d -> items.get(d) == null ? ""
                : items.get(d).places().stream().map(ShownDuplicates.Place::label).collect(Collectors.joining("\n")));
        TableColumn<Duplicate, String> snippet = column("duplicates.text", 560, d -> snippet(d.text()));
        findings.getColumns().setAll(List.of(group, length, kind, where, snippet));
        findings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && findings.getSelectionModel().getSelectedItem() != null) {
                open.accept(findings.getSelectionModel().getSelectedItem());
            }
        });
        findings.setRowFactory(t -> new FindingRow(open));
        reuse.setId("reuse-table");
        TableColumn<ShownDuplicates.Bar, ShownDuplicates.Bar> report = new TableColumn<>(messages.get("duplicates.report"));
        report.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        report.setCellFactory(c -> new BarCell());
        report.setPrefWidth(BAR_WIDTH + 120);
        TableColumn<ShownDuplicates.Bar, String> other = barColumn("duplicates.otherReports", b -> percent(b.otherReports()));
        TableColumn<ShownDuplicates.Bar, String> same = barColumn("duplicates.sameReport", b -> percent(b.sameReport()));
        TableColumn<ShownDuplicates.Bar, String> sections = barColumn("duplicates.sections", b -> b.sections().stream()
                .map(s -> s.section() + " " + percent(s.share())).collect(Collectors.joining("；")));
        sections.setPrefWidth(560);
        reuse.getColumns().setAll(List.of(report, other, same, sections));
        getItems().setAll(findings, reuse);
        setDividerPositions(0.7);
    }

    TableView<Duplicate> findings() {
        return findings;
    }

    void show(Analysis analysis) {
        items.clear();
        if (analysis == null) {
            findings.getItems().clear();
            reuse.getItems().clear();
            return;
        }
        ShownDuplicates shown = ShownDuplicates.of(analysis);
        shown.items().forEach(i -> items.put(i.duplicate(), i));
        findings.getItems().setAll(shown.items().stream().map(ShownDuplicates.Item::duplicate).toList());
        reuse.getItems().setAll(shown.bars());
    }

    private TableColumn<Duplicate, String> column(String key, double width, Function<Duplicate, String> value) {
        TableColumn<Duplicate, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<ShownDuplicates.Bar, String> barColumn(String key, Function<ShownDuplicates.Bar, String> value) {
        TableColumn<ShownDuplicates.Bar, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(130);
        return column;
    }

    private static String snippet(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A passage's row: stock wording muted, a group's first row with a rule above; double-click shows it. */
    private final class FindingRow extends TableRow<Duplicate> {
        FindingRow(Consumer<Duplicate> open) {
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !isEmpty()) {
                    open.accept(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Duplicate d, boolean empty) {
            super.updateItem(d, empty);
            getStyleClass().removeAll("dup-stock", "dup-group-start");
            ShownDuplicates.Item item = empty || d == null ? null : items.get(d);
            if (item != null && item.stock()) {
                getStyleClass().add("dup-stock");
            }
            if (item != null && item.startsGroup()) {
                getStyleClass().add("dup-group-start");
            }
        }
    }

    /** The report's name and a bar: dark for text found in another report, light for repeats within it. */
    private static final class BarCell extends TableCell<ShownDuplicates.Bar, ShownDuplicates.Bar> {
        @Override
        protected void updateItem(ShownDuplicates.Bar bar, boolean empty) {
            super.updateItem(bar, empty);
            if (empty || bar == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Region other = segment("reuse-bar-other", bar.otherReports());
            Region same = segment("reuse-bar-same", bar.sameReport());
            Region rest = segment("reuse-bar-rest", Math.max(0, 1 - bar.otherReports() - bar.sameReport()));
            Label name = new Label(bar.name());
            name.setMinWidth(90);
            setText(bar.name());
            setGraphic(new HBox(6, name, new HBox(other, same, rest)));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        private static Region segment(String style, double share) {
            Region r = new Region();
            r.getStyleClass().add(style);
            double width = BAR_WIDTH * Math.min(1, share);
            r.setMinSize(width, 12);
            r.setPrefSize(width, 12);
            r.setMaxSize(width, 12);
            return r;
        }
    }
}
