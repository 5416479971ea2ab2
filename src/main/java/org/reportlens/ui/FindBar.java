package org.reportlens.ui;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.reportlens.session.Find;

/**
 * Ctrl+F: a text to find in every column; Enter or "next" finds its next place, Shift+Enter or
 * "previous" the one before, and the bar says which place of how many; Esc closes.
 */
final class FindBar extends HBox {
    /** Finds a text forward or backward, from the selection or ({@code here}) at it. */
    interface Finder {
        Optional<Find.Found> find(String text, boolean forward, boolean here);
    }

    private final Messages messages;
    private final Finder finder;
    private final TextField field = new TextField();
    private final Label count = new Label();

    FindBar(Messages messages, Finder finder) {
        super(6);
        this.messages = messages;
        this.finder = finder;
        field.setId("find-field");
        field.setPromptText(messages.get("find.prompt"));
        field.setPrefColumnCount(24);
        Button next = new Button(messages.get("find.next"));
        next.setId("find-next");
        next.setOnAction(e -> find(true, false));
        Button previous = new Button(messages.get("find.previous"));
        previous.setId("find-previous");
        previous.setOnAction(e -> find(false, false));
        Button close = new Button("×");
        close.setOnAction(e -> setVisible(false));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setVisible(false);
            } else if (e.getCode() == KeyCode.ENTER) {
                find(!e.isShiftDown(), false);
                e.consume();
            }
        });
        count.setId("find-count");
        getChildren().setAll(new Label(messages.get("find.label")), field, previous, next, count, close);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        getStyleClass().add("find-bar");
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    void open() {
        setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    /** Opens the bar with {@code text} and finds it at the selection of the focused column and near it in the others. */
    void findInOtherColumns(String text) {
        setVisible(true);
        field.setText(text);
        show(finder.find(text, true, true));
    }

    private void find(boolean forward, boolean here) {
        show(finder.find(field.getText(), forward, here));
    }

    private void show(Optional<Find.Found> found) {
        count.setText(found.map(f -> messages.format("find.count", f.number(), f.total())).orElse(
                field.getText().isEmpty() ? "" : messages.get("find.none")));
    }
}
