package org.reportlens.core.load;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The numbers Word draws before paragraphs of an automatic list ("一、", "（二）", "3."), which are
 * not in the paragraph's text: counted per list and level in document order, and written in the
 * level's format. Start values other than 1 and restarts by list overrides are not followed.
 */
final class WordNumbering {
    private static final int LEVELS = 9;
    private static final String DIGITS = "零一二三四五六七八九";
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The label of a numbered paragraph, "" for one without numbering. Call once per paragraph, in order. */
    String label(XWPFParagraph paragraph) {
        BigInteger list = paragraph.getNumID();
        String pattern = paragraph.getNumLevelText();
        if (list == null || pattern == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(LEVELS - 1, paragraph.getNumIlvl().intValue());
        int[] count = counters.computeIfAbsent(list, k -> new int[LEVELS]);
        count[level]++;
        for (int l = level + 1; l < LEVELS; l++) {
            count[l] = 0;
        }
        String format = paragraph.getNumFmt() == null ? "decimal" : paragraph.getNumFmt();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int l = pattern.charAt(++i) - '1';
                int n = l >= 0 && l < LEVELS ? Math.max(1, count[l]) : 1;
                label.append(l == level ? format(n, format) : String.valueOf(n));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    static String format(int n, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified",
                 "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n);
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n <= 20
                    ? String.valueOf((char) ('\u2460' + n - 1)) : String.valueOf(n);
            default -> String.valueOf(n);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (up to 99; beyond that in digits). */
    static String chinese(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        int tens = n / 10;
        int units = n % 10;
        StringBuilder s = new StringBuilder();
        if (tens > 1) {
            s.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            s.append('十');
        }
        if (units > 0) {
            s.append(DIGITS.charAt(units));
        }
        return s.toString();
    }
}
