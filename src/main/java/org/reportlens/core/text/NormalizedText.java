package org.reportlens.core.text;

import java.util.List;
import java.util.Objects;

/**
 * A report's text as the analysis reads it: page furniture dropped, one paragraph per line
 * ({@code '\n'} between paragraphs), each paragraph trimmed and its whitespace runs folded to one
 * space. {@link #folded()} is the same text with punctuation and digit width folded by
 * {@link CharFolding}; it has the same length, so an index means the same place in both.
 *
 * <p>Every normalized index maps back to the original text with {@link #toOriginalStart(int)} and
 * {@link #toOriginalEnd(int)}; a separator {@code '\n'} maps to the place right after its
 * paragraph, a folded whitespace run to its first character.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final String folded;
    private final int[] origin;
    private final List<Span> furniture;

    NormalizedText(String original, String text, int[] origin, List<Span> furniture) {
        this.original = Objects.requireNonNull(original, "original must not be null");
        this.text = Objects.requireNonNull(text, "text must not be null");
        if (origin.length != text.length()) {
            throw new IllegalArgumentException("origin map has " + origin.length + " entries for "
                    + text.length() + " characters");
        }
        this.folded = CharFolding.fold(text);
        this.origin = origin.clone();
        this.furniture = List.copyOf(furniture);
    }

    /** The decoded original text, as displayed. */
    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public String folded() {
        return folded;
    }

    public int length() {
        return text.length();
    }

    /** Original spans of the lines dropped as page furniture, in order. */
    public List<Span> furniture() {
        return furniture;
    }

    /** The original index of the normalized character at {@code index}; the end of the text for {@code length()}. */
    public int toOriginalStart(int index) {
        Objects.checkIndex(index, text.length() + 1);
        if (index == text.length()) {
            return text.isEmpty() ? 0 : origin[index - 1] + 1;
        }
        return origin[index];
    }

    /** The original end (exclusive) of a normalized range ending (exclusive) at {@code index}. */
    public int toOriginalEnd(int index) {
        Objects.checkIndex(index, text.length() + 1);
        if (index == 0) {
            return text.isEmpty() ? 0 : origin[0];
        }
        return origin[index - 1] + 1;
    }

    /** The original span of the normalized range {@code [start, end)}. */
    public Span toOriginal(int start, int end) {
        if (start > end) {
            throw new IllegalArgumentException("start " + start + " > end " + end);
        }
        if (start == end) {
            int at = toOriginalStart(start);
            return new Span(at, at);
        }
        return new Span(toOriginalStart(start), toOriginalEnd(end));
    }

    /** The first normalized index whose original offset is at or after {@code originalOffset}. */
    public int fromOriginal(int originalOffset) {
        return SortedOffsets.firstAtOrAfter(origin, originalOffset);
    }
}
