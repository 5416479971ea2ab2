package org.reportlens.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.reportlens.core.outline.OutlineNode;

/** An outline node: its numbered title, a badge for review/plan parts, leads in italics. */
final class OutlineTreeCell extends TreeCell<OutlineNode> {
    private final ReportDescriptions descriptions;
    private final Label label = new Label();
    private final Label badge = new Label();
    private final HBox box = new HBox(6, label, badge);

    OutlineTreeCell(ReportDescriptions descriptions) {
        this.descriptions = descriptions;
        badge.getStyleClass().add("part-badge");
    }

    @Override
    protected void updateItem(OutlineNode node, boolean empty) {
        super.updateItem(node, empty);
        if (empty || node == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        label.setText(ReportDescriptions.nodeLabel(node));
        label.getStyleClass().removeAll("outline-lead", "outline-part", "outline-heading");
        label.getStyleClass().add(node.lead() ? "outline-lead" : node.level() == 1 ? "outline-part" : "outline-heading");
        String badgeText = descriptions.partBadge(node);
        badge.setText(badgeText);
        badge.setVisible(!badgeText.isEmpty());
        badge.setManaged(!badgeText.isEmpty());
        badge.getStyleClass().removeIf(c -> c.startsWith("part-badge-"));
        if (node.part() != null) {
            badge.getStyleClass().add("part-badge-" + node.part().id());
        }
        setGraphic(box);
    }
}
