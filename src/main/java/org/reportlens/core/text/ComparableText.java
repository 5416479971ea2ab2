package org.reportlens.core.text;

/**
 * The characters of a range of a report that take part in comparison, each with its original
 * offset: width folded and without whitespace by default, without punctuation on request. Digits
 * are always kept.
 */
public final class ComparableText {
    private final String key;
    private final int[] original;

    private ComparableText(String key, int[] original) {
        this.key = key;
        this.original = original;
    }

    /**
     * @param ignoreWidth       read the width-folded text and drop spaces
     * @param ignorePunctuation drop punctuation too (never '%' or '.', which belong to numbers)
     */
    public static ComparableText of(NormalizedText text, int normalizedStart, int normalizedEnd,
                                    boolean ignoreWidth, boolean ignorePunctuation) {
        String source = ignoreWidth ? text.folded() : text.text();
        StringBuilder key = new StringBuilder(normalizedEnd - normalizedStart);
        int[] map = new int[normalizedEnd - normalizedStart];
        for (int i = normalizedStart; i < normalizedEnd; i++) {
            char c = source.charAt(i);
            if (c == '\n' || ignoreWidth && c == ' ') {
                continue;
            }
            if (ignorePunctuation && isPunctuation(c)) {
                continue;
            }
            map[key.length()] = text.toOriginalStart(i);
            key.append(c);
        }
        int[] trimmed = new int[key.length()];
        System.arraycopy(map, 0, trimmed, 0, trimmed.length);
        return new ComparableText(key.toString(), trimmed);
    }

    public static boolean isPunctuation(char c) {
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

    public String key() {
        return key;
    }

    public int length() {
        return key.length();
    }

    /** The original span of key characters {@code [from, to)}; empty spans sit at {@code at}. */
    public Span span(int from, int to, int at) {
        if (from >= to) {
            return new Span(at, at);
        }
        return new Span(original[from], original[to - 1] + 1);
    }

    /** The first key character whose original offset is at or after {@code originalOffset}. */
    public int fromOriginal(int originalOffset) {
        return SortedOffsets.firstAtOrAfter(original, originalOffset);
    }

    /** The original offset of key character {@code i}, or {@code fallback} past the end. */
    public int originalAt(int i, int fallback) {
        return i < original.length ? original[i] : fallback;
    }
}
