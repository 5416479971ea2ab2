package org.reportlens.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The window's body: the reports and the sections pane on the left, the result tabs beside them. The left side
 * can be put away ({@link #sidePanes}): four columns of text beside it are a few characters wide (a tour read
 * 6–8 a line), and an editor reading them wants the width back.
 */
final class WindowBody extends SplitPane {
    private final VBox left;
    private final BooleanProperty sidePanes = new SimpleBooleanProperty(true);
    /** Where the divider was when the left side was put away: it comes back there. */
    private double divider = 0.27; // the sections pane's lines, with their "also in", need the room

    WindowBody(Messages messages, ReportListView reports, AlignmentPane sections, ResultTabs tabs) {
        // two to four reports need little room; the sections pane the most — the user can drag the divider
        SplitPane side = new SplitPane(titled(messages.get("reports.title"), reports),
                titled(messages.get("alignment.title"), sections));
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.3);
        left = new VBox(side);
        VBox.setVgrow(side, Priority.ALWAYS);
        getItems().setAll(left, tabs);
        setOrientation(Orientation.HORIZONTAL);
        setDividerPositions(divider);
        SplitPane.setResizableWithParent(left, false);
        setId("window-body");
        sidePanes.addListener((o, was, shown) -> showSide(shown));
    }

    /** Whether the reports and the sections pane are shown. */
    BooleanProperty sidePanes() {
        return sidePanes;
    }

    private void showSide(boolean shown) {
        if (shown && !getItems().contains(left)) {
            getItems().add(0, left);
            setDividerPositions(divider);
        } else if (!shown && getItems().contains(left)) {
            divider = getDividerPositions()[0];
            getItems().remove(left);
        }
    }

    private static VBox titled(String title, Region content) {
        Label label = new Label(title);
        label.getStyleClass().add("pane-title");
        label.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
