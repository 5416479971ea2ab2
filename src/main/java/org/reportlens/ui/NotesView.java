package org.reportlens.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reportlens.core.report.Report;
import org.reportlens.core.workspace.Note;
import org.reportlens.session.Review;

/** The notes tab: ✓ reviewed, ○ not, each with its report and quote; double-click shows the place, right-click toggles or removes. */
final class NotesView extends VBox {
    private final ListView<Note> list = new ListView<>();

    /** @param show shows a note's place in the columns */
    NotesView(Messages messages, ReportDescriptions descriptions, Review review, Consumer<Note> show) {
        list.setId("notes-list");
        Fx.show(review.notes(), notes -> list.getItems().setAll(notes));
        list.setPlaceholder(new Label(messages.get("notes.empty")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Note note, boolean empty) {
                super.updateItem(note, empty);
                if (empty || note == null) {
                    setText(null);
                    return;
                }
                Report report = review.reportOf(note);
                String where = report == null ? Path.of(note.anchor().report()).getFileName().toString()
                        : descriptions.facts(report);
                setText((note.reviewed() ? "✓ " : "○ ") + where + "  «" + note.anchor().quote().replace('\n', ' ') + "»"
                        + (note.text().isEmpty() ? "" : "\n" + note.text()));
            }
        });
        list.setOnMouseClicked(e -> {
            Note note = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && note != null) {
                show.accept(note);
            }
        });
        MenuItem toggle = new MenuItem(messages.get("notes.toggleReviewed"));
        toggle.setOnAction(e -> selected(note -> review.setReviewed(note, !note.reviewed())));
        MenuItem delete = new MenuItem(messages.get("notes.remove"));
        delete.setOnAction(e -> selected(review::remove));
        list.setContextMenu(new ContextMenu(toggle, delete));
        getChildren().add(list);
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    private void selected(Consumer<Note> action) {
        Note note = list.getSelectionModel().getSelectedItem();
        if (note != null) {
            action.accept(note);
        }
    }
}
