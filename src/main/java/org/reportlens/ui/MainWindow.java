package org.reportlens.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.Span;
import org.reportlens.core.workspace.Note;
import org.reportlens.session.Changes;
import org.reportlens.session.CheckRow;
import org.reportlens.session.Find;
import org.reportlens.session.Review;
import org.reportlens.session.Scheduler;
import org.reportlens.session.Session;
import org.reportlens.session.Settings;
import org.reportlens.session.ShownAnalysis;
import org.reportlens.session.UserFiles;

/**
 * The main window, assembled from its views: reports and alignment rows on the left; on the right
 * the reports side by side, the targets table, the duplicates and the notes, in tabs; options and
 * the menus above, problems and the status line below. Each view binds to the session itself.
 */
final class MainWindow {
    private final Messages messages;
    private final Session session;
    private final Review review;
    private final ReportDescriptions descriptions;
    private final Changes changes;
    private final CompareView compareView;
    private final ChangesView changesView;
    private final AlignmentPane alignmentRows;
    private final FindBar findBar;
    private final NoteDialog notes;
    private final ResultTabs tabs;
    private Stage stage;
    private Runnable onFirstPaint;
    /** What quitting does once the window is closed: ends the application (a test keeps its toolkit). */
    private Runnable exit = Platform::exit;

    /** A window with a session of its own, its work on background threads, its results on the FX thread. */
    MainWindow(Messages messages, Settings settings) {
        this(messages, new Session(settings, Scheduler.threads(Platform::runLater), UserFiles.startOptions(settings)));
    }

    MainWindow(Messages messages, Session session) {
        this.messages = messages;
        this.session = session;
        this.review = new Review(session);
        this.changes = new Changes(session, review);
        this.descriptions = new ReportDescriptions(messages);
        this.findBar = new FindBar(messages, this::find);
        this.notes = new NoteDialog(messages, session, review); // one dialog for the menus and the text's context menu
        TextMenu textMenu = new TextMenu(messages, notes, findBar::findInOtherColumns);
        this.compareView = new CompareView(messages, descriptions, session::say, session::hint, changes, textMenu);
        this.alignmentRows = new AlignmentPane(messages, review, this::showRow, this::showAlso);
        this.changesView = new ChangesView(messages, changes, e -> compareView.jumps().showChange(e, e.anchor().column()),
                compareView.onlyChanges());
        SplitPane columnsAndChanges = new SplitPane(compareView, changesView);
        columnsAndChanges.setDividerPositions(0.75);
        SplitPane.setResizableWithParent(changesView, false);
        VBox compare = new VBox(findBar, columnsAndChanges);
        VBox.setVgrow(columnsAndChanges, Priority.ALWAYS);
        this.tabs = new ResultTabs(messages, compare, new NotesView(messages, descriptions, review, this::showNote),
                this::openDuplicate);
        tabs.checksView().setOnOpen(this::openFinding);
    }

    private Optional<Find.Found> find(String text, boolean forward, boolean here) {
        return compareView.jumps().find(text, forward, here);
    }

    Session session() {
        return session;
    }

    Review review() {
        return review;
    }

    Changes changes() {
        return changes;
    }

    CompareView compareView() {
        return compareView;
    }

    ResultTabs tabs() {
        return tabs;
    }

    /** Replaces what quitting does after the window is closed (the application's end). */
    void onExit(Runnable action) {
        this.exit = action;
    }

    /** Runs once, after the first analysis has been painted (for the start-up measurement). */
    void onFirstPaint(Runnable action) {
        this.onFirstPaint = action;
    }

    void show(Stage stage) {
        show(stage, () -> { });
    }

    /** Builds the window, runs {@code beforeShowing} (which may hand the session its first reports), then shows it. */
    void show(Stage stage, Runnable beforeShowing) {
        this.stage = stage;
        BorderPane root = new BorderPane();
        Menus menus = new Menus(messages, session, review, compareView, tabs, findBar, notes,
                () -> new FileDialogs(messages, stage), this::quit);
        WindowBody body = new WindowBody(messages, new ReportListView(messages, descriptions, session), alignmentRows, tabs);
        root.setTop(new VBox(menus.bar(body.sidePanes()), new OptionsBar(messages, session)));
        root.setCenter(new VBox(new RecoveryBar(messages, review), body));
        VBox.setVgrow(body, Priority.ALWAYS);
        root.setBottom(new VBox(new ProblemBar(messages, session), new StatusBar(messages, session)));
        acceptDroppedFiles(root);
        Settings settings = session.settings();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(settings.width(), screen.getWidth()),
                Math.min(settings.height(), screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("reportlens.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN),
                () -> compareView.jumps().nextChange(true));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN),
                () -> compareView.jumps().nextChange(false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN),
                () -> compareView.zoom(compareView.zoom().in()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN),
                () -> compareView.zoom(compareView.zoom().out()));
        stage.setTitle(messages.get("app.title"));
        try (InputStream icon = MainWindow.class.getResourceAsStream("/icons/reportlens-256.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (IOException e) {
            // the window works without its icon
        }
        stage.setOnCloseRequest(e -> {
            e.consume(); // closed by quit(), once the user has chosen what becomes of unsaved notes
            quit();
        });
        session.shown().watch(this::showAnalysis);
        beforeShowing.run(); // what it hands over reaches the window through the watcher above
        stage.setScene(scene);
        stage.show();
        // a window remembered from a larger screen must still fit this one
        stage.setX(Math.max(screen.getMinX(), stage.getX()));
        stage.setY(Math.max(screen.getMinY(), stage.getY()));
    }

