package org.reportlens.core.text;

/**
 * The number of a year token as reports write it: ASCII digits ("2024") or Chinese numerals
 * ("二〇二四", with 零 or ○ for nought). One rule for the outline's part years and the metadata's.
 */
public final class YearNumbers {
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private YearNumbers() {
    }

    /** @param token four ASCII digits or four Chinese numerals (width already folded); not empty */
    public static int parse(String token) {
        if (Character.isDigit(token.charAt(0)) && token.charAt(0) < 0x80) {
            return Integer.parseInt(token);
        }
        int year = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            year = year * 10 + (c == '零' || c == '○' ? 0 : CHINESE_DIGITS.indexOf(c));
        }
        return year;
    }
}
