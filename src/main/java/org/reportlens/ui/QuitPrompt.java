package org.reportlens.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks, before the window closes with notes not saved, whether to save them, quit without them, or stay. */
final class QuitPrompt {
    enum Choice { SAVE, DISCARD, STAY }

    private QuitPrompt() {
    }

    static Choice ask(Messages messages, Window owner) {
        ButtonType save = new ButtonType(messages.get("quit.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("quit.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, null, save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.get("quit.title"));
        alert.setHeaderText(messages.get("quit.header"));
        alert.getDialogPane().setId("quit-prompt");
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == save ? Choice.SAVE : chosen == discard ? Choice.DISCARD : Choice.STAY;
    }
}
