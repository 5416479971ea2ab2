package org.reportlens.core.meta;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.Part;
import org.reportlens.core.text.CharFolding;
import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.YearNumbers;

/**
 * Detects {@link ReportMetadata} from what a report states, in this order of trust:
 * <ul>
 *   <li>the title line ("2024年大连市政府工作报告", "(辽宁省)大连市人民政府工作报告(2022年1月8日)",
 *       "湘潭市政府工作报告（2023年12月29日 胡贺波）") gives title, government and year, and a date in
 *       it the delivery day;</li>
 *   <li>the line naming the congress ("——2024年1月15日在大连市第十七届人民代表大会第三次会议上",
 *       "…会议通过", "在市十四届人大五次会议上", "在…会议上（2017年1月16日）", a line broken after
 *       the name; "全国人民代表大会" means the State Council) gives government and delivery day;</li>
 *   <li>the speaker's line ("甘肃省省长 刘伟平") and "我代表宁波市人民政府…" give the government;</li>
 *   <li>failing all of them, the place the text names most often of the kind it calls itself
 *       ({@link GovernmentInText}: 我区 … 大连高新区);</li>
 *   <li>the years in the review and plan parts ("一、2023年工作回顾", "二、“十五五”主要目标和2026年
 *       重点工作安排"; a year of 远景目标 is no plan year) give review and plan year; without a plan
 *       part that names a year, the sentence stating the year's main targets does ("今年…主要预期目标");</li>
 *   <li>the file name, for whatever is still unknown.</li>
 * </ul>
 * Governments are given under their full official name when {@link GovernmentNames} knows them;
 * a generic word ("自治区", "市") is no name. The year is the title's; without one, the delivery
 * day's year, or the next year for a report delivered in December; then the file name's; then the
 * plan year. Lines in HTML comments and sentences that only mention a report ("现在，我代表市人民政府向
 * 大会作政府工作报告") are not titles. Nothing is inferred from one report to another.
 */
public final class MetadataDetector {
    /** The title and congress lines stand before the report's first heading, near the top. */
    private static final int HEAD_PARAGRAPHS = 12;
    /** The same in lines of the original text, where blank lines count too. */
    private static final int HEAD_LINES = 3 * HEAD_PARAGRAPHS;
    private static final int MAX_TITLE_LENGTH = 60;
    /** Where "我代表…人民政府" is looked for: the opening of the report. */
    private static final int OPENING = 3_000;
    private static final Pattern LEADING_BRACKETS = Pattern.compile("^([(（\\[【][^)）\\]】]*[)）\\]】]\\s*)+");
    private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern TITLE_GOVERNMENT = Pattern.compile("^(.+?)(?:人民政府|政府)?工作报告");
    private static final Pattern NOT_TITLE = Pattern.compile("代表|决议|审议|^<!--|^\\*?原标题");
    private static final Pattern CONGRESS = Pattern.compile(
            "(?:^|在|日|—)\\s*([^\\s,。在—\\d年月日]{0,16}?)\\s*第?[一二三四五六七八九十\\d]+\\s*届\\s*(全国)?\\s*(?:人民代表大会|人大)");
    private static final Pattern SPEAKER = Pattern.compile(
            "^(\\S{2,16}?)(?:人民政府)?(?:代理|代)?(?:省长|市长|州长|盟长|区长|县长|主席|总理|主任)");
    private static final Pattern REPORTING = Pattern.compile("我代表(\\S{2,16}?)(?:人民政府|政府)|我代表(国务院)");
    private static final Pattern GOVERNMENT_NAME = Pattern.compile(
            "(国务院|.*(省|市|区|县|州|盟|旗|镇|乡|街道|管委会|自治区|特别行政区))$");
    private static final Pattern GENERIC = Pattern.compile(
            "^(?:本|全|我|该|省|市|县|州|区)?(?:省|市|区|县|州|盟|旗|镇|乡|街道|自治区|自治州|自治县|特别行政区|新区|高新区|开发区|管委会)$");
    /** A line that is a date alone, as under a title: "2024年1月15日", "（二〇二四年一月十五日）". */
    private static final Pattern DATE_LINE = Pattern.compile("^[(（]?" + DeliveryDate.DATE.pattern() + "[)）]?$");
    /** Before 目标/指标 in a sentence stating the main targets: "…主要预期", "…预期". */
    private static final Pattern TARGET_LEAD = Pattern.compile("(?:主要|预期)[^。\\n]{0,8}$");
    /** After 目标/指标, a cue opening the list: "是：", "安排为：", "：". */
    private static final Pattern TARGET_CUE_END = Pattern.compile("(?:安排|建议)?(?:是|为)?:");
    /** The year a lead-in names for the targets: "今年全市经济社会发展的", "2016年经济社会发展". */
    private static final Pattern TARGET_YEAR = Pattern.compile("(今年|(" + Years.TOKEN + ")年)[^。\\n]{0,40}$");
    private static final Pattern SEVERAL_YEARS = Pattern.compile("五年|十[一二三四五六七八九]五|远景");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** "中卫市市": the suffix written twice. */
    private static final Pattern DOUBLED_SUFFIX = Pattern.compile("(省|市|县|区)\\1$");
    /** "黔东南州" is 黔东南 with a suffix left on. */
    private static final Pattern STEM_SUFFIX = Pattern.compile("(州|市|地区|盟)$");
    /** "二〇三五年远景目标": a far year, no plan year. */
    private static final Pattern FAR_YEAR = Pattern.compile("(?:\\d{4}|[一二][〇零○一二三四五六七八九]{3})年远景");
    private static final Pattern FILE_NAME_YEAR = Pattern.compile("(?<![0-9A-Za-z])((?:19|20)\\d{2})(?![0-9A-Za-z])");

