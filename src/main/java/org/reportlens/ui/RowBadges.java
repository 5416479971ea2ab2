package org.reportlens.ui;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.report.Report;
import org.reportlens.session.AlignmentLine;

/** The badges beside an alignment row: what became of its section, and what else the row says of itself. */
final class RowBadges {
    private RowBadges() {
    }

    /**
     * The badge of what became of the row's section, naming its year where the line says one; a second for a section
     * split off and merged too; its similarity beside a badge that says something else; 待核, 手动, 调序.
     */
    static VBox of(Messages messages, AlignmentLine line, AlignedSections sections) {
        VBox badges = new VBox(2, main(messages, line, sections));
        if (line.alsoMerged()) {
            badges.getChildren().add(badge(messages.format("alignment.badge.year", messages.get("alignment.merged"),
                    ReportDescriptions.yearOrName(line.mergedYear(sections))), "row-badge-merged"));
        }
        if (line.showsSimilarityBeside()) {
            badges.getChildren().add(badge(line.similarity() + "%", null));
        }
        if (line.doubtful()) {
            badges.getChildren().add(badge(messages.get("alignment.doubtful"), "row-badge-doubtful"));
        }
        if (line.pinned()) {
            badges.getChildren().add(badge(messages.get("alignment.pinned"), "row-badge-pinned"));
        }
        if (!line.moved().isEmpty()) {
            badges.getChildren().add(badge(messages.get("alignment.moved"), "row-badge-moved"));
        }
        return badges;
    }

    /** The row's badge, naming its year where the line says one ({@link AlignmentLine#badgeYear}). */
    private static Label main(Messages messages, AlignmentLine line, AlignedSections sections) {
        Label badge = switch (line.badge()) {
            case SIMILAR -> badge(line.similarity() + "%", null);
            case NEW -> badge(messages.get("alignment.new"), "row-badge-new");
            case SPLIT -> badge(messages.get("alignment.split"), "row-badge-split");
            case DROPPED -> badge(messages.get("alignment.dropped"), "row-badge-dropped");
            case MERGED -> badge(messages.get("alignment.merged"), "row-badge-merged");
            case UNSECTIONED -> badge(messages.get("alignment.unsectioned"), "row-badge-unsectioned");
            case SOME_YEARS -> badge(messages.format("alignment.someYears", years(line.years())), "row-badge-some");
            case GAP -> badge(messages.format(line.missingYearsHoldIt(sections) ? "alignment.gap.elsewhere"
                    : "alignment.gap", missingYears(line, sections)), "row-badge-some");
        };
        Report year = line.badgeYear(sections);
        if (year != null) {
            badge.setText(messages.format("alignment.badge.year", badge.getText(), ReportDescriptions.yearOrName(year)));
        }
        return badge;
    }

    /** The years a row with a gap lacks, "2022, 2023". */
    static String missingYears(AlignmentLine line, AlignedSections sections) {
        return line.missing(sections).stream().map(ReportDescriptions::yearOrName).collect(Collectors.joining(", "));
    }

    /** "2022" or "2022–2023": the years a row's section is in. */
    private static String years(List<Report> years) {
        String first = ReportDescriptions.yearOrName(years.get(0));
        String last = ReportDescriptions.yearOrName(years.get(years.size() - 1));
        return first.equals(last) ? first : first + "–" + last;
    }

    private static Label badge(String text, String style) {
        Label badge = new Label(text);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.getStyleClass().add("row-badge");
        if (style != null) {
            badge.getStyleClass().add(style);
        }
        return badge;
    }
}
