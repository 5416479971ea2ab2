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
         * Whether the row holds qualitative targets only ("国际收支基本平衡"), kept or reworded from year to year
         * ({@link TargetChange#SAME}, {@link TargetChange#REWORDED}), with no figure and no achievement;
         * these rows come after the rows of metrics. A metric's row may hold a year's target in words
         * ("进出口总额保持正增长" beside "进出口总值增长5%"): it is still a metric's.
         */
        public boolean qualitative() {
            return cells.stream().anyMatch(c -> c.target() != null)
                    && cells.stream().allMatch(c -> c.target() == null || c.target().kind() == TargetKind.QUALITATIVE);
        }

        /**
         * The row's name as a reader looks for it: the reports' own where they all name the metric alike
         * (国务院's "国内生产总值", not the canonical "地区生产总值"), unless theirs is the shorter, a name cut
         * short ("第一产业" for 第一产业增加值, "进出口"); else the canonical {@link #metric}.
         */
        public String label() {
            List<String> written = cells.stream().filter(c -> c.target() != null).map(c -> c.target().metric())
                    .distinct().toList();
            return written.size() == 1 && !qualitative() && written.get(0).length() >= metric.length()
                    ? written.get(0) : metric;
        }
    }

    /**
     * @param target           the main target; null when the report has none for this metric
     * @param change           against the previous report of the same government; null when neither has one
     * @param qualifierChanged the qualifier differs from the previous target's
     * @param actual           the figure achieved in the target's year, from a later review; null when none was found
     * @param status           met, missed, unknown or not reviewed; null without a target and for a qualitative one
     */
    public record Cell(Target target, TargetChange change, boolean qualifierChanged, Target actual,
                       AchievementStatus status) {
        public static final Cell NONE = new Cell(null, null, false, null, null);
    }
}
