package org.reportlens.core.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reportlens.core.report.Report;

/**
 * Builds the {@link TargetTable}. A target is met when the actual reaches it: at least the target
 * for a growth or level, at most for a ceiling (控制在, 以内, 以下), at least the target's decrease
 * for a fall (下降, 降低). A target "左右" (about) is met within {@value #ABOUT_POINTS} percentage
 * points, or {@value #ABOUT_SHARE_PERCENT}% for other units.
 */
final class TargetTableBuilder {
    static final String ABOUT_POINTS = "0.5";
    static final int ABOUT_SHARE_PERCENT = 5;

    private TargetTableBuilder() {
    }

    static TargetTable build(List<Report> reports, List<Target> figures) {
        Map<String, Report> byId = new LinkedHashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        List<TargetTable.Column> columns = new ArrayList<>();
        for (Report r : reports) {
            if (figures.stream().anyMatch(t -> t.report().equals(r.id()) && t.kind() == TargetKind.TARGET)) {
                Integer year = r.metadata().planYear() != null ? r.metadata().planYear() : r.metadata().year();
                columns.add(new TargetTable.Column(r.id(), r.metadata().government(), year));
            }
        }
        columns.sort(Comparator.comparing(TargetTable.Column::government, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(TargetTable.Column::year, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, Target[]> targets = new LinkedHashMap<>();
        int columnCount = columns.size();
        for (int c = 0; c < columns.size(); c++) {
            for (Target t : figures) {
                if (t.kind() == TargetKind.TARGET && t.report().equals(columns.get(c).report())) {
                    Target[] row = targets.computeIfAbsent(t.canonicalMetric(), m -> new Target[columnCount]);
                    if (row[c] == null) {
                        row[c] = t;
                    }
                }
            }
        }
        List<TargetTable.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Target[]> e : targets.entrySet()) {
            List<TargetTable.Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(cell(columns, e.getValue(), c, figures, byId));
            }
            rows.add(new TargetTable.Row(e.getKey(), cells));
        }
        return new TargetTable(columns, rows);
    }

    private static TargetTable.Cell cell(List<TargetTable.Column> columns, Target[] row, int c, List<Target> figures,
                                         Map<String, Report> reports) {
        Target target = row[c];
        int previous = previousColumn(columns, c);
        Target before = previous < 0 ? null : row[previous];
        TargetChange change;
        boolean qualifierChanged = false;
        if (previous < 0) {
            change = target == null ? null : TargetChange.FIRST;
        } else if (target == null) {
            change = before == null ? null : TargetChange.DROPPED;
        } else if (before == null) {
            change = TargetChange.NEW;
        } else if (!Objects.equals(before.unit(), target.unit()) || direction(before) != direction(target)) {
            change = TargetChange.MEASURE_CHANGED;
        } else {
            qualifierChanged = !Objects.equals(before.qualifier(), target.qualifier());
            int cmp = target.value().compareTo(before.value());
            change = cmp > 0 ? TargetChange.RAISED : cmp < 0 ? TargetChange.LOWERED
                    : qualifierChanged ? TargetChange.QUALIFIER_CHANGED : TargetChange.SAME;
        }
        if (target == null) {
            return new TargetTable.Cell(null, change, false, null, null);
        }
        Target actual = actualFor(target, columns.get(c), figures, reports);
        AchievementStatus status = actual == null ? AchievementStatus.UNKNOWN
                : met(target, actual) ? AchievementStatus.MET : AchievementStatus.MISSED;
        return new TargetTable.Cell(target, change, qualifierChanged, actual, status);
    }

    private static int previousColumn(List<TargetTable.Column> columns, int c) {
        TargetTable.Column column = columns.get(c);
        if (column.government() == null) {
            return -1;
        }
        for (int p = c - 1; p >= 0; p--) {
            if (column.government().equals(columns.get(p).government())) {
                return p;
            }
        }
        return -1;
    }

    /** The figure achieved in the target's year for its metric, in its unit, from a review of the same government. */
    private static Target actualFor(Target target, TargetTable.Column column, List<Target> figures,
                                    Map<String, Report> reports) {
        if (column.government() == null || column.year() == null || target.value() == null) {
            return null;
        }
        for (Target t : figures) {
            if (t.kind() == TargetKind.ACTUAL && column.year().equals(t.year())
                    && t.canonicalMetric().equals(target.canonicalMetric())
                    && Objects.equals(t.unit(), target.unit()) && t.value() != null
                    && column.government().equals(reports.get(t.report()).metadata().government())) {
                return t;
            }
        }
        return null;
    }

    /** -1 for a fall, +1 for a ceiling, 0 for a growth or level. */
    private static int direction(Target t) {
        String verb = t.verb() == null ? "" : t.verb();
        if (verb.contains("下降") || verb.contains("降低") || verb.contains("减少")) {
            return -1;
        }
        if (verb.contains("控制") || "以内".equals(t.qualifier()) || "以下".equals(t.qualifier())) {
            return 1;
        }
        return 0;
    }

    static boolean met(Target target, Target actual) {
        BigDecimal tolerance = BigDecimal.ZERO;
        if ("左右".equals(target.qualifier())) {
            tolerance = "%".equals(target.unit()) ? new BigDecimal(ABOUT_POINTS)
                    : target.value().multiply(BigDecimal.valueOf(ABOUT_SHARE_PERCENT)).movePointLeft(2);
        }
        return switch (direction(target)) {
            case 1 -> actual.value().compareTo(target.value().add(tolerance)) <= 0;
            default -> actual.value().compareTo(target.value().subtract(tolerance)) >= 0;
        };
    }
}
