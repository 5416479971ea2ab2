package org.reportlens.core.check;

import java.util.ArrayList;
import java.util.List;

/** A text cut into sentences at 。！？；, line breaks: spans {@code [start, end)} without the stop. */
final class Sentences {
    private Sentences() {
    }

    static List<int[]> of(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isStop(text.charAt(i))) {
                if (i > start) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    static boolean isStop(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '\r';
    }
}
