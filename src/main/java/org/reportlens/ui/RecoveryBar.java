package org.reportlens.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.reportlens.session.Review;

/** Offered while notes of a session that ended badly wait: restore them, or discard them. Until then they stay. */
final class RecoveryBar extends HBox {

    RecoveryBar(Messages messages, Review review) {
        super(8);
        Button restore = new Button(messages.get("recovery.restore"));
        restore.setId("recovery-restore");
        Button discard = new Button(messages.get("recovery.discard"));
        discard.setId("recovery-discard");
        getChildren().setAll(new Label(messages.get("recovery.found")), restore, discard);
        setId("recovery-bar");
        getStyleClass().add("problem-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        Fx.show(review.found(), found -> setVisible(found != null));
        managedProperty().bind(visibleProperty());
        restore.setOnAction(e -> review.restoreRecovery());
        discard.setOnAction(e -> review.discardRecovery());
    }
}
