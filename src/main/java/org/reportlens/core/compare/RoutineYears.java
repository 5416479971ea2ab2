package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routine edits of a report one or more years newer: every year moved on by the years between
 * the two reports ("2023年工作回顾" → "2024年工作回顾" a year later), and the yearly session of the
 * people's congress with it ("第十七届人民代表大会第三次会议" → "第四次会议"; "实施的第三年" → "第四年").
 * The older side's key is read with these moved on; what then matches the newer side changed only
 * routinely.
 *
 * <p>A year is four digits from 1900 to 2099, not part of a longer number, followed by 年 directly or
 * through a range or list of such years ("2024—2026年", "2024、2025年"), or four Chinese digits
 * followed by 年 ("二〇二三年", as delivery dates are written). Other numbers (2000亿元)
 * never move; nor does a term (第十七届), an anniversary (建党100周年) or a date's month and day.
 * A session or year ordinal moves only while it stays one Chinese numeral (一 … 十). Moving keeps
 * the length of the key, so an index means the same place in both.
 */
final class RoutineYears {
    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9０-９.．])((?:19|20|１９|２０)[0-9０-９]{2})(?=(?:[—\\-－~～至到、,，][0-9０-９]{4})*年)");
    /** A year in Chinese digits, as in a delivery date ("二〇二三年一月十五日"). */
    private static final Pattern CHINESE_YEAR = Pattern.compile("(?<![〇零一二三四五六七八九十])([一二][〇零一二三四五六七八九]{3})(?=年)");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final Pattern ORDINAL = Pattern.compile("(?<=第)([一二三四五六七八九十])(?=次会议|年)");
    private static final String NUMERALS = "一二三四五六七八九十";

    /** A key with its years moved on: {@code ranges} are the {from, to} of what moved. */
    record Shifted(String key, List<int[]> ranges) {
    }

    private RoutineYears() {
    }

    /** {@code key} with its years and sessions moved on by {@code years}; the key itself when nothing moves. */
    static Shifted shift(String key, int years) {
        if (years == 0 || !mayMove(key)) {
            return new Shifted(key, List.of());
        }
        StringBuilder out = new StringBuilder(key);
        List<int[]> ranges = new ArrayList<>();
        move(key, YEAR, digits -> year(digits, years), out, ranges);
        move(key, CHINESE_YEAR, digits -> chineseYear(digits, years), out, ranges);
        move(key, ORDINAL, numeral -> {
            int value = NUMERALS.indexOf(numeral.charAt(0)) + 1 + years;
            return value >= 1 && value <= NUMERALS.length() ? String.valueOf(NUMERALS.charAt(value - 1)) : null;
        }, out, ranges);
        if (ranges.isEmpty()) {
            return new Shifted(key, List.of());
        }
        ranges.sort((x, y) -> Integer.compare(x[0], y[0]));
        return new Shifted(out.toString(), ranges);
    }

    /** Each match of {@code pattern}'s group 1 in {@code key} replaced in {@code out} by what {@code mover} makes of it, unless null. */
    private static void move(String key, Pattern pattern, UnaryOperator<String> mover, StringBuilder out,
                             List<int[]> ranges) {
        Matcher m = pattern.matcher(key);
        while (m.find()) {
            String moved = mover.apply(m.group(1));
            if (moved != null) {
                out.replace(m.start(1), m.end(1), moved);
                ranges.add(new int[] {m.start(1), m.end(1)});
            }
        }
    }

    /**
     * Whether {@code key} has a 年 or 会 after a digit, 第, 〇, 零 or 九 (every Chinese year of 1900–2099
     * has one of the last three: 一九九八, 二〇二四): most sentences have not, and need no pattern.
     */
    private static boolean mayMove(String key) {
        boolean numeral = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '第' || c == '〇' || c == '零' || c == '九') {
                numeral = true;
            } else if (numeral && (c == '年' || c == '会')) {
                return true;
            }
        }
        return false;
    }

    /** A year in Chinese digits moved on, 〇 kept as 〇 (零 is read as 〇); null outside 1900–2099. */
    private static String chineseYear(String digits, int years) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i) == '零' ? '〇' : digits.charAt(i);
            value = value * 10 + CHINESE_DIGITS.indexOf(c);
        }
        int target = value + years;
        if (target < 1900 || target > 2099) {
            return null;
        }
        StringBuilder out = new StringBuilder(4);
        Integer.toString(target).chars().forEach(c -> out.append(CHINESE_DIGITS.charAt(c - '0')));
        return out.toString();
    }

    /** The year moved on, in the same digits (half- or full-width); null when it would leave 1900–2099. */
    private static String year(String digits, int years) {
        boolean fullWidth = digits.charAt(0) >= '０';
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + Character.digit(digits.charAt(i), 10);
        }
        int target = value + years;
        if (target < 1900 || target > 2099) {
            return null;
        }
        String plain = Integer.toString(target);
        if (!fullWidth) {
            return plain;
        }
        StringBuilder wide = new StringBuilder(4);
        plain.chars().forEach(c -> wide.append((char) (c - '0' + '０')));
        return wide.toString();
    }
}
