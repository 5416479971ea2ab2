package org.reportlens.core.compare;

import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.Span;

/**
 * The characters of a range of a report that take part in comparison, each with its original
 * offset: width folded and without whitespace by default, without punctuation on request. Digits
 * are always kept.
 */
final class ComparableText {
    private final String key;
    private final int[] original;

    private ComparableText(String key, int[] original) {
        this.key = key;
        this.original = original;
    }

    static ComparableText of(NormalizedText text, int normalizedStart, int normalizedEnd, CompareOptions options) {
        String source = options.ignoreWidth() ? text.folded() : text.text();
        StringBuilder key = new StringBuilder(normalizedEnd - normalizedStart);
        int[] map = new int[normalizedEnd - normalizedStart];
        for (int i = normalizedStart; i < normalizedEnd; i++) {
            char c = source.charAt(i);
            if (c == '\n' || options.ignoreWidth() && c == ' ') {
                continue;
            }
            if (options.ignorePunctuation() && isPunctuation(c)) {
                continue;
            }
            map[key.length()] = text.toOriginalStart(i);
            key.append(c);
        }
        int[] trimmed = new int[key.length()];
        System.arraycopy(map, 0, trimmed, 0, trimmed.length);
        return new ComparableText(key.toString(), trimmed);
    }

    static boolean isPunctuation(char c) {
        switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return c != '%' && c != '.';
            default:
                return false;
        }
    }

    String key() {
        return key;
    }

    int length() {
        return key.length();
    }

    /** The original span of key characters {@code [from, to)}; empty spans sit at {@code at}. */
    Span span(int from, int to, int at) {
        if (from >= to) {
            return new Span(at, at);
        }
        return new Span(original[from], original[to - 1] + 1);
    }

    /** The original offset of key character {@code i}, or {@code fallback} past the end. */
    int originalAt(int i, int fallback) {
        return i < original.length ? original[i] : fallback;
    }
}
