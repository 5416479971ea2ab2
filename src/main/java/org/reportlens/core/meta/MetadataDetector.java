package org.reportlens.core.meta;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.Part;
import org.reportlens.core.text.CharFolding;
import org.reportlens.core.text.NormalizedText;

/**
 * Detects {@link ReportMetadata} from what a report states: its title line ("2024年大连市政府工作报告",
 * "(辽宁省)大连市人民政府工作报告(2022年1月8日)"), the line naming the congress it was delivered to
 * ("——2024年1月15日在大连市第十七届人民代表大会第三次会议上"), the years in its review and plan
 * parts ("一、2023年工作回顾", "二、“十五五”主要目标和2026年重点工作安排"), and its file name. The
 * text wins over the file name. Nothing is inferred from one year to another.
 */
public final class MetadataDetector {
    /** The title and congress lines stand before the report's first heading, near the top. */
    private static final int HEAD_PARAGRAPHS = 8;
    private static final int MAX_TITLE_LENGTH = 60;
    private static final Pattern LEADING_BRACKETS = Pattern.compile("^([(（\\[【][^)）\\]】]*[)）\\]】]\\s*)+");
    private static final Pattern TITLE_GOVERNMENT = Pattern.compile("^(.+?)(?:人民政府|政府)?工作报告");
    private static final Pattern CONGRESS = Pattern.compile(
            "在([^\\s，,。在]{2,16}?)第?[一二三四五六七八九十\\d]+届人民代表大会");
    private static final Pattern GOVERNMENT_NAME = Pattern.compile(
            "(国务院|.*(省|市|区|县|州|盟|旗|镇|乡|街道|管委会|自治区|特别行政区))$");
    /** A line that is a date alone, as under a title: "2024年1月15日", "（二〇二四年一月十五日）". */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[(（]?(" + Years.TOKEN + ")年[\\d一二三四五六七八九十]{1,3}月[\\d一二三四五六七八九十]{1,3}日[)）]?$");
    private static final Pattern FILE_NAME_YEAR = Pattern.compile("(?<![0-9A-Za-z])((?:19|20)\\d{2})(?![0-9A-Za-z])");

    private MetadataDetector() {
    }

    public static ReportMetadata detect(NormalizedText text, List<OutlineNode> outline, String fileName) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(outline, "outline must not be null");
        ReportMetadata fromText = fromText(text, outline);
        return fileName == null ? fromText : fromText.orElse(fromFileName(fileName));
    }

    static ReportMetadata fromText(NormalizedText text, List<OutlineNode> outline) {
        String title = null;
        String government = null;
        Integer year = null;
        int headEnd = outline.isEmpty() ? text.length()
                : text.fromOriginal(outline.get(0).start());
        String[] head = text.text().substring(0, headEnd).split("\n", HEAD_PARAGRAPHS + 1);
        for (int i = 0; i < Math.min(head.length, HEAD_PARAGRAPHS); i++) {
            String line = head[i].strip();
            if (title == null && isTitle(line)) {
                title = line;
                government = governmentInTitle(line);
                year = Years.first(line);
            }
            Matcher date = DATE_LINE.matcher(CharFolding.fold(line));
            if (year == null && date.matches()) {
                year = Years.parse(date.group(1));
            }
            Matcher congress = CONGRESS.matcher(line);
            if (congress.find()) {
                if (government == null && GOVERNMENT_NAME.matcher(congress.group(1)).matches()) {
                    government = congress.group(1);
                }
                if (year == null) {
                    year = Years.first(line.substring(0, congress.start()));
                }
            }
        }
        return new ReportMetadata(title, government, year, partYear(outline, Part.REVIEW),
                partYear(outline, Part.PLAN));
    }

    static ReportMetadata fromFileName(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").strip();
        String title = isTitle(stem) ? stem : null;
        String government = title == null ? null : governmentInTitle(stem);
        Integer year = Years.first(stem);
        if (year == null) {
            Matcher m = FILE_NAME_YEAR.matcher(stem);
            year = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        return new ReportMetadata(title, government, year, null, null);
    }

    private static boolean isTitle(String line) {
        return line.contains("工作报告") && line.length() <= MAX_TITLE_LENGTH
                && line.indexOf('。') < 0;
    }

    /** "(辽宁省)大连市人民政府工作报告(2022年1月8日)" gives 大连市; "政府工作报告" alone gives null. */
    static String governmentInTitle(String title) {
        String t = LEADING_BRACKETS.matcher(title).replaceFirst("");
        t = Years.remove(t).replaceAll("\\s+", "");
        Matcher m = TITLE_GOVERNMENT.matcher(t);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        return GOVERNMENT_NAME.matcher(name).matches() ? name : null;
    }

    /** The latest year a part of this kind names in its title: "过去五年(2018-2022年)和2022年…" means 2022. */
    private static Integer partYear(List<OutlineNode> outline, Part part) {
        for (OutlineNode node : outline) {
            if (node.level() == 1 && !node.lead() && node.part() == part) {
                Integer year = Years.latest(node.title());
                if (year != null) {
                    return year;
                }
            }
        }
        return null;
    }
}
