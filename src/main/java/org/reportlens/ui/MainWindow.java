package org.reportlens.ui;

import java.io.File;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.DuplicateOptions;
import org.reportlens.core.dups.Occurrence;
import org.reportlens.core.load.ReportFileTypes;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.TargetChange;
import org.reportlens.core.workspace.Note;

/**
 * The main window: reports and alignment rows on the left; on the right the reports side by side,
 * the targets table and the duplicates, in tabs; options above, problems and counts below.
 */
final class MainWindow {
    private final Messages messages;
    private final ReportDescriptions descriptions;
    private final MainViewModel viewModel;
    private final ListView<Report> reportList = new ListView<>();
    private final AlignmentRowsView alignmentRows;
    private final CompareView compareView;
    private final TargetsView targetsView;
    private final DuplicatesView duplicatesView;
    private final TabPane tabs = new TabPane();
    private final Tab compareTab;
    private final TextField findField = new TextField();
    private final HBox findBar;
    private final Label counts = new Label();
    private final ReviewNotes review;
    private final ListView<Note> notesList = new ListView<>();
    private Stage stage;
    private Runnable onFirstPaint;

    MainWindow(Messages messages) {
        this(messages, Settings.forUser());
    }

    MainWindow(Messages messages, Settings settings) {
        this(messages, settings, optionsFrom(settings));
    }

    MainWindow(Messages messages, Settings settings, AnalysisOptions options) {
        this.messages = messages;
        this.descriptions = new ReportDescriptions(messages);
        this.viewModel = new MainViewModel(messages, settings, options);
        this.compareView = new CompareView(messages, descriptions, text -> viewModel.statusProperty().set(text));
        this.alignmentRows = new AlignmentRowsView(messages, compareView::revealRow);
        this.targetsView = new TargetsView(messages);
        this.duplicatesView = new DuplicatesView(messages, this::openDuplicate);
        this.findBar = findBar();
        this.review = new ReviewNotes(viewModel, messages);
        this.compareTab = new Tab(messages.get("tab.compare"), new VBox(findBar, compareView));
        VBox.setVgrow(compareView, Priority.ALWAYS);
    }

    static AnalysisOptions optionsFrom(Settings settings) {
        AnalysisOptions defaults = UserFiles.apply(AnalysisOptions.defaults(), UserFiles.directory());
        CompareOptions compare = defaults.compare().withGranularity(settings.granularity())
                .withIgnoreWidth(settings.ignoreWidth()).withIgnorePunctuation(settings.ignorePunctuation());
        return defaults.withCompare(compare)
                .withDuplicates(defaults.duplicates().withMinLength(settings.minDuplicateLength()));
    }

    MainViewModel viewModel() {
        return viewModel;
    }

    ReviewNotes review() {
        return review;
    }

    CompareView compareView() {
        return compareView;
    }

    TabPane tabs() {
        return tabs;
    }

    /** Runs once, after the first analysis has been painted (for the start-up measurement). */
    void onFirstPaint(Runnable action) {
        this.onFirstPaint = action;
    }

    void show(Stage stage) {
        show(stage, () -> { });
    }

