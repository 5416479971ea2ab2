package org.reportlens.core.outline;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a level-1 part of a report does: look back on last year, plan this one, or neither. */
public enum Part {
    REVIEW, PLAN, OTHER;

    private static final Pattern REVIEW_WORDS = Pattern.compile("回顾|总结|过去|成绩|完成情况|取得的成效");
    private static final Pattern PLAN_WORDS = Pattern.compile("任务|安排|目标|计划|部署|打算|展望|重点工作|工作思路|总体要求");

    /** The lower-case name used in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A title that names both ("2023年工作回顾和2024年工作安排") is {@code OTHER}: it is both. */
    public static Part classify(String title) {
        boolean review = REVIEW_WORDS.matcher(title).find();
        boolean plan = PLAN_WORDS.matcher(title).find();
        if (review == plan) {
            return OTHER;
        }
        return review ? REVIEW : PLAN;
    }
}
