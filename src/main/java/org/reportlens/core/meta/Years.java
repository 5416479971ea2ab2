package org.reportlens.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.text.CharFolding;
import org.reportlens.core.text.YearNumbers;

/**
 * Years as reports write them: "2024年", "２０２４年" and "二〇二四年" are all 2024. Only years
 * followed by 年 count, so amounts ("2024家") and codes are not taken for years.
 */
final class Years {
    static final String TOKEN = "(?:(?:19|20)\\d{2}|[一二][〇零○一二三四五六七八九]{3})";
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\d〇零○一二三四五六七八九])(" + TOKEN + ")\\s*年");

    private Years() {
    }

    /** Every year in {@code s}, in order of appearance. */
    static List<Integer> all(String s) {
        List<Integer> years = new ArrayList<>();
        Matcher m = YEAR.matcher(CharFolding.fold(s));
        while (m.find()) {
            years.add(YearNumbers.parse(m.group(1)));
        }
        return years;
    }

    static Integer first(String s) {
        List<Integer> years = all(s);
        return years.isEmpty() ? null : years.get(0);
    }

    /** "过去五年(2018-2022年)和2022年工作回顾" means 2022: the latest year named. */
    static Integer latest(String s) {
        return all(s).stream().max(Integer::compare).orElse(null);
    }

    /** {@code s} without its years and their 年. */
    static String remove(String s) {
        return YEAR.matcher(CharFolding.fold(s)).replaceAll("");
    }
}
