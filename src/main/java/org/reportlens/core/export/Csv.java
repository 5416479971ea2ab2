package org.reportlens.core.export;

import java.util.List;

/**
 * CSV as Excel and LibreOffice read it without asking: UTF-8 with a byte order mark (without it
 * Excel reads Chinese as mojibake), CRLF line ends, every field quoted. A field that a spreadsheet
 * would run as a formula (one that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return, as a name taken from a hostile report or file may) is neutralised as OWASP
 * recommends for CSV injection: a single quote is put before it.
 */
final class Csv {
    private static final String BOM = "\uFEFF";
    /** What a formula begins with, in Excel, LibreOffice and Google Sheets (OWASP, "CSV Injection"). */
    private static final String FORMULA_START = "=+-@\t\r";

    private Csv() {
    }

    /** The rows, the first being the header. */
    static String write(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BOM);
        rows.forEach(r -> line(csv, r));
        return csv.toString();
    }

    /** The field with a leading quote when a spreadsheet would take it for a formula. */
    static String neutralised(String field) {
        return !field.isEmpty() && FORMULA_START.indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }

    static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(neutralised(fields.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}
