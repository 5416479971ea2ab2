package org.reportlens.ui;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.ReuseShare;

/** The duplicates tab: findings longest first (double-click shows them), and reuse per report. */
final class DuplicatesView extends SplitPane {
    private final Messages messages;
    private final TableView<Duplicate> findings = new TableView<>();
    private final TableView<ReuseShare> reuse = new TableView<>();

    DuplicatesView(Messages messages, Consumer<Duplicate> open) {
        this.messages = messages;
        setOrientation(Orientation.VERTICAL);
        findings.setId("duplicates-table");
        findings.setPlaceholder(new Label(messages.get("duplicates.empty")));
        TableColumn<Duplicate, Number> length = new TableColumn<>(messages.get("duplicates.length"));
        length.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().length()));
        length.setPrefWidth(70);
        TableColumn<Duplicate, String> kind = new TableColumn<>(messages.get("duplicates.kind"));
        kind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(messages.get(c.getValue().stock() ? "duplicates.stock"
                : c.getValue().near() ? "duplicates.near" : "duplicates.exact")));
        kind.setPrefWidth(80);
        TableColumn<Duplicate, String> where = new TableColumn<>(messages.get("duplicates.where"));
        where.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().occurrences().stream()
                .map(o -> o.report()).collect(Collectors.joining(", "))));
        where.setPrefWidth(130);
        TableColumn<Duplicate, String> snippet = new TableColumn<>(messages.get("duplicates.text"));
        snippet.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(snippet(c.getValue().text())));
        snippet.setPrefWidth(620);
        findings.getColumns().setAll(java.util.List.of(length, kind, where, snippet));
        findings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && findings.getSelectionModel().getSelectedItem() != null) {
                open.accept(findings.getSelectionModel().getSelectedItem());
            }
        });
        findings.setRowFactory(t -> {
            TableRow<Duplicate> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        reuse.setId("reuse-table");
        TableColumn<ReuseShare, String> report = new TableColumn<>(messages.get("duplicates.report"));
        report.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().report()));
        TableColumn<ReuseShare, String> other = new TableColumn<>(messages.get("duplicates.otherReports"));
        other.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(percent(c.getValue().otherReports())));
        other.setPrefWidth(160);
        TableColumn<ReuseShare, String> same = new TableColumn<>(messages.get("duplicates.sameReport"));
        same.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(percent(c.getValue().sameReport())));
        same.setPrefWidth(160);
        TableColumn<ReuseShare, String> sections = new TableColumn<>(messages.get("duplicates.sections"));
        sections.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sections().stream()
                .filter(s -> s.otherReports() + s.sameReport() > 0)
                .map(s -> s.section() + " " + percent(Math.max(s.otherReports(), s.sameReport())))
                .collect(Collectors.joining("  "))));
        sections.setPrefWidth(520);
        reuse.getColumns().setAll(java.util.List.of(report, other, same, sections));
        getItems().setAll(findings, reuse);
        setDividerPositions(0.7);
    }

    TableView<Duplicate> findings() {
        return findings;
    }

    void show(Analysis analysis) {
        if (analysis == null) {
            findings.getItems().clear();
            reuse.getItems().clear();
            return;
        }
        findings.getItems().setAll(analysis.duplicates().duplicates());
        reuse.getItems().setAll(analysis.duplicates().reuse());
    }

    private static String snippet(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "…" : oneLine;
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
