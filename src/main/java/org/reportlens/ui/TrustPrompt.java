package org.reportlens.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.reportlens.session.Review;

/**
 * Asks before a workspace's reports outside its folder are read: a workspace from someone else
 * could name any file on this computer. Lists the paths, so the user sees what would be read.
 */
final class TrustPrompt implements Review.Trust {
    /** The paths listed in full; more are counted. */
    private static final int LISTED = 8;
    private final Messages messages;
    private final Window owner;

    TrustPrompt(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public boolean readOutside(Path workspace, List<String> outside) {
        ButtonType read = new ButtonType(messages.get("trust.read"), ButtonBar.ButtonData.YES);
        String listed = outside.stream().limit(LISTED).collect(Collectors.joining("\n"));
        if (outside.size() > LISTED) {
            listed += "\n" + messages.format("trust.more", outside.size() - LISTED);
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, listed, read, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle(messages.get("trust.title"));
        alert.setHeaderText(messages.format("trust.header", workspace.getFileName(), outside.size()));
        alert.getDialogPane().setId("trust-prompt");
        // reading files the user did not choose is the risky answer: it is not the default
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(read)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == read;
    }
}
