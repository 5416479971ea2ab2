package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;

/** Splits normalized text into sentences: after 。！？；!?; and at paragraph breaks. */
final class Sentences {
    private static final String ENDS = "。！？；!?;";

    private Sentences() {
    }

    /** Sentence ranges {@code [start, end)} of {@code text[from, to)}, trimmed, none empty. */
    static List<int[]> split(String text, int from, int to) {
        List<int[]> sentences = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, sentences);
                start = i + 1;
            } else if (ENDS.indexOf(c) >= 0) {
                int end = i + 1;
                // a closing quote or bracket belongs to the sentence it closes
                while (end < to && "”’」』)）".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                add(text, start, end, sentences);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, to, sentences);
        return sentences;
    }

    private static void add(String text, int start, int end, List<int[]> out) {
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (start < end) {
            out.add(new int[] {start, end});
        }
    }
}
