package org.reportlens.ui;

import javafx.scene.control.TextInputDialog;
import org.reportlens.session.Notice;
import org.reportlens.session.Review;
import org.reportlens.session.Session;

/** A note on the selection of a column, from the Edit menu or the text's context menu. */
final class NoteDialog {
    private final Messages messages;
    private final Session session;
    private final Review review;

    NoteDialog(Messages messages, Session session, Review review) {
        this.messages = messages;
        this.session = session;
        this.review = review;
    }

    /** A note on the column's selection; "reviewed" marks it without asking for text. */
    void onSelection(ColumnView column, boolean markReviewed) {
        if (column == null || column.report() == null || column.selectionLength() == 0) {
            session.say(Notice.of("status.selectFirst"));
            return;
        }
        int start = column.selectionStart();
        int end = start + column.selectionLength();
        if (markReviewed) {
            review.add(column.report(), start, end, "", true);
            return;
        }
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(column.getScene().getWindow());
        dialog.setTitle(messages.get("menu.edit.addNote"));
        dialog.setHeaderText(column.area().getSelectedText());
        dialog.showAndWait().filter(t -> !t.isBlank())
                .ifPresent(t -> review.add(column.report(), start, end, t.strip(), false));
    }
}
