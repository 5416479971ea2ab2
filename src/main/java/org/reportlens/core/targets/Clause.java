package org.reportlens.core.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One clause of a report read as a figure: metric, verb, value, unit, qualifier. Clauses are read
 * width-folded ("％" is "%", "，" is ","). The value is the clause's last number, which must end it
 * but for its unit and qualifier: "地区生产总值增长6%左右", "实际利用外资4000万美元",
 * "能耗强度较2020年累计下降12%", "力争挖掘科技成果200项"; a range "增长8.5%-8.7%" reads as its two
 * ends; "城镇新增就业6万" has the unit 万; "地区生产总值按增长5%安排" is 增长5%.
 *
 * @param metricStart where the metric begins in the clause (after a leading 力争, 全年实现 …)
 */
record Clause(String metric, int metricStart, String verb, BigDecimal value, BigDecimal upper, String unit,
              String qualifier, String base) {
    private static final String UNITS = "个百分点|百分点|万亿元|亿美元|万美元|亿元|万元|元|万人次|人次|万人|万户|万吨|吨"
            + "|亿斤|万斤|亿公斤|万亩|亩|万平方米|平方米|公顷|平方公里|公里|千米|%|‰|家|个|项|名|人|天|户|所|座|套|批|次|倍|辆|台|条|场|件"
            // a count with a bare 万 ("城镇新增就业6万"): only when nothing longer fits
            + "|万";
    private static final List<String> UNIT_LIST = longestFirst(UNITS);
    private static final String MAGNITUDES = "万亿千百";
    private static final List<String> QUALIFIERS = List.of("左右", "以上", "以内", "以下", "上下");
    /** Verbs between metric and value ("地区生产总值增长6%"). */
    private static final List<String> VERBS = longestFirst("涨幅控制在|控制在|年均增长|增长|增速|下降|降低|上涨|涨幅|达到|达"
            + "|提高到|提高|提升到|提升|减少|突破|超过|保持在|稳定在|增至|新增|完成|实现|为|按增长|同比增长|同比增|增"
            + "|低于|不超过|不高于|涨幅在|上涨幅度|上涨|上升|降到|降至|下降到|下降至|回落到|回落至|在"
            // "粮食产量首次跃上1.4万亿斤新台阶", "单位国内生产总值能耗降幅超过3%" (国务院 2025 on 2024)
            + "|跃上|迈上|站上|降幅超过|降幅达到|降幅达|降幅");
    /** Said of the figure, not of the metric: "粮食产量首次跃上…", "再次突破…". */
    private static final List<String> ADVERBS = List.of("首次", "再次", "历史性");
    /** A qualifier standing before the number: 约 (about), 近 (nearly), 超 (over). */
    private static final String BEFORE_NUMBER = "约近超";
    /** Between the two ends of a range: "8.5%-8.7%", "6.5%—7%", "6%～6.5%", "6%至6.5%". */
    private static final String RANGE_SEPARATORS = "-—–－～~至到";
    /** "地区生产总值按增长5%安排": the figure is stated as what the plan is made for. */
    private static final String AS_PLANNED = "安排";
    /** Verbs before the metric ("新增高新技术企业500家"). */
    private static final List<String> LEADING_VERBS = longestFirst("新增|新培育|新认定|新引进|新注册|新备案|新开工|新建|引进"
            + "|培育|建成|完成|实现|打造|开工|招引|挖掘|转化|举办|改造|减少|可实现|可完成");
    /** Before the metric: striving, estimating, and who speaks ("全市实现地区生产总值…"). */
    private static final List<String> LEADS = List.of("力争", "争取", "确保", "预计", "全年", "今年", "年末", "期末", "全市", "全区", "全县",
            "全省", "全国", "我市", "我区", "我县", "其中");
    private static final Pattern VALUE = Pattern.compile("\\d+(?:\\.\\d+)?");
    /**
     * A note in brackets closing the clause ("(按原核算方法计算增长6.4%)", "(预计数)", "(人民币计价)"), or
     * a description after a rate or amount ("5%左右的较低水平", "突破2000亿元大关").
     */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\([^()]*\\)$|(?<=[%‰左右上下内])的(?:较低|较高|合理)?水平$"
            + "|(?<=[元斤吨])(?:大关|新?台阶)$");
    /** The year a figure is for, opening the clause: "2025年全省地区生产总值…". */
    private static final Pattern LEADING_YEAR = Pattern.compile("(?:19|20)\\d\\d年(?![末底初前后以来])");
    private static final Pattern BASE = Pattern.compile("(?:较|比)(?:19|20)\\d\\d年末?(?:累计)?$");
    /** A figure inside what should be a name ("从19.5亿元增至") means the clause is not one figure. */
    private static final Pattern FIGURE_IN_METRIC = Pattern.compile("\\d(?:" + UNITS + "|年|:)");

    /** The same figure stated with {@code newVerb}: "和8.5%左右" after "分别增长8%" is a growth too. */
    Clause withVerb(String newVerb) {
        return new Clause(metric, metricStart, newVerb, value, upper, unit, qualifier, base);
    }

    /** The same figure with {@code newQualifier}: "4%" before "、5%以内" after 分别 is within too. */
    Clause withQualifier(String newQualifier) {
        return new Clause(metric, metricStart, verb, value, upper, unit, newQualifier, base);
    }

    private static List<String> longestFirst(String alternatives) {
        List<String> list = new ArrayList<>(List.of(alternatives.split("\\|")));
        list.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(list);
    }

    /**
     * Reads a clause; empty when it does not end in one figure. Read from the end: qualifier,
     * unit, the number, then the verb before it and a base; what is left is the metric, after a
     * leading 力争 or verb.
     */
    static Optional<Clause> read(String folded) {
        String s = folded.strip();
        int leading = folded.length() - folded.stripLeading().length();
        int end = s.length();
        // "增长6.1%(按原核算方法计算增长6.4%)", "增长10%(预计数)", "稳定在5%左右的较低水平": a note or a
        // description after the figure is not part of it
        Matcher note = TRAILING_NOTE.matcher(s);
        if (note.find() && note.start() > 0) {
            end = note.start();
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
        }
        if (s.endsWith(AS_PLANNED) && s.contains("按增长")) {
            end -= AS_PLANNED.length();
        }
        String qualifier = endingAt(s, end, QUALIFIERS);
        end -= qualifier == null ? 0 : qualifier.length();
        // "控制在 3% 以内": a space before the qualifier too (清远 2014)
        while (qualifier != null && end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        String unit = endingAt(s, end, UNIT_LIST);
        end -= unit == null ? 0 : unit.length();
        // "生产总值 1093 亿元": spaces between number and unit, as some saved pages have
        while (unit != null && end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        // a magnitude before the unit belongs to it: "1.3万亿斤", "2.19万亿元"
        while (unit != null && end >= 2 && MAGNITUDES.indexOf(s.charAt(end - 1)) >= 0
                && (Character.isDigit(s.charAt(end - 2)) || MAGNITUDES.indexOf(s.charAt(end - 2)) >= 0)) {
            unit = s.charAt(end - 1) + unit;
            end--;
        }
        int valueStart = end;
        while (valueStart > 0 && (Character.isDigit(s.charAt(valueStart - 1)) || s.charAt(valueStart - 1) == '.')) {
            valueStart--;
        }
        if (valueStart == end || !VALUE.matcher(s).region(valueStart, end).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s.substring(valueStart, end));
        BigDecimal upper = null;
        int lowerEnd = valueStart - 1;
        if (lowerEnd > 0 && RANGE_SEPARATORS.indexOf(s.charAt(lowerEnd)) >= 0) {
            if (unit != null && s.startsWith(unit, lowerEnd - unit.length())) {
                lowerEnd -= unit.length();
            }
            int lowerStart = lowerEnd;
            while (lowerStart > 0 && (Character.isDigit(s.charAt(lowerStart - 1)) || s.charAt(lowerStart - 1) == '.')) {
                lowerStart--;
            }
            if (lowerStart < lowerEnd && VALUE.matcher(s).region(lowerStart, lowerEnd).matches()) {
                BigDecimal lower = new BigDecimal(s.substring(lowerStart, lowerEnd));
                if (lower.compareTo(value) < 0) {
                    upper = value;
                    value = lower;
                    valueStart = lowerStart;
                }
            }
        }
        int headEnd = valueStart;
        // "生产总值增长 10%": a space before the number, as some saved pages have
        while (headEnd > 0 && s.charAt(headEnd - 1) == ' ') {
            headEnd--;
        }
        // "约2.4万美元", "近1600亿元", "超1.94万亿元": about, nearly, over
        if (headEnd > 0 && BEFORE_NUMBER.indexOf(s.charAt(headEnd - 1)) >= 0) {
            headEnd--;
            qualifier = qualifier == null ? String.valueOf(s.charAt(headEnd)) : qualifier;
        }
        String verb = endingAt(s, headEnd, VERBS);
        headEnd -= verb == null ? 0 : verb.length();
        String adverb = verb == null ? null : endingAt(s, headEnd, ADVERBS);
        headEnd -= adverb == null ? 0 : adverb.length();
        if ("按增长".equals(verb)) {
            verb = "增长";
        }
        String base = null;
        Matcher b = BASE.matcher(s).region(0, headEnd);
        if (b.find()) {
            base = b.group();
            headEnd = b.start();
        }
        int headStart = 0;
        // "2025年全省地区生产总值60199.45亿元": the year the figure is for, not its metric
        Matcher year = LEADING_YEAR.matcher(s).region(0, headEnd);
        if (year.lookingAt()) {
            headStart = year.end();
        }
        boolean striving = false;
        for (String lead = lead(s, headStart, headEnd); lead != null; lead = lead(s, headStart, headEnd)) {
            striving |= lead.equals("力争");
            headStart += lead.length();
        }
        String leadingVerb = startingAt(s, headStart, headEnd, LEADING_VERBS);
        headStart += leadingVerb == null ? 0 : leadingVerb.length();
        String metric = s.substring(headStart, headEnd);
        if (FIGURE_IN_METRIC.matcher(metric).find()) {
            return Optional.empty();
        }
        if (qualifier == null && striving) {
            qualifier = "力争";
        }
        String stripped = metric.strip();
        return Optional.of(new Clause(stripped, leading + headStart + metric.indexOf(stripped),
                verb != null ? verb : leadingVerb, value, upper, unit, qualifier, base));
    }

    /** A lead word at {@code start}, or a note in brackets ("预计(下同)可实现…"); null if none. */
    private static String lead(String s, int start, int end) {
        if (start < end && s.charAt(start) == '(') {
            int close = s.indexOf(')', start);
            return close > start && close < end ? s.substring(start, close + 1) : null;
        }
        return startingAt(s, start, end, LEADS);
    }

    private static String endingAt(String s, int end, List<String> candidates) {
        for (String c : candidates) {
            if (end >= c.length() && s.startsWith(c, end - c.length())) {
                return c;
            }
        }
        return null;
    }

    private static String startingAt(String s, int start, int end, List<String> candidates) {
        for (String c : candidates) {
            if (start + c.length() <= end && s.startsWith(c, start)) {
                return c;
            }
        }
        return null;
    }

    private static final Pattern STRETCH = Pattern.compile(
            "争取.*?(?<value>\\d+(?:\\.\\d+)?)(?<unit>" + UNITS + ")?.*?更好");

    /** A stretch goal: "在实际工作中争取实现7%的更好结果", "争取更好结果" (no number). */
    static Optional<Clause> readStretch(String folded) {
        if (!folded.contains("争取") || !folded.contains("更好") && !folded.contains("更高")) {
            return Optional.empty();
        }
        Matcher m = STRETCH.matcher(folded);
        if (m.find()) {
            return Optional.of(new Clause("", 0, null, new BigDecimal(m.group("value")), null, m.group("unit"), null, null));
        }
        return Optional.of(new Clause("", 0, null, null, null, null, null, null));
    }
}
