package org.reportlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.outline.OutlineNode;
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
    private final Messages messages;
    private final Review review;
    private ShownAnalysis shown = ShownAnalysis.NOTHING;

    AlignmentPane(Messages messages, Review review, Consumer<AlignmentRow> onSelect,
                  Consumer<List<ShownAnalysis.Place>> onAlso) {
        this.messages = messages;
        this.review = review;
        rows = new AlignmentRowsView(messages, onSelect, onAlso, review::withdrawCorrection);
        rows.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        link = new Button(messages.get("alignment.link"));
        link.setId("link-sections");
        unlink = new Button(messages.get("alignment.unlink"));
        unlink.setId("unlink-sections");
        link.setOnAction(e -> link(review));
        unlink.setOnAction(e -> unlink(review));
        rows.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<AlignmentRow>) c -> enable());
        HBox buttons = new HBox(6, explained(link, messages.get("alignment.link.tip")),
                explained(unlink, messages.get("alignment.unlink.tip")));
        ContextMenu corrections = new ContextMenu();
        corrections.setId("corrections-menu");
        rows.setContextMenu(corrections);
        VBox.setVgrow(rows, Priority.ALWAYS);
        getChildren().addAll(rows, buttons);
        enable();
    }

    /**
     * The button in a holder, both carrying its tooltip: a disabled button shows none, and a disabled
     * Link is when the user most needs to read what it wants selected; an enabled one shows its own.
     */
    private static StackPane explained(Button button, String text) {
        StackPane holder = new StackPane(button);
        holder.setId(button.getId() + "-holder");
        Tooltip tip = new WrappingTooltip(text);
        button.setTooltip(tip);
        Tooltip.install(holder, tip);
        return holder;
    }

    /**
     * The same corrections on a right click on the rows, each offered by name (tour 12: no menu offered them, and
     * the two buttons under the list were not found); with nothing to offer, what to select.
     */
    private void fillCorrectionsMenu() {
        List<MenuItem> items = new ArrayList<>();
        for (SectionPairing.Unlink choice : unlinksOf()) {
            items.add(item(unlinkLabel(choice), () -> review.correctAlignment(choice.link())));
        }
        for (SectionPairing.Link choice : linksOf()) {
            items.add(item(linkLabel(choice), () -> review.correctAlignment(choice.link())));
        }
        if (items.isEmpty()) {
            MenuItem hint = new MenuItem(messages.get("alignment.menu.none"));
            hint.setDisable(true);
            items.add(hint);
        }
        rows.getContextMenu().getItems().setAll(items);
    }

    private static MenuItem item(String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        item.setOnAction(e -> action.run());
        return item;
    }

    void show(ShownAnalysis analysis) {
        shown = analysis;
        rows.show(analysis);
        enable();
    }

    /** The pairs of sections Link may make of the two selected rows. */
    private List<SectionPairing.Link> linksOf() {
        List<AlignmentRow> selected = List.copyOf(rows.getSelectionModel().getSelectedItems());
        return shown.sections() == null || selected.size() != 2 ? List.of()
                : SectionPairing.links(shown.sections(), selected.get(0), selected.get(1));
    }

    /** One pair is made at once; of two rows of several years, which would break pairs, the user chooses. */
    private void link(Review review) {
        correct(review, link, "link-choices", linksOf(), SectionPairing.Link::link, this::linkLabel);
    }

    private String linkLabel(SectionPairing.Link choice) {
        return messages.format("alignment.link.pair", ReportDescriptions.yearOrName(choice.older()),
                shortLabel(choice.olderSection()), ReportDescriptions.yearOrName(choice.newer()),
                shortLabel(choice.newerSection()));
    }

    /** A section's label cut to fit a menu line. */
    private static String shortLabel(OutlineNode section) {
        String label = ReportDescriptions.nodeLabel(section);
        return label.length() <= MENU_LABEL ? label : label.substring(0, MENU_LABEL) + "…";
    }

    private static final int MENU_LABEL = 18;

    /** The pairs of neighbouring years the selected row may be parted at. */
    private List<SectionPairing.Unlink> unlinksOf() {
        List<AlignmentRow> selected = List.copyOf(rows.getSelectionModel().getSelectedItems());
        return shown.sections() == null || selected.size() != 1 ? List.of()
                : SectionPairing.unlinks(shown.sections(), selected.get(0));
    }

    /** One pair is parted at once; of a row of three years or more, the user chooses which, from a menu. */
    private void unlink(Review review) {
        correct(review, unlink, "unlink-choices", unlinksOf(), SectionPairing.Unlink::link, this::unlinkLabel);
    }

    private String unlinkLabel(SectionPairing.Unlink choice) {
        return messages.format("alignment.unlink.pair", ReportDescriptions.yearOrName(choice.older()),
                ReportDescriptions.yearOrName(choice.newer()));
    }

    /** Makes the one correction offered at once; of several, the one the user picks from a menu under the button. */
    private static <T> void correct(Review review, Button under, String menuId, List<T> choices,
                                    Function<T, SectionLink> correction, Function<T, String> label) {
        if (choices.size() == 1) {
            review.correctAlignment(correction.apply(choices.get(0)));
            return;
        }
        ContextMenu menu = new ContextMenu();
        menu.setId(menuId);
        for (T choice : choices) {
            MenuItem item = new MenuItem(label.apply(choice));
            item.setOnAction(e -> review.correctAlignment(correction.apply(choice)));
            menu.getItems().add(item);
        }
        menu.show(under, Side.BOTTOM, 0, 0);
    }

    private void enable() {
        link.setDisable(linksOf().isEmpty());
        unlink.setDisable(unlinksOf().isEmpty());
        fillCorrectionsMenu();
    }
}
