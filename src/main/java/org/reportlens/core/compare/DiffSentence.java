package org.reportlens.core.compare;

import org.reportlens.core.text.ComparableText;
import org.reportlens.core.text.Span;

/**
 * A sentence of a unit as the differ sees it: its comparison key, its original span, its sorted
 * bigrams; or consecutive sentences {@code index..lastIndex} merged into one change.
 *
 * @param unit            which aligned unit it is in
 * @param normalizedStart where it starts in the normalized text (for joining runs)
 */
record DiffSentence(int unit, int index, int lastIndex, ComparableText text, Span span, int[] bigrams,
                    int normalizedStart, int normalizedEnd) {
    DiffSentence(int unit, int index, ComparableText text, Span span, int normalizedStart, int normalizedEnd) {
        this(unit, index, index, text, span, BigramVectors.bigrams(text.key()), normalizedStart, normalizedEnd);
    }

    String key() {
        return text.key();
    }

    double dice(DiffSentence other) {
        return key().length() < 2 || other.key().length() < 2 ? (key().equals(other.key()) ? 1 : 0)
                : BigramVectors.dice(bigrams, other.bigrams);
    }

    /** Dice can reach {@code threshold} only when the shorter is long enough against the longer. */
    boolean couldReach(DiffSentence other, double threshold) {
        int shorter = Math.min(key().length(), other.key().length());
        int longer = Math.max(key().length(), other.key().length());
        return 2.0 * shorter / (shorter + longer) >= threshold;
    }
}
