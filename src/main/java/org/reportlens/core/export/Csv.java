package org.reportlens.core.export;

import java.util.List;

/**
 * CSV as Excel and LibreOffice read it without asking: UTF-8 with a byte order mark (without it
 * Excel reads Chinese as mojibake), CRLF line ends, every field quoted.
 */
final class Csv {
    private static final String BOM = "\uFEFF";

    private Csv() {
    }

    /** The rows, the first being the header. */
    static String write(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        rows.forEach(r -> line(csv, r));
        return csv.toString();
    }

    static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}
