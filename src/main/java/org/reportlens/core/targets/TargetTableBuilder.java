package org.reportlens.core.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportlens.core.outline.Part;
import org.reportlens.core.report.Report;

/**
 * Builds the {@link TargetTable}. A target is met when the actual reaches it: at least the target
 * for a growth or level, at most for a ceiling (控制在, 涨幅, 以内, 以下; prices, unemployment and
 * population growth whatever the wording), at least the target's decrease for a fall (下降, 降低). A target "左右" (about) is met within {@value #ABOUT_POINTS} percentage
 * points, or {@value #ABOUT_SHARE_PERCENT}% for other units.
 */
final class TargetTableBuilder {
    static final String ABOUT_POINTS = "0.5";
    static final int ABOUT_SHARE_PERCENT = 5;
    /** Metrics whose target is a ceiling however it is worded: "居民消费价格涨幅3%左右", "城镇调查失业率5.5%左右". */
    private static final Set<String> CEILINGS = Set.of("居民消费价格", "城镇调查失业率", "城镇登记失业率", "人口自然增长率");
    private static final Pattern CHANGE_VERB = Pattern.compile("增|降|涨|减|提高|提升|回落|上升");

    private TargetTableBuilder() {
    }

    static TargetTable build(List<Report> reports, List<Target> figures) {
        Map<String, Report> byId = new LinkedHashMap<>();
        reports.forEach(r -> byId.put(r.id(), r));
        List<TargetTable.Column> columns = new ArrayList<>();
        for (Report r : reports) {
            if (figures.stream().anyMatch(t -> t.report().equals(r.id()) && t.kind() == TargetKind.TARGET)) {
                columns.add(new TargetTable.Column(r.id(), r.metadata().government(), r.metadata().targetYear()));
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
        Set<Target> inWords = inMetricRows(columns, figures, targets);
        List<TargetTable.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Target[]> e : targets.entrySet()) {
            List<TargetTable.Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(cell(columns, e.getValue(), c, figures, byId));
            }
            rows.add(new TargetTable.Row(e.getKey(), cells));
        }
        rows.addAll(QualitativeRows.build(columns, figures.stream().filter(t -> !inWords.contains(t)).toList()));
        return new TargetTable(columns, rows);
    }

    /**
     * Puts a target in words that names a metric with a row of figures into that row, where its year has no figure:
     * 重庆 2025's "进出口总额保持正增长" and 2026's "进出口总值增长5%" are one metric's targets, and showed as a
     * qualitative row dropped and a metric's row new (a tour). A target whose words are all its metric
     * ("国际收支基本平衡") names none. Returns the targets placed.
     */
    private static Set<Target> inMetricRows(List<TargetTable.Column> columns, List<Target> figures,
                                            Map<String, Target[]> rows) {
        Set<Target> placed = new HashSet<>();
        for (Target t : figures) {
            boolean namesAMetric = t.kind() == TargetKind.QUALITATIVE && t.metric() != null
                    && !QualitativeRows.wording(t.metric()).equals(QualitativeRows.wording(t.text()));
            Target[] row = namesAMetric ? rows.get(t.canonicalMetric()) : null;
            for (int c = 0; row != null && c < columns.size(); c++) {
                if (t.report().equals(columns.get(c).report()) && row[c] == null) {
                    row[c] = t;
                    placed.add(t);
                }
            }
        }
        return placed;
    }

    private static TargetTable.Cell cell(List<TargetTable.Column> columns, Target[] row, int c, List<Target> figures,
                                         Map<String, Report> reports) {
        Target target = row[c];
        int previous = previousColumn(columns, c);
        Target before = previous < 0 ? null : row[previous];
        TargetChange change = presence(previous, before, target);
        boolean qualifierChanged = false;
        if (change == null && target != null && before != null) {
            if (before.value() == null || target.value() == null) {
                // a figure stated in words, or words given a figure
                change = before.value() != null || target.value() != null ? TargetChange.MEASURE_CHANGED
                        : QualitativeRows.wording(before.text()).equals(QualitativeRows.wording(target.text()))
                        ? TargetChange.SAME : TargetChange.REWORDED;
            } else if (!Objects.equals(before.unit(), target.unit()) || direction(before) != direction(target)) {
                change = TargetChange.MEASURE_CHANGED;
            } else {
                qualifierChanged = !Objects.equals(before.qualifier(), target.qualifier());
                int cmp = target.value().compareTo(before.value());
                change = cmp > 0 ? TargetChange.RAISED : cmp < 0 ? TargetChange.LOWERED
                        : qualifierChanged ? TargetChange.QUALIFIER_CHANGED : TargetChange.SAME;
            }
        }
        if (target == null || target.value() == null) {
            return new TargetTable.Cell(target, change, false, null, null); // no figure to meet
        }
        Target actual = actualFor(target, columns.get(c), figures, reports);
        AchievementStatus status = actual != null
                ? met(target, actual) ? AchievementStatus.MET : AchievementStatus.MISSED
                : reviewed(columns.get(c), figures, reports) ? AchievementStatus.UNKNOWN : AchievementStatus.NOT_REVIEWED;
        return new TargetTable.Cell(target, change, qualifierChanged, actual, status);
    }

