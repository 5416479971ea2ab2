package org.reportlens.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link NormalizedText}: splits the original into lines ({@code \n}, {@code \r\n},
 * {@code \r}, U+2028, U+2029 or U+0085), drops blank lines and page furniture, trims each line and folds its whitespace
 * runs (spaces, tabs, ideographic and no-break spaces) to one space.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static NormalizedText normalize(String original) {
        Objects.requireNonNull(original, "original must not be null");
        List<Span> lines = contentLines(original);
        List<String> lineTexts = new ArrayList<>(lines.size());
        for (Span line : lines) {
            lineTexts.add(line.of(original));
        }
        boolean[] furniture = PageFurniture.classify(lineTexts);

        StringBuilder text = new StringBuilder(original.length());
        int[] origin = new int[original.length() + lines.size()];
        List<Span> dropped = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            Span line = lines.get(l);
            if (furniture[l]) {
                dropped.add(line);
                continue;
            }
            if (text.length() > 0) {
                origin[text.length()] = lastContentEnd(text, origin);
                text.append('\n');
            }
            boolean inSpace = false;
            for (int i = line.start(); i < line.end(); i++) {
                char c = original.charAt(i);
                if (isSpace(c)) {
                    if (!inSpace) {
                        origin[text.length()] = i;
                        text.append(' ');
                        inSpace = true;
                    }
                } else {
                    origin[text.length()] = i;
                    text.append(c);
                    inSpace = false;
                }
            }
        }
        int[] map = new int[text.length()];
        System.arraycopy(origin, 0, map, 0, map.length);
        return new NormalizedText(original, text.toString(), map, dropped);
    }

    /** Where the previous paragraph's content ends in the original (exclusive). */
    private static int lastContentEnd(StringBuilder text, int[] origin) {
        return origin[text.length() - 1] + 1;
    }

    /** The trimmed, non-blank lines of {@code s}. */
    private static List<Span> contentLines(String s) {
        List<Span> lines = new ArrayList<>();
        int lineStart = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            boolean atBreak = i == n || isLineBreak(s.charAt(i));
            if (!atBreak) {
                continue;
            }
            int start = lineStart;
            int end = i;
            while (start < end && isSpace(s.charAt(start))) {
                start++;
            }
            while (end > start && isSpace(s.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                lines.add(new Span(start, end));
            }
            if (i < n && s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                i++;
            }
            lineStart = i + 1;
        }
        return lines;
    }

    /** {@code \n}, {@code \r}, and Unicode's line and paragraph separators (U+2028, U+2029) and NEL (U+0085). */
    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\f'
                || c == '\u000B' || c == '\uFEFF' || c == '\u200B' || Character.isSpaceChar(c);
    }
}
