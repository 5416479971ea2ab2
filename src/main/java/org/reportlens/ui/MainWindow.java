package org.reportlens.ui;

import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/** The main window: reports on the left, the selected report's outline and text on the right. */
final class MainWindow {
    private final Messages messages;
    private final ReportDescriptions descriptions;
    private final MainViewModel viewModel;
    private final ListView<Report> reportList = new ListView<>();
    private final TreeView<OutlineNode> outline = new TreeView<>();
    private final ReportTextPane textPane;
    private Stage stage;

    MainWindow(Messages messages) {
        this.messages = messages;
        this.descriptions = new ReportDescriptions(messages);
        this.viewModel = new MainViewModel(messages);
        this.textPane = new ReportTextPane(descriptions);
    }

    MainViewModel viewModel() {
        return viewModel;
    }

    void show(Stage stage) {
        this.stage = stage;
        BorderPane root = new BorderPane();
        root.setTop(menuBar());
        root.setCenter(body());
        root.setBottom(new VBox(problemBar(), statusBar()));
        acceptDroppedFiles(root);
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("reportlens.css").toExternalForm());
        stage.setTitle(messages.get("app.title"));
        try (InputStream icon = MainWindow.class.getResourceAsStream("/icons/reportlens-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException e) {
            // the window works without its icon
        }
        stage.setScene(scene);
        stage.show();
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem(messages.get("menu.file.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFiles());
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());
        return new MenuBar(new Menu(messages.get("menu.file"), null, open, quit));
    }

    private SplitPane body() {
        reportList.setId("report-list");
        reportList.setItems(viewModel.reports());
        reportList.setCellFactory(list -> new ReportListCell(descriptions));
        reportList.getSelectionModel().selectedItemProperty().addListener((obs, old, report) -> {
            if (report != null) {
                viewModel.selectedProperty().set(report);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, report) -> showReport(report));
        reportList.setPlaceholder(new Label(messages.get("reports.empty")));

        outline.setId("outline");
        outline.setShowRoot(false);
        outline.setCellFactory(tree -> new OutlineTreeCell(descriptions));
        outline.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                textPane.reveal(item.getValue());
            }
        });

        SplitPane split = new SplitPane(titled(messages.get("reports.title"), reportList),
                titled(messages.get("outline.title"), outline), textPane);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22, 0.5);
        return split;
    }

    private void showReport(Report report) {
        if (report != null && reportList.getSelectionModel().getSelectedItem() != report) {
            reportList.getSelectionModel().select(report);
        }
        TreeItem<OutlineNode> root = new TreeItem<>();
        if (report != null) {
            addNodes(root, report.outline());
        }
        outline.setRoot(root);
        textPane.show(report);
    }

    private static void addNodes(TreeItem<OutlineNode> parent, List<OutlineNode> nodes) {
        for (OutlineNode node : nodes) {
            TreeItem<OutlineNode> item = new TreeItem<>(node);
            item.setExpanded(node.level() == 1 && !node.lead());
            addNodes(item, node.children());
            parent.getChildren().add(item);
        }
    }

    private static VBox titled(String title, Region content) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-title");
        label.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private VBox problemBar() {
        VBox bar = new VBox(2);
        bar.setId("problem-bar");
        bar.getStyleClass().add("problem-bar");
        Button dismiss = new Button(messages.get("problem.dismiss"));
        dismiss.setOnAction(e -> viewModel.dismissProblems());
        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("problem.heading", viewModel.problems().size()), viewModel.problems()));
        VBox lines = new VBox(1);
        viewModel.problems().addListener((javafx.collections.ListChangeListener<String>) change ->
                lines.getChildren().setAll(viewModel.problems().stream().map(p -> {
                    Label line = new Label(p);
                    line.getStyleClass().add("problem");
                    return line;
                }).collect(Collectors.toList())));
        HBox top = new HBox(8, heading, dismiss);
        bar.getChildren().addAll(top, lines);
        bar.visibleProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private HBox statusBar() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(14, 14);
        progress.visibleProperty().bind(viewModel.busyProperty());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(viewModel.statusProperty());
        HBox bar = new HBox(6, progress, status);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.open"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("filter.text"), "*.txt"),
                new FileChooser.ExtensionFilter(messages.get("filter.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            viewModel.open(files.stream().map(File::getPath).collect(Collectors.toList()));
        }
    }

    private void acceptDroppedFiles(BorderPane root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                viewModel.open(e.getDragboard().getFiles().stream().map(File::getPath).collect(Collectors.toList()));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
