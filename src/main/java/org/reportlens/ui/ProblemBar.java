package org.reportlens.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.reportlens.session.Session;

/** Problems the user should see — files that could not be read, work that failed — one a line, until dismissed. */
final class ProblemBar extends VBox {

    ProblemBar(Messages messages, Session session) {
        super(2);
        setId("problem-bar");
        getStyleClass().add("problem-bar");
        Button dismiss = new Button(messages.get("problem.dismiss"));
        dismiss.setOnAction(e -> session.dismissProblems());
        Label heading = new Label();
        VBox lines = new VBox(1);
        Fx.show(session.problems(), problems -> {
            heading.setText(messages.format("problem.heading", problems.size()));
            lines.getChildren().setAll(problems.stream().map(p -> {
                Label line = new Label(messages.text(p));
                line.getStyleClass().add("problem");
                return line;
            }).toList());
            setVisible(!problems.isEmpty());
        });
        managedProperty().bind(visibleProperty());
        getChildren().addAll(new HBox(8, heading, dismiss), lines);
    }
}
