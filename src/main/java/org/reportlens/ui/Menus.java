package org.reportlens.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.reportlens.session.Notice;
import org.reportlens.session.Review;
import org.reportlens.session.Session;
import org.reportlens.session.Zoom;

/** The menu bar — File, Edit, View — and what each command does. */
final class Menus {
    private final Messages messages;
    private final Session session;
    private final Review review;
    private final CompareView compare;
    private final ResultTabs tabs;
    private final FindBar findBar;
    private final Supplier<FileDialogs> dialogs;
    private final Runnable quit;
    private final NoteDialog notes;

    Menus(Messages messages, Session session, Review review, CompareView compare, ResultTabs tabs, FindBar findBar,
          NoteDialog notes, Supplier<FileDialogs> dialogs, Runnable quit) {
        this.notes = notes;
        this.messages = messages;
        this.session = session;
        this.review = review;
        this.compare = compare;
        this.tabs = tabs;
        this.findBar = findBar;
        this.dialogs = dialogs;
        this.quit = quit;
    }

    /** The menu bar; {@code sidePanes}, whether the reports and the sections pane are shown, is its View menu's to switch. */
    MenuBar bar(BooleanProperty sidePanes) {
        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        Menu file = new Menu(messages.get("menu.file"), null,
                item("menu.file.open", "Shortcut+O", this::openReports), recent, new SeparatorMenuItem(),
                item("menu.file.openWorkspace", null, () -> dialogs.get().workspace(false)
                        .ifPresent(f -> review.open(f, new TrustPrompt(messages, compare.getScene().getWindow())))),
                item("menu.file.saveWorkspace", "Shortcut+S", this::saveWorkspace),
                item("menu.file.saveWorkspaceAs", null, () -> dialogs.get().workspace(true).ifPresent(review::save)),
                new SeparatorMenuItem(),
                item("menu.file.exportHtml", null, () -> export(Session.ExportFormat.HTML)),
                item("menu.file.exportCsv", null, () -> export(Session.ExportFormat.CSV)),
                item("menu.file.exportWord", null, () -> export(Session.ExportFormat.DOCX)),
                item("menu.file.exportPdf", null, () -> export(Session.ExportFormat.PDF)),
                new SeparatorMenuItem(), item("menu.file.quit", "Shortcut+Q", quit));
        Menu edit = new Menu(messages.get("menu.edit"), null,
                item("menu.edit.addNote", "Shortcut+M", () -> notes.onSelection(compare.focusedColumn(), false)),
                item("menu.edit.markReviewed", "Shortcut+Shift+M", () -> notes.onSelection(compare.focusedColumn(), true)));
        Menu language = new Menu(messages.get("menu.view.language"), null,
                languageItem("中文", "zh"), languageItem("English", "en"));
        Menu view = new Menu(messages.get("menu.view"), null,
                item("menu.view.nextChange", "F7", () -> compare.jumps().nextChange(true)),
                item("menu.view.previousChange", "Shift+F7", () -> compare.jumps().nextChange(false)),
                item("menu.view.nextDuplicate", "F8", () -> compare.jumps().nextDuplicate(true)),
                item("menu.view.previousDuplicate", "Shift+F8", () -> compare.jumps().nextDuplicate(false)),
                new SeparatorMenuItem(),
                item("menu.view.find", "Shortcut+F", () -> {
                    tabs.selectCompare();
                    findBar.open();
                }), new SeparatorMenuItem(),
                item("menu.view.zoomIn", "Shortcut+=", () -> compare.zoom(compare.zoom().in())),
                item("menu.view.zoomOut", "Shortcut+Minus", () -> compare.zoom(compare.zoom().out())),
                item("menu.view.zoomReset", "Shortcut+0", () -> compare.zoom(Zoom.ACTUAL_SIZE)),
                new SeparatorMenuItem(), onlyChanges(), sidePanes(sidePanes), new SeparatorMenuItem(), language);
        return new MenuBar(file, edit, view);
    }

    /** Unchanged text folded in every column, or not; the changes pane has the same switch. */
    private CheckMenuItem onlyChanges() {
        CheckMenuItem item = new CheckMenuItem(messages.get("menu.view.onlyChanges"));
        item.setId("only-changes-menu");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+H"));
        item.selectedProperty().bindBidirectional(compare.onlyChanges());
        return item;
    }

    /** The reports and the sections pane shown beside the columns, or put away to give the columns their width. */
    private CheckMenuItem sidePanes(BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem(messages.get("menu.view.sidePanes"));
        item.setId("side-panes-menu");
        item.setAccelerator(KeyCombination.keyCombination("F9"));
        item.selectedProperty().bindBidirectional(shown);
        return item;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private MenuItem languageItem(String name, String tag) {
        MenuItem item = new MenuItem(name);
        item.setOnAction(e -> {
            session.settings().language(tag);
            session.settings().flush();
            session.say(Notice.of("status.languageOnRestart"));
        });
        return item;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (String f : session.settings().recentFiles()) {
            MenuItem item = new MenuItem(f);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> session.open(List.of(f)));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void openReports() {
        List<String> files = dialogs.get().reports();
        if (!files.isEmpty()) {
            review.openFiles(files, new TrustPrompt(messages, compare.getScene().getWindow()));
        }
    }

    private void saveWorkspace() {
        saveWorkspace(review, dialogs.get());
    }

    /** Saves in the workspace the notes came from, else in one the user chooses; null when the user chose none. */
    static CompletableFuture<Path> saveWorkspace(Review review, FileDialogs dialogs) {
        if (review.file().get() != null) {
            return review.save(review.file().get());
        }
        return dialogs.workspace(true).map(review::save).orElse(null);
    }

    private void export(Session.ExportFormat format) {
        if (!session.exportable(format)) { // before the dialog: a file chosen for nothing would only be refused
            session.say(Notice.of("status.nothingToExport"));
            return;
        }
        String name = session.exportName(format, f -> switch (f) {
            case CSV -> messages.get("export.name.targets");
            case DOCX -> messages.get("export.name.redline");
            case HTML, PDF -> "";
        });
        dialogs.get().export(format, name, session.exportFolder())
                .ifPresent(file -> session.export(format, file, messages.locale()));
    }
}
