package org.reportlens.core.export;

import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.targets.TargetTable;

/**
 * The target table as CSV for Excel and LibreOffice: UTF-8 with a byte order mark (without it
 * Excel reads Chinese as mojibake), CRLF line ends, every field quoted. One row per metric; per
 * report three columns: the target, its change against the same government's previous report,
 * and the achieved figure with met / missed / unknown / not_reviewed.
 *
 * <p>A field that a spreadsheet would run as a formula — one that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return, as a metric or government name taken from a
 * hostile report may — is neutralised as OWASP recommends for CSV injection: a single quote is put
 * before it, so the spreadsheet shows it as text.
 */
public final class TargetTableCsv {
    private static final String BOM = "\uFEFF";

    private TargetTableCsv() {
    }

    public static String write(TargetTable table) {
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>();
        header.add("指标 metric");
        for (TargetTable.Column c : table.columns()) {
            String name = (c.government() == null ? "?" : c.government()) + " " + (c.year() == null ? "?" : c.year());
            header.add(name + " 目标 target");
            header.add(name + " 变化 change");
            header.add(name + " 完成 achieved");
        }
        line(csv, header);
        for (TargetTable.Row row : table.rows()) {
            List<String> fields = new ArrayList<>();
            fields.add(row.metric());
            for (TargetTable.Cell cell : row.cells()) {
                fields.add(cell.target() == null ? "" : cell.target().figure());
                String change = cell.change() == null ? "" : cell.change().id();
                fields.add(cell.qualifierChanged() && !change.equals("qualifier-changed")
                        ? change + ", qualifier-changed" : change);
                fields.add(cell.status() == null ? ""
                        : cell.actual() == null ? cell.status().id()
                        : cell.actual().figure() + " " + cell.status().id());
            }
            line(csv, fields);
        }
        return csv.toString();
    }

    /** The field with a leading quote when a spreadsheet would take it for a formula. */
    static String neutralised(String field) {
        return Csv.neutralised(field);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        Csv.line(csv, fields);
    }
}
