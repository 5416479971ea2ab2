package org.reportlens.core.text;

/**
 * A small number as reports write it, a day, a month or a heading's numeral: ASCII digits ("12") or
 * Chinese numerals ("三", "十", "十二", "二十三", up to 九十九). One rule for the dates of the metadata and
 * the numbering of the outline.
 */
public final class SmallNumbers {
    private static final String DIGITS = "一二三四五六七八九";

    private SmallNumbers() {
    }

    /** Its value; 0 for anything else ("十十", "三三", "百"). */
    public static int parse(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(s);
        }
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) + 1 : 0;
        }
        // at most one digit before 十 and one after
        int tens = ten == 0 ? 1 : ten == 1 ? DIGITS.indexOf(s.charAt(0)) + 1 : 0;
        int after = s.length() - ten - 1;
        int units = after == 0 ? 0 : after == 1 ? DIGITS.indexOf(s.charAt(ten + 1)) + 1 : -1;
        return tens <= 0 || units < 0 || after == 1 && units == 0 ? 0 : 10 * tens + units;
    }
}
