package org.reportlens.ui;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The context menu of a column's text: copy, add a note, find the selection in the other columns. */
final class TextMenu {
    private final Messages messages;
    private final NoteDialog notes;
    private final Consumer<String> findInOtherColumns;

    TextMenu(Messages messages, NoteDialog notes, Consumer<String> findInOtherColumns) {
        this.messages = messages;
        this.notes = notes;
        this.findInOtherColumns = findInOtherColumns;
    }

    void attach(ColumnView column) {
        MenuItem copy = item("text.copy", () -> column.area().copy());
        MenuItem note = item("menu.edit.addNote", () -> notes.onSelection(column, false));
        MenuItem reviewed = item("menu.edit.markReviewed", () -> notes.onSelection(column, true));
        MenuItem find = item("text.findElsewhere", () -> findInOtherColumns.accept(column.area().getSelectedText()));
        ContextMenu menu = new ContextMenu(copy, new SeparatorMenuItem(), note, reviewed, new SeparatorMenuItem(), find);
        menu.setId("text-menu");
        // nothing selected: nothing to copy, note or look for
        menu.setOnShowing(e -> menu.getItems().forEach(i -> i.setDisable(column.selectionLength() == 0)));
        column.area().setContextMenu(menu);
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
