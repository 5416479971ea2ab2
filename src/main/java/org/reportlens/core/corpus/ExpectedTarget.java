package org.reportlens.core.corpus;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A main target as an annotator wrote it down: {@code "地区生产总值 6 %"}, a range
 * {@code "地区生产总值 8.5-8.7 %"}, or a figure without unit {@code "粮食产量 1.3 万亿斤"}.
 *
 * @param metric the metric as the report names it
 * @param value  the number (the lower end of a range)
 * @param upper  the upper end of a range; null for one number
 * @param unit   the unit; null when none
 */
public record ExpectedTarget(String metric, BigDecimal value, BigDecimal upper, String unit) {
    private static final Pattern FORM = Pattern.compile(
            "^(\\S+)\\s+(\\d+(?:\\.\\d+)?)(?:-(\\d+(?:\\.\\d+)?))?(?:\\s+(\\S+))?$");

    public ExpectedTarget {
        Objects.requireNonNull(metric, "metric must not be null");
        Objects.requireNonNull(value, "value must not be null");
    }

    /** Reads {@code "metric value[-upper] [unit]"}. */
    public static ExpectedTarget parse(String written) {
        Matcher m = FORM.matcher(written.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not \"metric value[-upper] [unit]\": " + written);
        }
        return new ExpectedTarget(m.group(1), new BigDecimal(m.group(2)),
                m.group(3) == null ? null : new BigDecimal(m.group(3)), m.group(4));
    }

    @Override
    public String toString() {
        return metric + " " + value.toPlainString() + (upper == null ? "" : "-" + upper.toPlainString())
                + (unit == null ? "" : " " + unit);
    }
}
