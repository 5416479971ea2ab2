package org.reportlens.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reportlens.core.dups.CorpusDuplicates;
import org.reportlens.core.dups.CorpusReport;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.ReportPair;
import org.reportlens.core.dups.ReuseShare;

/**
 * A corpus scan as tables: the pairs of reports that share the most text, the longest passages,
 * and each report's reuse. As CSV (one table, for a spreadsheet) or as text aligned for reading in
 * a terminal, Chinese characters counted two columns wide. Headers are Chinese and English, as in
 * the target table's CSV.
 */
public final class CorpusTables {
    /** A line break with the spaces around it: a table cell is one line. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");
    /** Passage text shown in a text table; the CSV carries what the scan kept. */
    static final int TEXT_IN_TABLE = 50;

    private CorpusTables() {
    }

    /** One table as CSV for Excel and LibreOffice: {@code pairs}, {@code passages} or {@code reuse}. */
    public static String csv(CorpusDuplicates result, String list) {
        return Csv.write(rows(result, list, Integer.MAX_VALUE));
    }

    /**
     * Aligned text: the table {@code list}, or when it is null the pairs and then the passages, each
     * under a title.
     */
    public static String table(CorpusDuplicates result, String list) {
        List<String> lists = list == null ? List.of("pairs", "passages") : List.of(list);
        StringBuilder text = new StringBuilder();
        for (String l : lists) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(title(result, l)).append('\n').append(TextTable.write(rows(result, l, TEXT_IN_TABLE)));
        }
        return text.toString();
    }

    private static String title(CorpusDuplicates result, String list) {
        return switch (list) {
            case "pairs" -> "共享文字最多的报告对 Pairs of reports sharing the most text (characters counted once,"
                    + " never more than the shorter report)";
            case "passages" -> String.format(Locale.ROOT, "重复段落 Duplicated passages: %,d found, the first %d shown,"
                    + " stock wording last", result.duplicateCount(), result.duplicates().size());
            default -> "各报告重复比例 Reuse per report";
        };
    }

    private static List<List<String>> rows(CorpusDuplicates result, String list, int textShown) {
        Map<String, CorpusReport> byId = result.reports().stream()
                .collect(Collectors.toMap(CorpusReport::id, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        switch (list) {
            case "pairs" -> {
                rows.add(List.of("#", "共享字数 shared", "段数 passages", "报告甲 report A", "报告乙 report B",
                        "文件甲 file A", "文件乙 file B"));
                int rank = 1;
                for (ReportPair p : result.pairs()) {
                    rows.add(List.of(String.valueOf(rank++), number(p.sharedCharacters()), number(p.passages()),
                            name(result, p.a()), name(result, p.b()), byId.get(p.a()).file(), byId.get(p.b()).file()));
                }
            }
            case "passages" -> {
                rows.add(List.of("#", "字数 length", "报告数 reports", "处数 places", "类别 kind", "位置 where",
                        "文字 text"));
                int rank = 1;
                for (Duplicate d : result.duplicates()) {
                    String where = d.occurrences().stream().map(o -> result.places().of(o))
                            .collect(Collectors.joining("；"));
                    rows.add(List.of(String.valueOf(rank++), number(d.length()), number(d.reportCount()),
                            number(d.occurrences().size()), kind(d), cut(where, textShown),
                            cut(oneLine(d.text()), textShown)));
                }
            }
            case "reuse" -> {
                rows.add(List.of("报告 report", "文件 file", "字数 characters", "见于他报告 in other reports",
                        "本报告内重复 repeated inside"));
                for (ReuseShare s : result.reuse()) {
                    CorpusReport r = byId.get(s.report());
                    rows.add(List.of(name(result, s.report()), r.file(), number(r.characters()), percent(s.otherReports()),
                            percent(s.sameReport())));
                }
            }
            default -> throw new IllegalArgumentException("no such table: " + list);
        }
        return rows;
    }

    private static String name(CorpusDuplicates result, String id) {
        return id + " " + result.places().report(id);
    }

    private static String kind(Duplicate d) {
        return d.stock() ? "套话 stock" : d.near() ? "近似 near" : "相同 exact";
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String oneLine(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ").strip();
    }

    private static String cut(String text, int shown) {
        return text.length() > shown ? text.substring(0, shown) + "…" : text;
    }
}