    /**
     * The change that needs no comparing: {@code FIRST} without a previous column, {@code DROPPED} or
     * {@code NEW} when only one of the two holds a target; null when neither does, or when both do
     * (then the caller compares them).
     */
    static TargetChange presence(int previous, Target before, Target target) {
        if (previous < 0) {
            return target == null ? null : TargetChange.FIRST;
        }
        if (target == null) {
            return before == null ? null : TargetChange.DROPPED;
        }
        return before == null ? TargetChange.NEW : null;
    }

    /** The column before {@code c} of the same government; -1 when none (or its government is unknown). */
    static int previousColumn(List<TargetTable.Column> columns, int c) {
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

    /**
     * Whether a loaded report of the column's government reviews the column's year: one that says it does,
     * a later one that names no one year it reviews (a five-year review, 国务院 2018), or one that states a
     * figure achieved that year; true when the government or the year is not known (nothing says the year
     * is still to be reviewed).
     */
    private static boolean reviewed(TargetTable.Column column, List<Target> figures, Map<String, Report> reports) {
        if (column.government() == null || column.year() == null) {
            return true;
        }
        boolean reviews = reports.values().stream().anyMatch(r -> column.government().equals(r.metadata().government())
                && (column.year().equals(r.metadata().reviewYear())
                        || (r.metadata().reviewYear() == null || reviewsYears(r))
                        && r.metadata().year() != null && r.metadata().year() > column.year()));
        return reviews || figures.stream().anyMatch(t -> t.kind() == TargetKind.ACTUAL && column.year().equals(t.year())
                && column.government().equals(reports.get(t.report()).metadata().government()));
    }

    /**
     * Whether a report reviews several years, whatever one year it names: "过去一年和五年工作回顾" (国务院 2023) reviews
     * 2022 and the four years before it too.
     */
    private static boolean reviewsYears(Report report) {
        return report.outline().stream().anyMatch(n -> n.level() == 1 && !n.lead() && n.part() == Part.REVIEW
                && SEVERAL_YEARS.matcher(n.title()).find());
    }

    private static final Pattern SEVERAL_YEARS = Pattern.compile("五年|十[一二三四五六七八九]五|[一二三四五六七八九十]年来|届");

    /**
     * The figure achieved in the target's year for its metric, in its unit, from a review of the same
     * government; of those, one stated the same way (a change, "增长5.6%", for a change; a level for a
     * level), else the first.
     */
    private static Target actualFor(Target target, TargetTable.Column column, List<Target> figures,
                                    Map<String, Report> reports) {
        if (column.government() == null || column.year() == null || target.value() == null) {
            return null;
        }
        Target first = null;
        for (Target t : figures) {
            if (t.kind() == TargetKind.ACTUAL && column.year().equals(t.year())
                    && t.canonicalMetric().equals(target.canonicalMetric())
                    && Objects.equals(t.unit(), target.unit()) && t.value() != null
                    && column.government().equals(reports.get(t.report()).metadata().government())) {
                if (isChange(t) == isChange(target)) {
                    return t;
                }
                first = first == null ? t : first;
            }
        }
        return first;
    }

    /** Whether a figure states a change ("增长6%", "下降2%", "涨幅3%") rather than a level ("5.5%", "达到1.3万亿斤"). */
    private static boolean isChange(Target t) {
        String verb = t.verb() == null ? "" : t.verb();
        return CHANGE_VERB.matcher(verb).find() && !reachesLevel(verb);
    }

    /** "降到5.2%", "增至", "提高到": a verb stating the level reached, not a change. */
    private static boolean reachesLevel(String verb) {
        return verb.endsWith("到") || verb.endsWith("至");
    }

    /** -1 for a fall, +1 for a ceiling, 0 for a growth or level. */
    private static int direction(Target t) {
        if (falls(t)) {
            return -1;
        }
        String verb = t.verb() == null ? "" : t.verb();
        if (verb.contains("控制") || verb.contains("涨幅") || verb.contains("不超过") || verb.contains("不高于")
                || verb.contains("低于") || "以内".equals(t.qualifier()) || "以下".equals(t.qualifier())
                || CEILINGS.contains(t.canonicalMetric())) {
            return 1;
        }
        return 0;
    }

    private static boolean falls(Target t) {
        String verb = t.verb() == null ? "" : t.verb();
        return !reachesLevel(verb)
                && (verb.contains("下降") || verb.contains("降低") || verb.contains("降幅") || verb.contains("减少")
                        || verb.contains("回落"));
    }

    /**
     * Whether the actual reaches the target. The actual counts with its sign: "下降0.3%" is −0.3 against
     * a growth or a ceiling; for a fall, how far it fell ("增长1%" against "下降3%" fell −1).
     */
    static boolean met(Target target, Target actual) {
        BigDecimal tolerance = BigDecimal.ZERO;
        if ("左右".equals(target.qualifier())) {
            tolerance = "%".equals(target.unit()) ? new BigDecimal(ABOUT_POINTS)
                    : target.value().multiply(BigDecimal.valueOf(ABOUT_SHARE_PERCENT)).movePointLeft(2);
        }
        BigDecimal rise = falls(actual) ? actual.value().negate() : actual.value();
        return switch (direction(target)) {
            case 1 -> rise.compareTo((target.upper() != null ? target.upper() : target.value()).add(tolerance)) <= 0;
            case -1 -> rise.negate().compareTo(target.value().subtract(tolerance)) >= 0;
            default -> rise.compareTo(target.value().subtract(tolerance)) >= 0;
        };
    }
}
