package org.reportlens.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells which lines of a saved web page are not part of the report: navigation, source and date
 * lines, disclaimers, comment forms, share buttons. Two kinds of evidence:
 * <ul>
 *   <li>phrases that mark furniture wherever they open a line ({@code furniture-patterns.txt});</li>
 *   <li>menu-like lines (a few short words, no sentence punctuation) before the report's first
 *       paragraph of prose or after its last one — never in between, where a short line is far
 *       more likely a heading.</li>
 * </ul>
 */
final class PageFurniture {
    /**
     * The patterns as two alternations: those anchored with ^, tried once at the line start
     * ({@code lookingAt}), and the few others, searched for. Trying every pattern at every
     * position of every line was most of the normalizing time.
     */
    private static final Pattern ANCHORED = loadPatterns(true);
    private static final Pattern UNANCHORED = loadPatterns(false);
    /** Furniture is a short line or starts like one; reading further only costs time. */
    private static final int SCAN_LIMIT = 400;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]");
    private static final Pattern MENU_SEPARATORS = Pattern.compile("[\\s>»›|/]+");
    private static final Pattern ANY_PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^>»›|/]]");
    private static final Pattern HEADING_START = Pattern.compile(
            "^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、.．])");
    private static final int PROSE_MIN_LENGTH = 40;

    /** Who delivers the report ("市长 温金荣", "惠州市市长 刘吉"): a short line of two words, not a menu. */
    private static final Pattern BYLINE = Pattern.compile("(市长|省长|总理|主席|州长|区长|县长|盟长)\\s");

    private PageFurniture() {
    }

    /**
     * Marks the furniture among {@code lines} (each already trimmed; blank lines are ignored).
     *
     * @return one flag per line, {@code true} for furniture
     */
    static boolean[] classify(List<String> lines) {
        boolean[] furniture = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            furniture[i] = matchesPattern(lines.get(i));
        }
        markResolution(lines, furniture);
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!furniture[i] && isProse(lines.get(i))) {
                if (firstProse < 0) {
                    firstProse = i;
                }
                lastProse = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            boolean outsideProse = firstProse < 0 || i < firstProse || i > lastProse;
            if (outsideProse && !furniture[i] && isMenuLike(lines.get(i))) {
                furniture[i] = true;
            }
        }
        return furniture;
    }

    /**
     * The congress's resolution approving the report, saved above it ("深圳市第七届人民代表大会第七次会议关于深圳市
     * 人民政府工作报告的决议", the date it passed, "会议听取和审议了…", "会议强调…"), up to the report's own title
     * ("政府工作报告"): the page's, not the report's, and another year's page has another or none. Only when the
     * page opens with it and the report's title follows within {@link #RESOLUTION_LINES} lines.
     */
    private static void markResolution(List<String> lines, boolean[] furniture) {
        int first = 0;
        while (first < lines.size() && (lines.get(first).isBlank() || furniture[first])) {
            first++;
        }
        if (first == lines.size() || !RESOLUTION.matcher(lines.get(first)).find()) {
            return;
        }
        for (int i = first + 1; i < Math.min(lines.size(), first + RESOLUTION_LINES); i++) {
            if (REPORT_TITLE.matcher(lines.get(i).strip()).matches()) {
                for (int j = first; j < i; j++) {
                    furniture[j] = furniture[j] || !lines.get(j).isBlank();
                }
                return;
            }
        }
    }

    private static final Pattern RESOLUTION = Pattern.compile("关于.{0,30}政府工作报告的决议$");
    private static final Pattern REPORT_TITLE = Pattern.compile(".{0,20}政府工作报告");
    /** How far the report's title may stand below the resolution's: a resolution is a few paragraphs. */
    private static final int RESOLUTION_LINES = 30;

    static boolean matchesPattern(String line) {
        int limit = Math.min(line.length(), SCAN_LIMIT);
        return ANCHORED.matcher(line).region(0, limit).lookingAt()
                || UNANCHORED.matcher(line).region(0, limit).find();
    }

    private static boolean isProse(String line) {
        return SENTENCE_END.matcher(line).find() || line.length() > PROSE_MIN_LENGTH
                || HEADING_START.matcher(line).lookingAt();
    }

    private static boolean isMenuLike(String line) {
        if (line.isBlank() || HEADING_START.matcher(line).lookingAt() || line.contains("报告")
                || ANY_PUNCTUATION.matcher(line).find() || BYLINE.matcher(line).find()) {
            return false;
        }
        String[] words = MENU_SEPARATORS.split(line.strip());
        if (words.length == 1) {
            return words[0].length() <= 4;
        }
        for (String word : words) {
            if (word.length() > 8) {
                return false;
            }
        }
        return true;
    }

    private static Pattern loadPatterns(boolean anchored) {
        List<String> patterns = new ArrayList<>();
        try (InputStream in = PageFurniture.class.getResourceAsStream("furniture-patterns.txt")) {
            if (in == null) {
                throw new IllegalStateException("furniture-patterns.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String regex = line.strip();
                if (!regex.isEmpty() && !regex.startsWith("#") && regex.startsWith("^") == anchored) {
                    Pattern.compile(regex); // fail here, naming the bad line, not in the alternation
                    patterns.add("(?:" + regex + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // an empty alternation would match everything; "(?!)" matches nothing
        return Pattern.compile(patterns.isEmpty() ? "(?!)" : String.join("|", patterns));
    }
}
