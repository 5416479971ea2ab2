package org.reportlens.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/** Ctrl+F: a text to find in every column; Enter or "next" finds its next place, Esc closes. */
final class FindBar extends HBox {
    private final TextField field = new TextField();

    FindBar(Messages messages, Consumer<String> find) {
        super(6);
        field.setId("find-field");
        field.setPromptText(messages.get("find.prompt"));
        field.setOnAction(e -> find.accept(field.getText()));
        Button next = new Button(messages.get("find.next"));
        next.setOnAction(e -> find.accept(field.getText()));
        Button close = new Button("×");
        close.setOnAction(e -> setVisible(false));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setVisible(false);
            }
        });
        getChildren().setAll(new Label(messages.get("find.label")), field, next, close);
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
}
