package org.reportlens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.reportlens.core.report.Report;
import org.reportlens.core.workspace.Anchor;
import org.reportlens.core.workspace.Note;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.core.workspace.WorkspaceException;
import org.reportlens.core.workspace.WorkspaceFile;

/**
 * The reviewer's notes and the workspace they are saved in. Every change is also written, in the
 * background, to a recovery file; it is deleted when the window closes with nothing unsaved, so a
 * recovery file found at start means notes from a session that ended badly, which are offered back.
 */
final class ReviewNotes {
    private final MainViewModel model;
    private final Messages messages;
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private boolean unsaved;

    ReviewNotes(MainViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    ObservableList<Note> notes() {
        return notes;
    }

    ObjectProperty<Path> fileProperty() {
        return file;
    }

    boolean unsaved() {
        return unsaved;
    }

    void add(Report report, int start, int end, String text, boolean reviewed) {
        String quote = report.original().substring(start, end);
        notes.add(new Note(new Anchor(WorkspaceState.absolute(report.file()), start, end, quote), text, reviewed));
        changed();
    }

    void setReviewed(Note note, boolean reviewed) {
        int at = notes.indexOf(note);
        if (at >= 0) {
            notes.set(at, new Note(note.anchor(), note.text(), reviewed));
            changed();
        }
    }

    void remove(Note note) {
        if (notes.remove(note)) {
            changed();
        }
    }

    /** The report a note belongs to, if it is loaded. */
    Report reportOf(Note note) {
        return model.reports().stream().filter(r -> WorkspaceState.absolute(r.file()).equals(note.anchor().report()))
                .findFirst().orElse(null);
    }

    private Workspace snapshot() {
        return WorkspaceState.of(List.copyOf(model.reports()), model.optionsProperty().get(), List.copyOf(notes));
    }

    private void changed() {
        unsaved = true;
        Workspace state = snapshot();
        Path recovery = model.settings().recoveryFile();
        model.inBackground(() -> {
            try {
                Files.createDirectories(recovery.toAbsolutePath().getParent());
                WorkspaceFile.save(recovery, state);
            } catch (IOException | WorkspaceException e) {
                Platform.runLater(() -> model.problems().add(messages.format("problem.recovery", e.getMessage())));
            }
        });
    }

    void save(Path target) {
        Workspace state = snapshot();
        model.inBackground(() -> {
            try {
                WorkspaceFile.save(target, state);
                Platform.runLater(() -> {
                    file.set(target);
                    unsaved = false;
                    model.statusProperty().set(messages.format("status.workspaceSaved", target));
                });
            } catch (WorkspaceException e) {
                Platform.runLater(() -> model.problems().add(e.getMessage()));
            }
        });
    }

    /** Opens a workspace: its reports replace those loaded, its notes these notes. A file that cannot be read changes nothing. */
    void open(Path source, boolean recovered) {
        model.inBackground(() -> {
            try {
                Workspace workspace = WorkspaceFile.load(source);
                Platform.runLater(() -> model.replaceWith(workspace, () -> adopt(workspace, recovered ? null : source)));
            } catch (WorkspaceException e) {
                Platform.runLater(() -> model.problems().add(e.getMessage()));
            }
        });
    }

    private void adopt(Workspace workspace, Path source) {
        List<Note> placed = new ArrayList<>();
        int lost = 0;
        for (Note n : workspace.notes()) {
            Report report = model.reports().stream()
                    .filter(r -> WorkspaceState.absolute(r.file()).equals(n.anchor().report())).findFirst().orElse(null);
            Anchor anchor = report == null ? null : n.anchor().relocate(report.original());
            if (anchor == null) {
                lost++;
                placed.add(n);
            } else {
                placed.add(new Note(anchor, n.text(), n.reviewed()));
            }
        }
        notes.setAll(placed);
        file.set(source);
        unsaved = source == null;
        model.statusProperty().set(lost == 0 ? messages.format("status.workspaceOpened", placed.size())
                : messages.format("status.notesLost", placed.size(), lost));
    }

    boolean recoveryAvailable() {
        return Files.isRegularFile(model.settings().recoveryFile());
    }

    void restoreRecovery() {
        open(model.settings().recoveryFile(), true);
    }

    void discardRecovery() {
        deleteRecovery();
    }

    /** The window closes: without unsaved notes, nothing needs recovering. */
    void closing() {
        if (!unsaved) {
            deleteRecovery();
        }
    }

    private void deleteRecovery() {
        try {
            Files.deleteIfExists(model.settings().recoveryFile());
            Files.deleteIfExists(WorkspaceFile.backupOf(model.settings().recoveryFile()));
        } catch (IOException e) {
            // a recovery file left behind is offered once more, which is harmless
        }
    }
}
