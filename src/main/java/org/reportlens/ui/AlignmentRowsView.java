package org.reportlens.ui;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.session.AlignmentLine;
import org.reportlens.session.ShownAnalysis;

/**
 * The alignment rows: each section's title in each shown year, the similarity, a badge when a section
 * is new, split off, dropped, merged or only in some years, another when the program is unsure of the
 * row ({@link AlignmentLine}), and under
 * the titles where a section also continues and which pairs the user parted. Selecting a row scrolls
 * every column to it; clicking an "also in" shows the paragraphs that went there, side by side;
 * clicking a parted pair takes that correction back.
 */
final class AlignmentRowsView extends ListView<AlignmentRow> {
    private final Messages messages;
    private final Consumer<List<ShownAnalysis.Place>> onAlso;
    private final Consumer<SectionLink> onTakeBack;
    private AlignedSections sections;
    /** What each row says, made once for the analysis shown, not at every cell update. */
    private Map<AlignmentRow, AlignmentLine> lines = Map.of();

    AlignmentRowsView(Messages messages, Consumer<AlignmentRow> onSelect, Consumer<List<ShownAnalysis.Place>> onAlso,
                      Consumer<SectionLink> onTakeBack) {
        this.messages = messages;
        this.onAlso = onAlso;
        this.onTakeBack = onTakeBack;
        setId("alignment-rows");
        setPlaceholder(new Label(messages.get("alignment.empty")));
        setCellFactory(list -> {
            // as wide as the list: a long title is cut with "…" (the tooltip has it whole), the badge never is
            RowCell cell = new RowCell();
            cell.prefWidthProperty().bind(widthProperty().subtract(24)); // the vertical scroll bar beside it
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            // a click on the row already selected shows it again (the user may have scrolled or gone to another tab
            // since), unless it was on one of its lines, which shows what the line names; a click that selects it
            // shows it through the selection
            boolean[] wasSelected = new boolean[1];
            cell.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> wasSelected[0] = !cell.isEmpty()
                    && cell.getItem() == getSelectionModel().getSelectedItem());
            cell.setOnMouseClicked(e -> {
                if (wasSelected[0] && e.getButton() == MouseButton.PRIMARY && !e.isShortcutDown() && !e.isShiftDown()
                        && !onALine(e.getPickResult().getIntersectedNode())) {
                    onSelect.accept(cell.getItem());
                }
            });
            return cell;
        });
        getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                onSelect.accept(row);
            }
        });
    }

    private static boolean onALine(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Hyperlink) {
                return true;
            }
        }
        return false;
    }

    void show(ShownAnalysis analysis) {
        // the row worked on stays selected through the analysis a correction starts: the row that now holds
        // the first section of the first row selected
        SectionAt kept = firstSelectedSection();
        sections = analysis.sections();
        List<AlignmentRow> rows = analysis.outlineRows();
        Map<AlignmentRow, AlignmentLine> made = new IdentityHashMap<>();
        rows.forEach(r -> made.put(r, AlignmentLine.of(analysis, r)));
        lines = made;
        getItems().setAll(rows);
        for (int i = 0; kept != null && sections != null && i < rows.size(); i++) {
            for (int r = 0; r < sections.reports().size(); r++) {
                OutlineNode n = sections.node(rows.get(i), r);
                if (n != null && kept.equals(new SectionAt(sections.reports().get(r).file(), n.id()))) {
                    getSelectionModel().select(i);
                    return;
                }
            }
        }
    }

    /** A section by its report's file and its node id: what stays the same from one analysis to the next. */
    private record SectionAt(String file, String id) {
    }

    /** The first section of the first selected row, or null. */
    private SectionAt firstSelectedSection() {
        AlignmentRow row = getSelectionModel().getSelectedItems().isEmpty() ? null
                : getSelectionModel().getSelectedItems().get(0);
        for (int r = 0; row != null && sections != null && r < sections.reports().size(); r++) {
            OutlineNode n = sections.node(row, r);
            if (n != null) {
                return new SectionAt(sections.reports().get(r).file(), n.id());
            }
        }
        return null;
    }

    private final class RowCell extends ListCell<AlignmentRow> {
        @Override
        protected void updateItem(AlignmentRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            StringBuilder whole = new StringBuilder();
            VBox titles = new VBox(1);
            String first = null;
            AlignmentLine line = lines.get(row);
            for (AlignmentLine.TitleLine t : line.titleLines(sections)) {
                OutlineNode n = t.section();
                String year = t.named() ? ReportDescriptions.yearOrName(t.year()) + "  " : "";
                Label title = new Label(year + (n == null ? "—" : ReportDescriptions.nodeLabel(n)));
                title.getStyleClass().add(n == null ? "row-missing" : "row-title");
                title.setMinWidth(0);
                whole.append(whole.length() == 0 ? "" : "\n").append(title.getText());
                titles.getChildren().add(title);
                if (first == null && n != null) {
                    first = ReportDescriptions.nodeLabel(n);
                }
            }
            for (AlignmentLine.Also also : line.also()) {
                Hyperlink link = alsoLine(also);
                titles.getChildren().add(link);
                whole.append("\n").append(link.getText()); // whole in the tooltip when the line is cut
            }
            for (AlignmentLine.Parted parted : line.parted()) {
                // in three columns or more, which year's section of the row it is, as for an "also in"
                String key = AlignmentLine.namesYears(sections) ? "alignment.parted.from" : "alignment.parted";
                Hyperlink link = new Hyperlink(messages.format(key, ReportDescriptions.yearOrName(parted.report()),
                        ReportDescriptions.nodeLabel(parted.section()), ReportDescriptions.yearOrName(parted.from())));
                link.getStyleClass().add("row-parted");
                link.setMinWidth(0);
                link.setOnAction(e -> onTakeBack.accept(parted.correction()));
                link.setTooltip(new WrappingTooltip(messages.get("alignment.parted.tip")));
                titles.getChildren().add(link);
                whole.append("\n").append(link.getText());
            }
            HBox.setHgrow(titles, Priority.ALWAYS);
            titles.setPadding(new javafx.geometry.Insets(0, 0, 0, (row.level() - 1) * 12));
            titles.setMinWidth(0);
            VBox badges = RowBadges.of(messages, line, sections);
            String pinned = line.allPinned() ? "alignment.tip.pinned" : "alignment.tip.somePinned";
            String tip = line.pinned() ? pinned : line.alone() ? "alignment.tip.alone" : "alignment.tip.pair";
            line.meaning(sections).ifPresent(m -> whole.append("\n").append(messages.format(m.key(),
                    m.year() == null ? "" : ReportDescriptions.yearOrName(m.year()),
                    m.other() == null ? "" : ReportDescriptions.yearOrName(m.other()))));
            if (line.alsoMerged()) {
                whole.append("\n").append(messages.format("alignment.meaning.merged",
                        ReportDescriptions.yearOrName(line.mergedYear(sections))));
            }
            if (line.saysItsConfidence()) {
                whole.append("\n").append(messages.format(tip, line.similarity(), line.confidence()));
            }
            List<AlignmentLine.PairFigures> pairs = line.pairs(sections);
            for (int i = 0; pairs.size() > 1 && i < pairs.size(); i++) {
                AlignmentLine.PairFigures p = pairs.get(i);
                String each = p.pinned() ? "alignment.tip.eachPinned" : "alignment.tip.eachPair";
                whole.append("\n").append(messages.format(each, ReportDescriptions.yearOrName(p.older()),
                        ReportDescriptions.yearOrName(p.newer()), p.similarity(), p.confidence()));
            }
            if (line.doubtful()) {
                whole.append("\n").append(messages.get("alignment.doubtful.tip"));
            }
            if (line.badge() == AlignmentLine.Badge.GAP) {
                whole.append("\n").append(messages.format(line.missingYearsHoldIt(sections)
                        ? "alignment.gap.elsewhere.tip" : "alignment.gap.tip", RowBadges.missingYears(line, sections)));
            }
            if (line.unsectioned() != null) {
                whole.append("\n").append(messages.format("alignment.unsectioned.tip",
                        ReportDescriptions.yearOrName(line.unsectioned().report()),
                        ReportDescriptions.nodeLabel(line.unsectioned().part())));
            }
            for (AlignmentLine.Moved m : line.moved()) {
                whole.append("\n").append(messages.format("alignment.moved.tip", number(m.olderPlace()),
                        ReportDescriptions.yearOrName(m.older()), number(m.newerPlace()), ReportDescriptions.yearOrName(m.newer())));
            }
            HBox box = new HBox(6, titles, badges);
            setText(null);
            setGraphic(box);
            setAccessibleText(first);
            setTooltip(new WrappingTooltip(whole.toString()));
        }

        /**
         * Where a section of the row also continues: the other year, the share of the row's section and of the other
         * (before the title, so a cut title keeps them: "占 80%" alone read as reuse, of one section or the other —
         * tours) and, in three columns or more, which year's section of the row it is;
         * a link the program is less sure of is paler. A click shows the paragraphs side by side.
         */
        private Hyperlink alsoLine(AlignmentLine.Also also) {
            boolean named = AlignmentLine.namesYears(sections);
            String key = also.ownText() ? (named ? "alignment.also.from" : "alignment.also")
                    : named ? "alignment.also.from.bare" : "alignment.also.bare";
            Hyperlink link = new Hyperlink(messages.format(key, ReportDescriptions.yearOrName(also.report()),
                    ReportDescriptions.nodeLabel(also.section()), also.share(),
                    ReportDescriptions.yearOrName(also.from()), also.shareThere()));
            link.getStyleClass().add("row-also");
            if (!also.sure()) {
                link.getStyleClass().add("row-also-weak");
            }
            link.setMinWidth(0);
            link.setOnAction(e -> onAlso.accept(also.places()));
            String tip = also.ownText() ? (also.cameFrom() ? "alignment.also.tip.back" : "alignment.also.tip")
                    : also.cameFrom() ? "alignment.also.tip.topic.back" : "alignment.also.tip.topic";
            link.setTooltip(new WrappingTooltip(messages.format(tip,
                    also.share(), also.shareThere(), also.confidence())));
            return link;
        }

        /** A section's number as the outline labels it ("四、", "(四)"), or its title when it has none. */
        private static String number(OutlineNode section) {
            String number = ReportDescriptions.nodeNumber(section);
            return number.isEmpty() ? section.title() : number;
        }
    }
}