    /** Builds the window, runs {@code beforeShowing} (which may hand the view model its first reports), then shows it. */
    void show(Stage stage, Runnable beforeShowing) {
        this.stage = stage;
        BorderPane root = new BorderPane();
        root.setTop(new VBox(menuBar(), optionsBar()));
        root.setCenter(new VBox(recoveryBar(), body()));
        VBox.setVgrow(((VBox) root.getCenter()).getChildren().get(1), Priority.ALWAYS);
        root.setBottom(new VBox(problemBar(), statusBar()));
        acceptDroppedFiles(root);
        Settings settings = viewModel.settings();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(settings.width(), screen.getWidth()),
                Math.min(settings.height(), screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("reportlens.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN),
                () -> compareView.nextChange(true));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN),
                () -> compareView.nextChange(false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                () -> compareView.zoom(1.1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                () -> compareView.zoom(1 / 1.1));
        stage.setTitle(messages.get("app.title"));
        try (InputStream icon = MainWindow.class.getResourceAsStream("/icons/reportlens-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException e) {
            // the window works without its icon
        }
        stage.setOnCloseRequest(e -> {
            settings.windowSize(stage.getWidth(), stage.getHeight());
            settings.flush();
            review.closing();
        });
        viewModel.analysisProperty().addListener((o, old, analysis) -> showAnalysis(analysis));
        viewModel.columns().addListener((ListChangeListener<Report>) c -> {
            reportList.refresh();
            showAnalysis(viewModel.analysisProperty().get());
        });
        beforeShowing.run(); // what it hands over reaches the window through the listeners above
        stage.setScene(scene);
        stage.show();
        // a window remembered from a larger screen must still fit this one
        stage.setX(Math.max(screen.getMinX(), stage.getX()));
        stage.setY(Math.max(screen.getMinY(), stage.getY()));
    }

    private void showAnalysis(Analysis analysis) {
        List<Report> shown = new ArrayList<>(viewModel.columns());
        // an analysis of other columns (the new one is on its way) highlights nothing in these
        Analysis current = analysis != null && analysis.comparison().reports().equals(ids(shown)) ? analysis : null;
        compareView.show(shown, current);
        alignmentRows.show(current);
        // the tabs out of sight are filled when they are opened: less to lay out before the first paint
        shownInTabs = null;
        fillSelectedTab();
        counts.setText(analysis == null ? "" : countsText(analysis));
        if (current != null && onFirstPaint != null) { // highlights of the columns shown are in place
            Runnable action = onFirstPaint;
            onFirstPaint = null;
            Platform.runLater(action);
        }
    }

    private Analysis shownInTabs;
    private final java.util.Set<Tab> filled = new java.util.HashSet<>();

    /** Puts the current analysis into the selected tab if it is the targets or duplicates tab and does not have it yet. */
    private void fillSelectedTab() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        Analysis analysis = viewModel.analysisProperty().get();
        if (tab == null || tab == compareTab || tab.getId() != null && tab.getId().equals("notes-tab")) {
            return;
        }
        if (shownInTabs != analysis) {
            filled.clear();
            shownInTabs = analysis;
        }
        if (filled.add(tab)) {
            if (tab == tabs.getTabs().get(1)) {
                tab.setContent(targetsView);
                targetsView.show(analysis);
            } else {
                tab.setContent(duplicatesView);
                duplicatesView.show(analysis);
            }
        }
    }

    private static List<String> ids(List<Report> reports) {
        return reports.stream().map(Report::id).toList();
    }

    private String countsText(Analysis analysis) {
        int changes = analysis.comparison().pairs().stream().mapToInt(p -> p.changes().size()).sum();
        long duplicates = analysis.duplicates().duplicates().stream().filter(d -> !d.stock()).count();
        long changedTargets = analysis.targets().table().rows().stream().flatMap(r -> r.cells().stream())
                .filter(c -> c.change() != null && c.change() != TargetChange.FIRST && c.change() != TargetChange.SAME)
                .count();
        return messages.format("status.counts", changes, duplicates, changedTargets, viewModel.analysisMillis());
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem(messages.get("menu.file.open"));
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFiles());
        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        MenuItem quit = new MenuItem(messages.get("menu.file.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> {
            viewModel.settings().windowSize(stage.getWidth(), stage.getHeight());
            viewModel.settings().flush();
            review.closing();
            Platform.exit();
        });
        MenuItem openWorkspace = new MenuItem(messages.get("menu.file.openWorkspace"));
        openWorkspace.setOnAction(e -> chooseWorkspace(false));
        MenuItem saveWorkspace = new MenuItem(messages.get("menu.file.saveWorkspace"));
        saveWorkspace.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        saveWorkspace.setOnAction(e -> {
            if (review.fileProperty().get() != null) {
                review.save(review.fileProperty().get());
            } else {
                chooseWorkspace(true);
            }
        });
        MenuItem saveWorkspaceAs = new MenuItem(messages.get("menu.file.saveWorkspaceAs"));
        saveWorkspaceAs.setOnAction(e -> chooseWorkspace(true));
        MenuItem exportHtml = new MenuItem(messages.get("menu.file.exportHtml"));
        exportHtml.setOnAction(e -> export("html"));
        MenuItem exportCsv = new MenuItem(messages.get("menu.file.exportCsv"));
        exportCsv.setOnAction(e -> export("csv"));
        Menu file = new Menu(messages.get("menu.file"), null, open, recent, new SeparatorMenuItem(), openWorkspace,
                saveWorkspace, saveWorkspaceAs, new SeparatorMenuItem(), exportHtml, exportCsv, new SeparatorMenuItem(), quit);
        MenuItem addNote = item("menu.edit.addNote", "Shortcut+M", () -> noteOnSelection(false));
        MenuItem reviewed = item("menu.edit.markReviewed", "Shortcut+Shift+M", () -> noteOnSelection(true));
        Menu edit = new Menu(messages.get("menu.edit"), null, addNote, reviewed);

        MenuItem next = item("menu.view.nextChange", "F7", () -> compareView.nextChange(true));
        MenuItem previous = item("menu.view.previousChange", "Shift+F7", () -> compareView.nextChange(false));
        MenuItem nextDuplicate = item("menu.view.nextDuplicate", "F8", compareView::nextDuplicate);
        MenuItem find = item("menu.view.find", "Shortcut+F", this::showFind);
        MenuItem zoomIn = item("menu.view.zoomIn", "Shortcut+=", () -> compareView.zoom(1.1));
        MenuItem zoomOut = item("menu.view.zoomOut", "Shortcut+Minus", () -> compareView.zoom(1 / 1.1));
        MenuItem zoomReset = item("menu.view.zoomReset", "Shortcut+0", () -> compareView.zoom(0));
        Menu language = new Menu(messages.get("menu.view.language"), null,
                languageItem("中文", "zh"), languageItem("English", "en"));
        Menu view = new Menu(messages.get("menu.view"), null, next, previous, nextDuplicate, new SeparatorMenuItem(),
                find, new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), language);
        return new MenuBar(file, edit, view);
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    private MenuItem languageItem(String name, String tag) {
        MenuItem item = new MenuItem(name);
        item.setOnAction(e -> {
            viewModel.settings().language(tag);
            viewModel.settings().flush();
            viewModel.statusProperty().set(messages.get("status.languageOnRestart"));
        });
        return item;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (String f : viewModel.settings().recentFiles()) {
            MenuItem item = new MenuItem(f);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.open(List.of(f)));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** Granularity, width and punctuation, minimum duplicate length; each change re-analyses in the background. */
    private HBox optionsBar() {
        AnalysisOptions current = viewModel.optionsProperty().get();
        ChoiceBox<Granularity> granularity = new ChoiceBox<>();
        granularity.setId("granularity");
        granularity.getItems().setAll(Granularity.SENTENCE, Granularity.WORD, Granularity.CHARACTER);
        granularity.setValue(current.compare().granularity());
        granularity.setConverter(new StringConverter<>() {
            @Override
            public String toString(Granularity g) {
                return g == null ? "" : messages.get("granularity." + g.id());
            }

            @Override
            public Granularity fromString(String s) {
                return null;
            }
        });
        CheckBox width = new CheckBox(messages.get("options.ignoreWidth"));
        width.setSelected(current.compare().ignoreWidth());
        CheckBox punctuation = new CheckBox(messages.get("options.ignorePunctuation"));
        punctuation.setSelected(current.compare().ignorePunctuation());
        Spinner<Integer> minLength = new Spinner<>(DuplicateOptions.SMALLEST_MIN_LENGTH, 500,
                current.duplicates().minLength());
        minLength.setEditable(true);
        minLength.setPrefWidth(80);
        boolean[] showing = {false};
        Runnable apply = () -> {
            if (showing[0]) {
                return;
            }
            Settings s = viewModel.settings();
            s.granularity(granularity.getValue());
            s.ignoreWidth(width.isSelected());
            s.ignorePunctuation(punctuation.isSelected());
            s.minDuplicateLength(minLength.getValue());
            AnalysisOptions o = viewModel.optionsProperty().get();
            viewModel.setOptions(o.withCompare(o.compare().withGranularity(granularity.getValue())
                            .withIgnoreWidth(width.isSelected()).withIgnorePunctuation(punctuation.isSelected()))
                    .withDuplicates(o.duplicates().withMinLength(minLength.getValue())));
        };
        granularity.setOnAction(e -> apply.run());
        width.setOnAction(e -> apply.run());
        punctuation.setOnAction(e -> apply.run());
        minLength.valueProperty().addListener((o, a, b) -> apply.run());
        // options set elsewhere (a workspace opened) show here, without being applied once more
        viewModel.optionsProperty().addListener((o, old, now) -> {
            showing[0] = true;
            try {
                granularity.setValue(now.compare().granularity());
                width.setSelected(now.compare().ignoreWidth());
                punctuation.setSelected(now.compare().ignorePunctuation());
                minLength.getValueFactory().setValue(now.duplicates().minLength());
            } finally {
                showing[0] = false;
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(messages.get("options.granularity")), granularity, width, punctuation,
                new Label(messages.get("options.minDuplicate")), minLength, spacer, legend());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("options-bar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        return bar;
    }

    private HBox legend() {
        HBox legend = new HBox(6);
        legend.setId("legend");
        legend.setAlignment(Pos.CENTER_RIGHT);
        String[][] entries = {
            {MarkKind.NEW_BLOCK.id(), "legend.new"}, {MarkKind.DROPPED_BLOCK.id(), "legend.dropped"},
            {MarkKind.INSERT.id(), "legend.insert"}, {MarkKind.DELETE.id(), "legend.delete"},
            {MarkKind.REPLACE.id(), "legend.replace"}, {MarkKind.MOVE.id(), "legend.move"},
            {MarkKind.ROUTINE.id(), "legend.routine"},
            {MarkKind.DUPLICATE.id(), "legend.duplicate"}, {MarkKind.TARGET_CHANGED.id(), "legend.target"},
        };
        for (String[] e : entries) {
            Label swatch = new Label(messages.get(e[1]));
            swatch.getStyleClass().addAll("legend-item", "legend-" + e[0]);
            legend.getChildren().add(swatch);
        }
        return legend;
    }

    private SplitPane body() {
        reportList.setId("report-list");
        reportList.setItems(viewModel.reports());
        reportList.setCellFactory(list -> new ReportListCell(descriptions, viewModel.columns()::contains,
                this::toggleColumn));
        reportList.setPlaceholder(new Label(messages.get("reports.empty")));
        reportList.setContextMenu(reportMenu());
        VBox left = new VBox(titled(messages.get("reports.title"), reportList),
                titled(messages.get("alignment.title"), alignmentRows));
        VBox.setVgrow(left.getChildren().get(0), Priority.SOMETIMES);
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        compareTab.setClosable(false);
        Tab targetsTab = new Tab(messages.get("tab.targets"));
        targetsTab.setClosable(false);
        targetsTab.setId("targets-tab");
        Tab duplicatesTab = new Tab(messages.get("tab.duplicates"));
        duplicatesTab.setClosable(false);
        duplicatesTab.setId("duplicates-tab");
        Tab notesTab = new Tab(messages.get("tab.notes"), notesPane());
        notesTab.setClosable(false);
        notesTab.setId("notes-tab");
        tabs.getTabs().setAll(compareTab, targetsTab, duplicatesTab, notesTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> fillSelectedTab());
        SplitPane split = new SplitPane(left, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(left, false);
        return split;
    }

    /** A note on the selection of the focused column; "reviewed" marks it without asking for text. */
    private void noteOnSelection(boolean markReviewed) {
        ColumnView column = compareView.focusedColumn();
        if (column == null || column.report() == null || column.area().getSelection().getLength() == 0) {
            viewModel.statusProperty().set(messages.get("status.selectFirst"));
            return;
        }
        int start = column.area().getSelection().getStart();
        int end = column.area().getSelection().getEnd();
        if (markReviewed) {
            review.add(column.report(), start, end, "", true);
            return;
        }
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("menu.edit.addNote"));
        dialog.setHeaderText(column.area().getSelectedText());
        dialog.showAndWait().filter(t -> !t.isBlank())
                .ifPresent(t -> review.add(column.report(), start, end, t.strip(), false));
    }

    private VBox notesPane() {
        notesList.setId("notes-list");
        notesList.setItems(review.notes());
        notesList.setPlaceholder(new Label(messages.get("notes.empty")));
        notesList.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Note note, boolean empty) {
                super.updateItem(note, empty);
                if (empty || note == null) {
                    setText(null);
                    return;
                }
                Report report = review.reportOf(note);
                String where = report == null ? java.nio.file.Path.of(note.anchor().report()).getFileName().toString()
                        : descriptions.facts(report);
                setText((note.reviewed() ? "✓ " : "○ ") + where + "  «" + note.anchor().quote().replace('\n', ' ') + "»"
                        + (note.text().isEmpty() ? "" : "\n" + note.text()));
            }
        });
        notesList.setOnMouseClicked(e -> {
            Note note = notesList.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && note != null) {
                tabs.getSelectionModel().select(compareTab);
                compareView.reveal(new Occurrence(idOf(note), note.anchor().start(), note.anchor().end()));
            }
        });
        MenuItem toggle = new MenuItem(messages.get("notes.toggleReviewed"));
        toggle.setOnAction(e -> {
            Note note = notesList.getSelectionModel().getSelectedItem();
            if (note != null) {
                review.setReviewed(note, !note.reviewed());
            }
        });
        MenuItem delete = new MenuItem(messages.get("notes.remove"));
        delete.setOnAction(e -> {
            Note note = notesList.getSelectionModel().getSelectedItem();
            if (note != null) {
                review.remove(note);
            }
        });
        notesList.setContextMenu(new ContextMenu(toggle, delete));
        VBox pane = new VBox(notesList);
        VBox.setVgrow(notesList, Priority.ALWAYS);
        return pane;
    }

