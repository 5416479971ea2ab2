package org.reportlens.core.targets;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A figure found in a report.
 *
 * @param report          the report id
 * @param year            the year it is for: the plan year, or for an actual the reviewed year; null if unknown
 * @param kind            what it is
 * @param metric          what is measured, as written ("规上工业增加值")
 * @param canonicalMetric the same under its canonical name ("规模以上工业增加值")
 * @param verb            how it is stated ("增长", "控制在", "达到"); null when the clause has none
 * @param value           the number (the lower end of a range, "8.5%-8.7%"); null for a qualitative target
 * @param upper           the upper end of a range; null for a single number
 * @param unit            "%", "亿元", "万美元", "个百分点" …; null when none is written
 * @param qualifier       "左右", "以上", "以内", "以下", "约", "近", "超", "力争"; null when none
 * @param base            the comparison base of a cumulative figure ("较2020年累计"); null when none
 * @param text            the clause as written
 * @param start           where the clause begins in the original text
 * @param end             where it ends (exclusive)
 * @param section         the id of the outline node it is in; null outside any
 */
public record Target(String report, Integer year, TargetKind kind, String metric, String canonicalMetric,
                     String verb, BigDecimal value, BigDecimal upper, String unit, String qualifier, String base, String text,
                     int start, int end, String section) {
    public Target {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(metric, "metric must not be null");
        Objects.requireNonNull(canonicalMetric, "canonicalMetric must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (upper != null && (value == null || upper.compareTo(value) < 0)) {
            throw new IllegalArgumentException("a range needs a lower end at most its upper end: " + value + "-" + upper);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** Qualifiers written before the number: "约2.4万美元", "近1600亿元", "超1.94万亿元", "力争…". */
    private static final Set<String> BEFORE = Set.of("约", "近", "超", "力争");
    /** Of those, the one said of the verb: "力争增长6%". */
    private static final String STRIVING = "力争";

    /** The figure as a reader writes it: "增长8%左右", "4000万美元". */
    public String figure() {
        if (value == null) {
            return text;
        }
        StringBuilder s = new StringBuilder();
        if (STRIVING.equals(qualifier)) {
            s.append(qualifier); // "力争增长6%"
        }
        if (verb != null) {
            s.append(verb);
        }
        if (qualifier != null && BEFORE.contains(qualifier) && !STRIVING.equals(qualifier)) {
            s.append(qualifier); // "可实现近1600亿元", "控制在近5%": next to the number it qualifies
        }
        s.append(value.toPlainString());
        if (upper != null) {
            if (unit != null) {
                s.append(unit);
            }
            s.append('-').append(upper.toPlainString());
        }
        if (unit != null) {
            s.append(unit);
        }
        if (qualifier != null && !BEFORE.contains(qualifier)) {
            s.append(qualifier);
        }
        return s.toString();
    }
}