    private MetadataDetector() {
    }

    public static ReportMetadata detect(NormalizedText text, List<OutlineNode> outline, String fileName) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(outline, "outline must not be null");
        ReportMetadata found = fromText(text, outline);
        if (fileName != null) {
            found = found.orElse(fromFileName(fileName));
        }
        if (found.year() == null && found.planYear() != null) {
            found = new ReportMetadata(found.title(), found.government(), found.planYear(), found.reviewYear(),
                    found.planYear(), found.delivered());
        }
        return found;
    }

    static ReportMetadata fromText(NormalizedText text, List<OutlineNode> outline) {
        GovernmentNames names = GovernmentNames.defaults();
        List<String> head = head(text, outline);
        String title = null;
        String government = null;
        Integer year = null;
        LocalDate delivered = null;
        for (int i = 0; i < head.size(); i++) {
            String line = head.get(i);
            if (isTitle(line)) {
                if (title == null) {
                    title = line;
                }
                if (government == null) {
                    government = government(governmentInTitle(line), names);
                }
                if (year == null) {
                    year = Years.first(DeliveryDate.remove(line));
                }
            }
            if (delivered == null && (isTitle(line) || DATE_LINE.matcher(CharFolding.fold(line)).matches())) {
                delivered = DeliveryDate.first(line);
            }
            String congressLine = line;
            // "——2025年1月15日在合肥市" broken before "第十七届人民代表大会第四次会议上"
            if (!line.contains("会议") && (line.contains("在") || line.startsWith("—")) && i + 1 < head.size()) {
                congressLine = line + head.get(i + 1);
            }
            Matcher congress = CONGRESS.matcher(CharFolding.fold(congressLine).replace(" ", ""));
            if (congress.find()) {
                if (government == null) {
                    government = congress.group(2) != null ? "国务院" : government(congress.group(1), names);
                }
                if (delivered == null) {
                    delivered = DeliveryDate.first(congressLine);
                }
            }
        }
        if (government == null) {
            government = speaker(outline, text, names);
        }
        if (government == null) {
            government = GovernmentInText.infer(text.text(), names);
        }
        if (year == null && delivered != null) {
            year = delivered.getMonth() == Month.DECEMBER ? delivered.getYear() + 1 : delivered.getYear();
        }
        Integer planYear = partYear(outline, Part.PLAN);
        if (planYear == null && year != null && outline.stream().anyMatch(
                n -> n.part() == Part.PLAN && !n.lead() && n.level() == 1 && n.title().contains("今年"))) {
            planYear = year;
        }
        if (planYear == null) {
            planYear = targetYear(text, outline, year);
        }
        Integer reviewYear = partYear(outline, Part.REVIEW);
        if (reviewYear == null && year != null && outline.stream().anyMatch(
                n -> n.part() == Part.REVIEW && !n.lead() && n.level() == 1 && LAST_YEAR.matcher(n.title()).find())) {
            // "过去一年和五年工作回顾" (国务院 2023): the year before, with five years around it — not a review of
            // no one year, as "过去五年工作回顾" is
            reviewYear = year - 1;
        }
        return new ReportMetadata(title, government, year, reviewYear, planYear, delivered);
    }

    /** A review titled by the year before without its number: "过去一年…", "去年…". */
    private static final Pattern LAST_YEAR = Pattern.compile("过去一年|^去年");

    /** The paragraphs before the first heading, near the top, without HTML comments and Markdown marks. */
    private static List<String> head(NormalizedText text, List<OutlineNode> outline) {
        int headEnd = outline.isEmpty() ? text.length() : text.fromOriginal(outline.get(0).start());
        String[] paragraphs = text.text().substring(0, headEnd).split("\n", HEAD_PARAGRAPHS + 1);
        List<String> head = new ArrayList<>();
        for (int i = 0; i < Math.min(paragraphs.length, HEAD_PARAGRAPHS); i++) {
            String line = MARKDOWN.matcher(paragraphs[i].strip()).replaceFirst("");
            if (!line.startsWith("<!--") && !line.isEmpty()) {
                head.add(line);
            }
        }
        return head;
    }

    /** The speaker's line ("甘肃省省长 刘伟平", "国务院总理 李克强") or "我代表宁波市人民政府" in the opening. */
    private static String speaker(List<OutlineNode> outline, NormalizedText text, GovernmentNames names) {
        // the original lines: a speaker's line ("甘肃省省长 刘伟平") looks like a menu and is dropped as page furniture
        int headEnd = outline.isEmpty() ? text.original().length() : outline.get(0).start();
        String[] lines = LINE_BREAK.split(text.original().substring(0, headEnd), HEAD_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
            String line = lines[i].strip();
            Matcher m = SPEAKER.matcher(line.replace(" ", ""));
            if (m.find()) {
                String g = government(m.group(1), names);
                if (g != null) {
                    return g;
                }
            }
        }
        String opening = text.text().substring(0, Math.min(text.length(), OPENING));
        Matcher m = REPORTING.matcher(opening);
        while (m.find()) {
            String g = m.group(2) != null ? "国务院" : government(m.group(1), names);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /**
     * A government's name as written, made whole: the full official name when the table knows it,
     * else the name itself when it ends as a government does; null for a generic word ("自治区").
     */
    static String government(String written, GovernmentNames names) {
        if (written == null) {
            return null;
        }
        String name = WHITESPACE.matcher(written).replaceAll("");
        name = DOUBLED_SUFFIX.matcher(name).replaceFirst("$1");
        String known = names.canonical(name);
        if (known != null) {
            return known;
        }
        if (name.isEmpty() || name.length() > 20 || GENERIC.matcher(name).matches()
                || !GOVERNMENT_NAME.matcher(name).matches()) {
            return null;
        }
        // "黔东南州" is the short form of a known name with its suffix left on
        String stem = names.canonical(STEM_SUFFIX.matcher(name).replaceFirst(""));
        return stem != null ? stem : name;
    }

    static ReportMetadata fromFileName(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,5}$", "").strip();
        String title = isTitle(stem) ? stem : null;
        String government = title == null ? null : government(governmentInTitle(stem), GovernmentNames.defaults());
        Integer year = Years.first(stem);
        if (year == null) {
            Matcher m = FILE_NAME_YEAR.matcher(stem);
            year = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        return new ReportMetadata(title, government, year, null, null, null);
    }

    private static boolean isTitle(String line) {
        return line.contains("工作报告") && line.length() <= MAX_TITLE_LENGTH
                && line.indexOf('。') < 0 && !NOT_TITLE.matcher(line).find();
    }

    /**
     * The government a title names, as written: "(辽宁省)大连市人民政府工作报告(2022年1月8日)" gives
     * 大连市, "江苏省政府2016年政府工作报告" 江苏省; "政府工作报告" alone gives null.
     */
    static String governmentInTitle(String title) {
        String t = LEADING_BRACKETS.matcher(title.replaceFirst("^\\*", "")).replaceFirst("");
        t = WHITESPACE.matcher(Years.remove(DeliveryDate.remove(t))).replaceAll("");
        Matcher m = TITLE_GOVERNMENT.matcher(t);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).replaceFirst("(?:人民)?政府$", "").replaceFirst("第[一二三四五六七八九十]+届.*$", "");
        // "2016年宁夏政府工作报告": a short form the table knows needs no suffix
        return GOVERNMENT_NAME.matcher(name).matches() || GovernmentNames.defaults().canonical(name) != null ? name : null;
    }

    /**
     * The latest year a part of this kind names in its title: "过去五年(2018-2022年)和2022年…" means
     * 2022; "2035年远景目标" is no plan year; a plan part that says 今年 plans the report's year, which
     * is then not known here.
     */
    private static Integer partYear(List<OutlineNode> outline, Part part) {
        for (OutlineNode node : outline) {
            if (node.level() == 1 && !node.lead() && node.part() == part) {
                Integer year = Years.latest(FAR_YEAR.matcher(node.title()).replaceAll(""));
                if (year != null) {
                    return year;
                }
            }
        }
        return null;
    }

    /**
     * The year the main targets are stated for, outside review parts: "今年…主要预期目标是" is the
     * report's year (when known), "2016年经济社会发展主要指标是" is 2016. Sentences about five years are
     * left out.
     */
    private static Integer targetYear(NormalizedText text, List<OutlineNode> outline, Integer year) {
        String folded = text.folded();
        for (int at = nextTargetWord(folded, 0); at >= 0; at = nextTargetWord(folded, at + 2)) {
            int sentenceStart = Math.max(folded.lastIndexOf('。', at), folded.lastIndexOf('\n', at)) + 1;
            String leadIn = folded.substring(Math.max(sentenceStart, at - 60), at);
            Matcher lead = TARGET_LEAD.matcher(leadIn);
            if (!lead.find() || SEVERAL_YEARS.matcher(folded.substring(sentenceStart, at)).find()
                    || partAt(outline, text.toOriginalStart(at)) == Part.REVIEW) {
                continue;
            }
            Matcher named = TARGET_YEAR.matcher(leadIn.substring(0, lead.start()));
            Integer target;
            if (named.find()) {
                target = named.group(2) != null ? Integer.valueOf(YearNumbers.parse(named.group(2))) : year;
            } else if (TARGET_CUE_END.matcher(folded).region(at + 2, Math.min(folded.length(), at + 8)).lookingAt()) {
                target = year;
            } else {
                continue;
            }
            if (target != null && year != null && target > year + 1) {
                // "到2015年…主要目标": a five-year plan's year, not this one's
                continue;
            }
            return target;
        }
        return null;
    }

    private static int nextTargetWord(String folded, int from) {
        int target = folded.indexOf("目标", from);
        int indicator = folded.indexOf("指标", from);
        return target < 0 ? indicator : indicator < 0 ? target : Math.min(target, indicator);
    }

    private static Part partAt(List<OutlineNode> outline, int original) {
        for (OutlineNode n : outline) {
            if (original >= n.start() && original < n.end()) {
                return n.part();
            }
        }
        return null;
    }
}