    private String idOf(Note note) {
        Report report = review.reportOf(note);
        return report == null ? "" : report.id();
    }

    /** Offered when notes of a session that ended badly were found. */
    private HBox recoveryBar() {
        Label text = new Label(messages.get("recovery.found"));
        Button restore = new Button(messages.get("recovery.restore"));
        Button discard = new Button(messages.get("recovery.discard"));
        HBox bar = new HBox(8, text, restore, discard);
        bar.setId("recovery-bar");
        bar.getStyleClass().add("problem-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setVisible(review.recoveryAvailable());
        bar.managedProperty().bind(bar.visibleProperty());
        restore.setOnAction(e -> {
            bar.setVisible(false);
            review.restoreRecovery();
        });
        discard.setOnAction(e -> {
            bar.setVisible(false);
            review.discardRecovery();
        });
        return bar;
    }

    private void chooseWorkspace(boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(save ? "menu.file.saveWorkspaceAs" : "menu.file.openWorkspace"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("filter.workspace"), "*.rlw"));
        File file = save ? chooser.showSaveDialog(stage) : chooser.showOpenDialog(stage);
        if (file != null) {
            if (save) {
                review.save(file.toPath());
            } else {
                review.open(file.toPath(), false);
            }
        }
    }

    private ContextMenu reportMenu() {
        MenuItem remove = new MenuItem(messages.get("reports.remove"));
        remove.setOnAction(e -> selectedReport(viewModel::remove));
        MenuItem up = new MenuItem(messages.get("reports.moveUp"));
        up.setOnAction(e -> selectedReport(r -> viewModel.move(r, -1)));
        MenuItem down = new MenuItem(messages.get("reports.moveDown"));
        down.setOnAction(e -> selectedReport(r -> viewModel.move(r, 1)));
        MenuItem correct = new MenuItem(messages.get("reports.correct"));
        correct.setOnAction(e -> selectedReport(this::correctMetadata));
        return new ContextMenu(correct, new SeparatorMenuItem(), up, down, new SeparatorMenuItem(), remove);
    }

