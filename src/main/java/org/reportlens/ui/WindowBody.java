package org.reportlens.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The window's body: the reports and the sections pane on the left, the result tabs beside them. */
final class WindowBody {
    private WindowBody() {
    }

    static SplitPane of(Messages messages, ReportListView reports, AlignmentPane sections, ResultTabs tabs) {
        // two to four reports need little room; the sections pane the most — the user can drag the divider
        SplitPane left = new SplitPane(titled(messages.get("reports.title"), reports),
                titled(messages.get("alignment.title"), sections));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.3);
        SplitPane split = new SplitPane(left, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.27); // the sections pane's lines, with their "also in", need the room
        SplitPane.setResizableWithParent(left, false);
        return split;
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
