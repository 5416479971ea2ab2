package org.reportlens.session;

import java.util.List;
import java.util.Objects;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.TargetChange;
import org.reportlens.core.targets.TargetKind;

/**
 * What a tooltip says about a place in a column, as facts a view puts into words.
 *
 * @param duplicate the repeated passage at the place; null when there is none
 * @param targets   the figures at the place (targets, actuals, commitments), each with its metric
 *                  across the years
 */
public record HoverFacts(DuplicateFacts duplicate, List<TargetFacts> targets) {
    public static final HoverFacts NONE = new HoverFacts(null, List.of());

    public HoverFacts {
        targets = List.copyOf(targets);
    }

    public boolean isEmpty() {
        return duplicate == null && targets.isEmpty();
    }

    /**
     * A repeated passage.
     *
     * @param length    its length in comparable characters
     * @param near      whether its copies differ by small edits
     * @param elsewhere its other copies, in report order then text order
     */
    public record DuplicateFacts(int length, boolean near, List<Elsewhere> elsewhere) {
        public DuplicateFacts {
            elsewhere = List.copyOf(elsewhere);
        }
    }

    /**
     * Another copy of a passage.
     *
     * @param reportId the report's id
     * @param report   the report, null when it is no longer loaded
     * @param start    where the copy starts in the report's original text
     */
    public record Elsewhere(String reportId, Report report, int start) {
        public Elsewhere {
            Objects.requireNonNull(reportId, "reportId must not be null");
        }
    }

    /**
     * A figure and its metric across the years of the target table.
     *
     * @param kind   target, actual, commitment, stretch goal
     * @param metric the canonical metric name
     * @param figure the figure as written, e.g. "增长6%左右"
     * @param years  the metric's cell in each year that has one, in table order
     */
    public record TargetFacts(TargetKind kind, String metric, String figure, List<YearFigure> years) {
        public TargetFacts {
            Objects.requireNonNull(kind, "kind must not be null");
            years = List.copyOf(years);
        }
    }

    /**
     * The metric's figure in one year.
     *
     * @param year   the column's year; null where unknown
     * @param figure the figure as written
     * @param change how it moved against the year before; null where the table says nothing
     */
    public record YearFigure(Integer year, String figure, TargetChange change) {
    }
}