    private void selectedReport(java.util.function.Consumer<Report> action) {
        Report r = reportList.getSelectionModel().getSelectedItem();
        if (r != null) {
            action.accept(r);
        }
    }

    private void toggleColumn(Report report, boolean show) {
        List<Report> shown = new ArrayList<>(viewModel.columns());
        if (show && !shown.contains(report)) {
            if (shown.size() >= MainViewModel.MAX_COLUMNS) {
                viewModel.statusProperty().set(messages.format("status.maxColumns", MainViewModel.MAX_COLUMNS));
                reportList.refresh();
                return;
            }
            shown.add(report);
        } else if (!show) {
            shown.remove(report);
        }
        if (shown.isEmpty()) {
            reportList.refresh();
            return;
        }
        viewModel.showColumns(shown);
    }

    private void correctMetadata(Report report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(messages.get("reports.correct"));
        TextField government = new TextField(report.metadata().government() == null ? "" : report.metadata().government());
        Integer known = org.reportlens.core.compare.Comparer.yearOf(report);
        TextField year = new TextField(known == null ? "" : String.valueOf(known));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("reports.government")), government);
        grid.addRow(1, new Label(messages.get("reports.planYear")), year);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            Integer y = null;
            try {
                y = year.getText().isBlank() ? null : Integer.valueOf(year.getText().strip());
            } catch (NumberFormatException e) {
                viewModel.statusProperty().set(messages.format("status.badYear", year.getText()));
                return;
            }
            viewModel.correctMetadata(report, government.getText().isBlank() ? null : government.getText().strip(), y);
        });
    }

    private HBox findBar() {
        findField.setId("find-field");
        findField.setPromptText(messages.get("find.prompt"));
        findField.setOnAction(e -> compareView.find(findField.getText()));
        Button next = new Button(messages.get("find.next"));
        next.setOnAction(e -> compareView.find(findField.getText()));
        Button close = new Button("×");
        HBox bar = new HBox(6, new Label(messages.get("find.label")), findField, next, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("find-bar");
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        close.setOnAction(e -> bar.setVisible(false));
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                bar.setVisible(false);
            }
        });
        return bar;
    }

    private void showFind() {
        tabs.getSelectionModel().select(compareTab);
        findBar.setVisible(true);
        findField.requestFocus();
        findField.selectAll();
    }

    /** Shows a duplicate's copies: in the columns of their reports, putting its first report in a column if none is shown. */
    private void openDuplicate(Duplicate d) {
        tabs.getSelectionModel().select(compareTab);
        boolean any = false;
        for (Occurrence o : d.occurrences()) {
            any |= compareView.reveal(o);
        }
        if (!any) {
            Report first = viewModel.reports().stream().filter(r -> r.id().equals(d.occurrences().get(0).report()))
                    .findFirst().orElse(null);
            if (first != null) {
                List<Report> shown = new ArrayList<>(viewModel.columns());
                if (shown.size() >= MainViewModel.MAX_COLUMNS) {
                    shown.remove(shown.size() - 1);
                }
                shown.add(first);
                viewModel.showColumns(shown);
            }
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
        viewModel.problems().addListener((ListChangeListener<String>) change ->
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
        counts.setId("counts");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, progress, status, spacer, counts);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 8, 3, 8));
        return bar;
    }

    /** Writes the analysis as HTML, or the target table as CSV, to a file the user picks. */
    private void export(String format) {
        Analysis analysis = viewModel.analysisProperty().get();
        if (analysis == null) {
            viewModel.statusProperty().set(messages.get("status.nothingToExport"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(format.equals("html") ? "menu.file.exportHtml" : "menu.file.exportCsv"));
        chooser.setInitialFileName(format.equals("html") ? "reportlens.html" : "targets.csv");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            viewModel.export(analysis, format, file.toPath());
        }
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.open"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("filter.text"), ReportFileTypes.globs()),
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
