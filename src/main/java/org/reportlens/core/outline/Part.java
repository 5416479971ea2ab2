package org.reportlens.core.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.text.YearNumbers;

/**
 * What a level-1 part of a report does: look back (on last year, five years, a term), plan the
 * year (its tasks, targets, proposals), set out the goals of several years ahead beside the year's
 * plan, or none of these.
 */
public enum Part {
    REVIEW,
    PLAN,
    /**
     * Goals and tasks for several years ahead — a five-year plan ("“十四五”时期主要目标任务"),
     * 今后五年, 远景目标 — in a report that has a plan part for the year as well. Where the five-year
     * part is the only plan, it is {@link #PLAN}.
     */
    OUTLOOK,
    OTHER;

    private static final Pattern REVIEW_WORDS = Pattern.compile(
            "回顾|总结|过去|成绩|成就|成效|完成情况|执行情况|取得的|[一二三四五六七八九十]年来|以来|开展的");
    /**
     * Plan words; "计划" only when not what was carried out ("“九五”计划执行情况") nor the name of a
     * five-year plan ("“十五”计划开局良好"); "做好2007年工作",
     * "做好今年政府工作".
     */
    private static final Pattern PLAN_WORDS = Pattern.compile(
            "任务|安排|目标|(?<!”)计划(?!的?(?:执行|完成))|部署|打算|展望|重点工作|工作重点|工作思路|总体要求|建议|工作意见|构想|考虑|举措|工作把握"
            + "|做好.{0,8}(?:\\d{4}年|今年).{0,6}工作");
    /** The years ahead, named without a plan word: "今后五年的工作". */
    private static final Pattern AHEAD = Pattern.compile("(?:今后|未来)五年");
    private static final Pattern SEVERAL_YEARS = Pattern.compile("(?:今后|未来)五年|十[一二三四五六七八九]五|远景|新一届政府|下届政府|届内");
    /** A title naming a year and the work of it, and nothing else: "2024年主要工作", "2020年政府工作", "关于二〇〇一年的政府工作". */
    private static final Pattern YEAR_WORK = Pattern.compile(
            "^(?:关于|做好)?(\\d{4}|[一二][〇零○一二三四五六七八九]{3})年(?:的)?(?:政府)?(?:主要|重点)?工作(?:情况)?$");
    /** A year named in a title, not the far year of 远景目标. */
    private static final Pattern NEAR_YEAR = Pattern.compile("(\\d{4}|[一二][〇零○一二三四五六七八九]{3})年(?!远景)");

    /** The lower-case name used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind of a part from its title alone: a title that names both ("2023年工作回顾和2024年工作安排")
     * is {@code OTHER}: it is both; a year's work with nothing more ("2024年主要工作") is {@code PLAN}
     * here, and may be a review beside a later year's part (see {@link #classify(List)}).
     */
    public static Part classify(String title) {
        return classify(List.of(title)).get(0);
    }

    /**
     * The kinds of a report's parts, from their titles in text order. Beyond the wording of each:
     * a part titled only with a year's work ("2013年主要工作", "2020年政府工作") reviews when another
     * part names a later year, and plans otherwise; a part about several years is an
     * {@link #OUTLOOK} when another part plans the year, else the report's plan.
     */
    public static List<Part> classify(List<String> titles) {
        List<Part> kinds = new ArrayList<>(titles.size());
        int latestYear = titles.stream().mapToInt(Part::latestYear).max().orElse(0);
        for (String title : titles) {
            kinds.add(byWording(title, latestYear));
        }
        boolean annualPlan = false;
        for (int i = 0; i < titles.size(); i++) {
            annualPlan |= kinds.get(i) == PLAN && !SEVERAL_YEARS.matcher(titles.get(i)).find()
                    || kinds.get(i) == PLAN && latestYear(titles.get(i)) > 0;
        }
        for (int i = 0; i < titles.size(); i++) {
            String title = titles.get(i);
            if (annualPlan && kinds.get(i) == PLAN && SEVERAL_YEARS.matcher(title).find() && !namesTheYear(title)) {
                kinds.set(i, OUTLOOK);
            }
        }
        return kinds;
    }

    private static Part byWording(String title, int latestYear) {
        Matcher yearWork = YEAR_WORK.matcher(title);
        if (yearWork.matches()) {
            return YearNumbers.parse(yearWork.group(1)) < latestYear ? REVIEW : PLAN;
        }
        boolean review = REVIEW_WORDS.matcher(title).find();
        boolean plan = PLAN_WORDS.matcher(title).find() || !review && AHEAD.matcher(title).find();
        if (review == plan) {
            return OTHER;
        }
        return review ? REVIEW : PLAN;
    }

    /** Whether the title names a year of its own beside the several years: "今后五年及2012年工作建议". */
    private static boolean namesTheYear(String title) {
        return NEAR_YEAR.matcher(title).find() || title.contains("今年");
    }

    private static int latestYear(String title) {
        Matcher m = NEAR_YEAR.matcher(title);
        int latest = 0;
        while (m.find()) {
            latest = Math.max(latest, YearNumbers.parse(m.group(1)));
        }
        return latest;
    }
}