    private void showAnalysis(ShownAnalysis shown) {
        compareView.show(shown);
        alignmentRows.show(shown);
        tabs.show(shown.analysis());
        if (shown.analysed() && onFirstPaint != null) { // highlights of the columns shown are in place
            Runnable action = onFirstPaint;
            onFirstPaint = null;
            Platform.runLater(action);
        }
    }

    /**
     * A row the user selected, shown in the columns, brought to the front if another tab is (a click on a row with
     * the targets in front did nothing visible — a tour); a row selected again after an analysis, while the user
     * works elsewhere, leaves the tabs as they are.
     */
    private void showRow(AlignmentRow row) {
        if (alignmentRows.isFocusWithin()) {
            tabs.selectCompare();
        }
        compareView.revealRow(row);
        changes.showRow(row, session.shown().get().sections());
    }

    private void showAlso(List<ShownAnalysis.Place> places) {
        tabs.selectCompare();
        compareView.jumps().reveal(places);
    }

    private void showNote(Note note) {
        Report report = review.reportOf(note);
        if (report != null) {
            tabs.selectCompare();
            compareView.jumps().reveal(report.id(), new Span(note.anchor().start(), note.anchor().end()));
        }
    }

    /** Shows a duplicate's copies in the columns of their reports, the others level; its first report is put in a column if none is shown. */
    private void openDuplicate(Duplicate d) {
        tabs.selectCompare();
        List<ShownAnalysis.Place> places = session.shown().get().placesOf(d);
        if (places.isEmpty()) {
            session.bringIntoColumns(d.occurrences().get(0).report());
        } else {
            compareView.jumps().reveal(places);
        }
    }

    /** Shows a finding of the draft check in the draft's column and its evidence in its report's, where shown. */
    private void openFinding(CheckRow row) {
        tabs.selectCompare();
        int draft = session.shown().get().columnOf(row.draft());
        int evidence = session.shown().get().columnOf(row.evidence());
        if (draft < 0) {
            session.bringIntoColumns(row.draft());
        } else { // one jump: the draft's place leads, the evidence shown in its own report's column
            compareView.jumps().reveal(evidence < 0 || evidence == draft ? List.of(new ShownAnalysis.Place(draft, row.span()))
                    : List.of(new ShownAnalysis.Place(draft, row.span()), new ShownAnalysis.Place(evidence, row.evidenceSpan())));
        }
    }

    /** Opens the reports, or the workspace with reports, the user named ({@link Review#openFiles}). */
    void openFiles(List<String> names) {
        review.openFiles(names, new TrustPrompt(messages, stage));
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
                openFiles(e.getDragboard().getFiles().stream().map(File::getPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** The window closes: its size is remembered, notes not chosen or not saved stay for recovery, the background work stops. */
    void close() {
        if (stage != null) {
            session.settings().windowSize(stage.getWidth(), stage.getHeight());
        }
        session.settings().flush();
        review.closing();
        session.close();
    }

    /** Quits; with notes not saved, after asking whether to save them (a save that fails or is not chosen keeps the window). */
    void quit() {
        if (review.wouldLose()) {
            switch (QuitPrompt.ask(messages, stage)) {
                case STAY -> {
                    return;
                }
                case DISCARD -> review.discardChanges();
                case SAVE -> {
                    CompletableFuture<Path> saving = Menus.saveWorkspace(review, new FileDialogs(messages, stage));
                    if (saving != null) {
                        saving.whenComplete((saved, error) -> Platform.runLater(() -> {
                            if (error == null) {
                                closeAndExit();
                            }
                        }));
                    }
                    return;
                }
                default -> throw new IllegalStateException();
            }
        }
        closeAndExit();
    }

    private void closeAndExit() {
        close();
        if (stage != null) {
            stage.hide();
        }
        exit.run();
    }
}
