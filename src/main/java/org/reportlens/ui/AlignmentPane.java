package org.reportlens.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.session.Review;
import org.reportlens.session.SectionPairing;
import org.reportlens.session.ShownAnalysis;

/**
 * The alignment rows with the user's corrections under them: select a dropped and a new section (or
 * two wrong pairs) and Link pins them together; select a pair and Unlink parts it. What a selection
 * means is {@link SectionPairing}'s; the session keeps the correction with the options, and the
 * review counts it as unsaved work.
 */
final class AlignmentPane extends VBox {
    private final AlignmentRowsView rows;
    private final Button link;
    private final Button unlink;
    private ShownAnalysis shown = ShownAnalysis.NOTHING;

    AlignmentPane(Messages messages, Review review, Consumer<AlignmentRow> onSelect,
                  Consumer<List<ShownAnalysis.Place>> onAlso) {
        rows = new AlignmentRowsView(messages, onSelect, onAlso);
        rows.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        link = new Button(messages.get("alignment.link"));
        link.setId("link-sections");
        link.setTooltip(new Tooltip(messages.get("alignment.link.tip")));
        unlink = new Button(messages.get("alignment.unlink"));
        unlink.setId("unlink-sections");
        unlink.setTooltip(new Tooltip(messages.get("alignment.unlink.tip")));
        link.setOnAction(e -> linkOf().ifPresent(review::correctAlignment));
        unlink.setOnAction(e -> unlinkOf().ifPresent(review::correctAlignment));
        rows.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<AlignmentRow>) c -> enable());
        HBox buttons = new HBox(6, link, unlink);
        VBox.setVgrow(rows, Priority.ALWAYS);
        getChildren().addAll(rows, buttons);
        enable();
    }

    void show(ShownAnalysis analysis) {
        shown = analysis;
        rows.show(analysis);
        enable();
    }

    private Optional<SectionLink> linkOf() {
        List<AlignmentRow> selected = List.copyOf(rows.getSelectionModel().getSelectedItems());
        return shown.sections() == null || selected.size() != 2 ? Optional.empty()
                : SectionPairing.link(shown.sections(), selected.get(0), selected.get(1));
    }

    private Optional<SectionLink> unlinkOf() {
        List<AlignmentRow> selected = List.copyOf(rows.getSelectionModel().getSelectedItems());
        return shown.sections() == null || selected.size() != 1 ? Optional.empty()
                : SectionPairing.unlink(shown.sections(), selected.get(0));
    }

    private void enable() {
        link.setDisable(linkOf().isEmpty());
        unlink.setDisable(unlinkOf().isEmpty());
    }
}
