package org.reportlens.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.outline.Part;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.Target;
import org.reportlens.core.targets.TargetKind;

/**
 * The draft's main targets against the previous report's and against its own other figures.
 * A level target ("地区生产总值达到1.2万亿元") stated with exactly last year's figure has not moved
 * though the level it names should have — a rate ("增长6%左右"), a yearly flow ("城镇新增就业1100万人以上")
 * and a ceiling or floor ("粮食产量保持在1.3万亿斤以上") rightly may stay, so only targets with a verb
 * of reaching (达到, 突破, 超过 …) are compared.
 * A target without a unit ("城乡居民收入与经济增长同步") is left out too.
 * A metric of the main targets given another figure elsewhere in the draft's plan part, worded as in
 * the targets, with the same verb and unit, disagrees with itself — unless its sentence speaks of the
 * past ("过去一年…") or is a district's ("经开区规模以上工业增加值增长18%"), or measures otherwise (年均, 累计, 分别 between
 * metric and number: "化学需氧量和二氧化硫排放总量年均分别下降3.7%和10%"); stretch goals ("争取更好结果") differ on purpose and are left out.
 */
final class TargetChecks {
    /** Verbs that name a level reached; "新增", "保持在", "控制在" name a yearly flow or a ceiling that may stay. */
    private static final Set<String> LEVEL_VERBS = Set.of("达到", "突破", "超过", "迈上", "跃上", "力争达到");
    private static final Set<String> RATES = Set.of("%", "％", "‰", "个百分点");
    /** A sentence about the past: its figures are achieved, whatever part they stand in. */
    private static final Pattern PAST = Pattern.compile("过去|去年|上年|完成了|实现了");
    private static final int AREA_CHARS = 12;
    private static final Pattern OTHER_MEASURE = Pattern.compile("年均|累计|分别");
    /** A stretch goal beside the target: "在实际工作中争取更好结果". */
    private static final Pattern STRETCH = Pattern.compile("更好[的]?(?:结果|成绩|水平)");

    private TargetChecks() {
    }

    /** @param carried findings already made; a target inside one of them is not found twice */
    static List<Finding> find(Report draft, Report last, List<Target> targets, List<Finding> carried) {
        List<Target> ours = targets.stream().filter(t -> t.report().equals(draft.id()) && t.value() != null).toList();
        List<Target> theirs = targets.stream()
                .filter(t -> t.report().equals(last.id()) && t.kind() == TargetKind.TARGET && t.value() != null).toList();
        Parts parts = new Parts(draft);
        List<Finding> found = new ArrayList<>();
        for (Target t : ours) {
            if (t.kind() != TargetKind.TARGET) {
                continue;
            }
            if (t.unit() != null && !RATES.contains(t.unit()) && t.verb() != null && LEVEL_VERBS.contains(t.verb()) && inside(t, carried) == null) {
                theirs.stream().filter(l -> l.canonicalMetric().equals(t.canonicalMetric()) && sameFigure(l, t)).findFirst()
                        .ifPresent(l -> found.add(new Finding(FindingKind.UNCHANGED_TARGET, t.start(), t.end(), t.text(), null,
                                new Evidence(last.id(), l.start(), l.end()),
                                "the target " + t.canonicalMetric() + " " + t.figure()
                                        + " is the previous report's figure; the level it names should have moved")));
            }
            if (t.unit() != null && t.verb() != null) {
                disagreeing(found, draft, parts, t);
            }
        }
        return found;
    }

    /**
     * The main target's metric, as the targets word it, stated elsewhere in the plan with the same
     * verb and unit and another number ("固定资产投资增长10%" in a section, "增长8%左右" in the targets).
     */
    private static void disagreeing(List<Finding> found, Report draft, Parts parts, Target t) {
        String text = draft.original();
        Pattern same = Pattern.compile(Pattern.quote(t.metric()) + "[^，,；;。、]{0,6}?" + Pattern.quote(t.verb())
                + "(\\d+(?:\\.\\d+)?)" + Pattern.quote(t.unit()));
        Matcher m = same.matcher(text);
        while (m.find()) {
            boolean elsewhere = m.end() <= t.start() || t.end() <= m.start();
            // "年均", "累计" measure over several years; "分别" pairs the numbers with other metrics
            boolean otherMeasure = OTHER_MEASURE.matcher(m.group()).find();
            if (elsewhere && !otherMeasure && parts.at(m.start()) == Part.PLAN && new BigDecimal(m.group(1)).compareTo(t.value()) != 0
                    && !past(text, m.start(), m.end()) && !ofAnArea(text, m.start())) {
                found.add(new Finding(FindingKind.FIGURES_DISAGREE, m.start(), m.end(), m.group(), t.figure(),
                        new Evidence(draft.id(), t.start(), t.end()),
                        t.canonicalMetric() + " " + m.group() + " here, but " + t.figure() + " in the main targets"));
            }
        }
    }

    /** Whether the clause names a district, county or park before the metric: "经开区规模以上工业增加值增长18%" is not the city's. */
    private static boolean ofAnArea(String text, int metricStart) {
        int i = metricStart - 1;
        while (i >= 0 && metricStart - i <= AREA_CHARS && "，,；;。、".indexOf(text.charAt(i)) < 0 && !Sentences.isStop(text.charAt(i))) {
            if ("区县园镇乡".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
            i--;
        }
        return false;
    }

    /** Whether the figure's sentence speaks of the past, or of a stretch goal beyond the target ("过去一年，…增长6.9%"). */
    private static boolean past(String text, int figureStart, int figureEnd) {
        int start = figureStart;
        while (start > 0 && !Sentences.isStop(text.charAt(start - 1))) {
            start--;
        }
        int end = figureEnd;
        while (end < text.length() && !Sentences.isStop(text.charAt(end))) {
            end++;
        }
        String sentence = text.substring(start, end);
        return PAST.matcher(sentence).find() || STRETCH.matcher(sentence).find();
    }

    private static Finding inside(Target t, List<Finding> carried) {
        for (Finding f : carried) {
            if (f.start() <= t.start() && t.end() <= f.end()) {
                return f;
            }
        }
        return null;
    }

    private static boolean sameFigure(Target a, Target b) {
        return sameValue(a, b) && Objects.equals(a.unit(), b.unit()) && Objects.equals(a.verb(), b.verb())
                && Objects.equals(a.qualifier(), b.qualifier());
    }

    private static boolean sameValue(Target a, Target b) {
        return a.value().compareTo(b.value()) == 0
                && (a.upper() == null ? b.upper() == null : b.upper() != null && a.upper().compareTo(b.upper()) == 0);
    }
}
