package org.reportlens.session;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reportlens.core.targets.Target;
import org.reportlens.core.targets.TargetTable;

/**
 * One metric across the years as the targets tab draws it: a panel per unit, so that 5亿美元 and
 * 15% never share an axis and a change of unit breaks the line; years on whole-year ticks. A year shown
 * without the figure breaks the line too: 国务院 2020 set no growth target, and a line from 2019's 6%–6.5% to
 * 2021's 6% drawn through 2020 said it had one. Across years no shown report is of, the line is a bridge drawn
 * apart (深圳 2023 and 2026: nothing is known of 2024 and 2025).
 *
 * @param metric    the row's metric
 * @param panels    one per unit, in the order the units first appear; empty for a qualitative row
 * @param firstYear the first year on the axis (a year before the only one when there is one)
 * @param lastYear  the last year on the axis, greater than {@code firstYear}
 */
public record TargetChart(String metric, List<Panel> panels, int firstYear, int lastYear) {
    public TargetChart {
        Objects.requireNonNull(metric, "metric must not be null");
        panels = List.copyOf(panels);
        if (lastYear <= firstYear) {
            throw new IllegalArgumentException("the axis needs two years at least: " + firstYear + "–" + lastYear);
        }
    }

    /**
     * The figures of one unit.
     *
     * @param unit     "%", "亿元" …; "" when none is written
     * @param targets  the targets by year (the middle of a range: "6%—6.5%" at 6.25, not at its lower end)
     * @param achieved the achieved figures by the year they are for
     * @param shownYears every year a shown report is of, whether or not it has the figure, with its government
     */
    public record Panel(String unit, List<Point> targets, List<Point> achieved, List<ShownYear> shownYears) {
        public Panel {
            Objects.requireNonNull(unit, "unit must not be null");
            targets = List.copyOf(targets);
            achieved = List.copyOf(achieved);
            shownYears = List.copyOf(shownYears);
        }

        /** The targets as lines: a new line after a year between without the figure, shown or not. */
        public List<List<Point>> targetLines() {
            return lines(targets);
        }

        /** The achieved figures as lines, as {@link #targetLines}. */
        public List<List<Point>> achievedLines() {
            return lines(achieved);
        }

        /** Two targets a line would join across years no shown report is of, each pair oldest first. */
        public List<List<Point>> targetBridges() {
            return bridges(targets);
        }

        /** The same of the achieved figures. */
        public List<List<Point>> achievedBridges() {
            return bridges(achieved);
        }

        private List<List<Point>> lines(List<Point> points) {
            List<List<Point>> lines = new ArrayList<>();
            List<Point> line = new ArrayList<>();
            for (Point p : points) {
                Point before = line.isEmpty() ? null : line.get(line.size() - 1);
                if (before != null && (p.year() - before.year() > 1
                        || !Objects.equals(p.government(), before.government()))) {
                    lines.add(List.copyOf(line));
                    line.clear();
                }
                line.add(p);
            }
            if (!line.isEmpty()) {
                lines.add(List.copyOf(line));
            }
            return lines;
        }

        private List<List<Point>> bridges(List<Point> points) {
            List<List<Point>> bridges = new ArrayList<>();
            for (int i = 1; i < points.size(); i++) {
                Point from = points.get(i - 1);
                Point to = points.get(i);
                if (to.year() - from.year() > 1 && Objects.equals(from.government(), to.government())
                        && shownYears.stream().noneMatch(y -> Objects.equals(y.government(), from.government())
                                && y.year() > from.year() && y.year() < to.year())) {
                    bridges.add(List.of(from, to));
                }
            }
            return bridges;
        }
    }

    /** A year a shown report is of, and its government (null if unknown). */
    public record ShownYear(String government, int year) {
    }

    /**
     * A figure at a year: {@code figure} as written ("增长6%左右") for the tooltip; {@code government} the report's
     * (null if unknown): a line joins one government's years only.
     */
    public record Point(int year, BigDecimal value, String figure, String government) {
        public Point {
            Objects.requireNonNull(value, "value must not be null");
            Objects.requireNonNull(figure, "figure must not be null");
        }
    }

    /** The chart of {@code row} of {@code table}; columns without a year are left out. */
    public static TargetChart of(TargetTable table, TargetTable.Row row) {
        Map<String, List<Point>> targets = new LinkedHashMap<>();
        Map<String, List<Point>> achieved = new LinkedHashMap<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        List<ShownYear> shown = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            Integer year = table.columns().get(i).year();
            String government = table.columns().get(i).government();
            if (year != null) {
                shown.add(new ShownYear(government, year));
            }
            TargetTable.Cell cell = row.cells().get(i);
            if (year == null || cell.target() == null || cell.target().value() == null) {
                continue;
            }
            add(targets, achieved, cell.target(), year, government, targets);
            first = Math.min(first, year);
            last = Math.max(last, year);
            if (cell.actual() != null && cell.actual().value() != null) {
                add(targets, achieved, cell.actual(), year, government, achieved);
            }
        }
        List<Panel> panels = new ArrayList<>();
        for (String unit : targets.keySet()) {
            panels.add(new Panel(unit, targets.get(unit), achieved.getOrDefault(unit, List.of()), shown));
        }
        if (first > last) {
            return new TargetChart(row.metric(), List.of(), 0, 1);
        }
        return first == last ? new TargetChart(row.metric(), panels, first - 1, last + 1)
                : new TargetChart(row.metric(), panels, first, last);
    }

    private static void add(Map<String, List<Point>> targets, Map<String, List<Point>> achieved, Target figure, int year,
                            String government, Map<String, List<Point>> into) {
        String unit = figure.unit() == null ? "" : figure.unit();
        targets.computeIfAbsent(unit, u -> new ArrayList<>());
        achieved.computeIfAbsent(unit, u -> new ArrayList<>());
        BigDecimal value = figure.upper() == null ? figure.value()
                : figure.value().add(figure.upper()).divide(BigDecimal.valueOf(2));
        into.get(unit).add(new Point(year, value, figure.figure(), government));
    }

    /** A year axis label: "2023" for a whole year, nothing between years (never "2,023" or "2023.25"). */
    public static String yearLabel(double value) {
        long year = Math.round(value);
        return Math.abs(value - year) < 1e-6 ? Long.toString(year) : "";
    }
}
