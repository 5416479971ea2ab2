package org.reportlens.core.targets;

import java.util.List;
import java.util.Objects;

/**
 * Canonical metric × report: each main target, how it changed against the same government's
 * previous report, and whether it was met.
 *
 * @param columns reports with main targets, by government then plan year
 * @param rows    metrics in the order they first appear, reading the columns left to right, then the
 *                qualitative targets in the same order
 */
public record TargetTable(List<Column> columns, List<Row> rows) {
    public TargetTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static final TargetTable EMPTY = new TargetTable(List.of(), List.of());

    /** A report in the table: its government (null if unknown) and plan year (null if unknown). */
    public record Column(String report, String government, Integer year) {
        public Column {
            Objects.requireNonNull(report, "report must not be null");
        }
    }

    /**
     * One metric, or one qualitative target across the years; {@code cells.get(i)} belongs to
     * {@code columns.get(i)}.
     *
     * @param metric the canonical metric; for a qualitative row, the latest wording of the target
     */
    public record Row(String metric, List<Cell> cells) {
        public Row {
            Objects.requireNonNull(metric, "metric must not be null");
            cells = List.copyOf(cells);
        }

        /**
         * Whether the row holds a qualitative target ("国际收支基本平衡"), kept or reworded from year to year
         * ({@link TargetChange#SAME}, {@link TargetChange#REWORDED}), with no figure and no achievement;
         * these rows come after the rows of metrics.
         */
        public boolean qualitative() {
            return cells.stream().anyMatch(c -> c.target() != null && c.target().kind() == TargetKind.QUALITATIVE);
        }
    }

    /**
     * @param target           the main target; null when the report has none for this metric
     * @param change           against the previous report of the same government; null when neither has one
     * @param qualifierChanged the qualifier differs from the previous target's
     * @param actual           the figure achieved in the target's year, from a later review; null when none was found
     * @param status           met, missed or unknown; null without a target and for a qualitative one
     */
    public record Cell(Target target, TargetChange change, boolean qualifierChanged, Target actual,
                       AchievementStatus status) {
        public static final Cell NONE = new Cell(null, null, false, null, null);
    }
}
