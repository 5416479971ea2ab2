package org.reportlens.core.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.text.CharFolding;
import org.reportlens.core.text.SmallNumbers;
import org.reportlens.core.text.YearNumbers;

/** A date as reports write it: "2024年1月15日", "二〇二四年一月十五日", "2023年12月29日". */
final class DeliveryDate {
    private static final String SMALL = "[\\d一二三四五六七八九十]{1,3}";
    static final Pattern DATE = Pattern.compile("(" + Years.TOKEN + ")\\s*年\\s*(" + SMALL + ")\\s*月\\s*(" + SMALL + ")\\s*日");

    private DeliveryDate() {
    }

    /** The first date in {@code s}; null when none, or when it is no calendar day. */
    static LocalDate first(String s) {
        Matcher m = DATE.matcher(CharFolding.fold(s));
        return m.find() ? of(m) : null;
    }

    /** {@code s} with its dates removed, so that the years left are years on their own. */
    static String remove(String s) {
        return DATE.matcher(CharFolding.fold(s)).replaceAll("");
    }

    static LocalDate of(Matcher m) {
        try {
            return LocalDate.of(YearNumbers.parse(m.group(1)), SmallNumbers.parse(m.group(2)), SmallNumbers.parse(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
