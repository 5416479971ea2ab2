package org.reportlens.core.export;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Rows as plain text in aligned columns for a terminal: Chinese and other wide characters count as
 * two columns, as a terminal draws them; columns whose cells are all numbers are aligned right; the
 * last column is not padded, so a long text does not push the line out.
 */
final class TextTable {
    /** A cell of figures, set flush right. */
    private static final Pattern NUMBER = Pattern.compile("[0-9,.%]+");
    private static final String GAP = "  ";

    private TextTable() {
    }

    /** The rows, the first being the header, underlined. */
    static String write(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        boolean[] numeric = new boolean[columns];
        java.util.Arrays.fill(numeric, true);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                String cell = rows.get(r).get(c);
                widths[c] = Math.max(widths[c], width(cell));
                if (r > 0 && !NUMBER.matcher(cell).matches()) {
                    numeric[c] = false;
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(text, rows.get(r), widths, numeric);
            if (r == 0) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    rule.append(c > 0 ? GAP : "").append("-".repeat(widths[c]));
                }
                text.append(rule.toString().stripTrailing()).append('\n');
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - width(cell));
            line.append(c > 0 ? GAP : "");
            if (numeric[c]) {
                line.append(pad).append(cell);
            } else {
                line.append(cell).append(c < cells.size() - 1 ? pad : "");
            }
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** Columns a terminal gives the text: two for each East Asian wide or full-width character. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += isWide(s.charAt(i)) ? 2 : 1;
        }
        return w;
    }

    private static boolean isWide(char c) {
        return c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
                || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6;
    }
}
