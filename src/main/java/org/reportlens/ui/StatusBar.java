package org.reportlens.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.reportlens.session.Counts;
import org.reportlens.session.Session;

/** The status line: a spinner while work runs, what just happened, and the counts of the analysis shown. */
final class StatusBar extends HBox {
    private final Label counts = new Label();

    StatusBar(Messages messages, Session session) {
        super(6);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(14, 14);
        Fx.show(session.busy(), progress::setVisible);
        Label status = new Label();
        status.setId("status");
        Fx.show(session.status(), notice -> status.setText(messages.text(notice)));
        counts.setId("counts");
        Fx.show(session.shown(), shown -> {
            Counts c = shown.counts();
            counts.setText(c == null ? "" : messages.format("status.counts", c.changes(), c.duplicates(),
                    c.changedTargets(), c.millis()));
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().setAll(progress, status, spacer, counts);
        getStyleClass().add("status-bar");
        setPadding(new Insets(3, 8, 3, 8));
    }
}
