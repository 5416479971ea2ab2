package org.reportlens.core.compare;

import java.util.List;
import org.reportlens.core.text.ComparableText;
import org.reportlens.core.text.Span;

/**
 * A sentence of a region as the differ sees it: its comparison key, the same key with its years
 * moved on ({@link RoutineYears}; on the older side only), which of the two it is matched by, its
 * original span, and the sorted bigrams of both keys.
 *
 * @param region          which alignment row it is in (-1 before the first; a part's closing remarks,
 *                        compared apart, have a number of their own): only sentences of one join a block
 * @param index           its place among its report's compared sentences (those with a non-empty key)
 * @param byShifted       matched by the shifted key rather than the key
 * @param normalizedStart where it starts in the normalized text (for joining runs)
 */
record DiffSentence(int region, int index, ComparableText text, RoutineYears.Shifted shifted, boolean byShifted,
                    Span span, int[] keyBigrams, int[] shiftedBigrams, int normalizedStart, int normalizedEnd) {

    /** A sentence read as it is, nothing moved on. */
    static DiffSentence of(ComparableText text, Span span, int normalizedStart, int normalizedEnd) {
        int[] bigrams = BigramVectors.bigrams(text.key());
        return new DiffSentence(0, 0, text, new RoutineYears.Shifted(text.key(), List.of()), false, span, bigrams,
                bigrams, normalizedStart, normalizedEnd);
    }

    /** This sentence at {@code index} of {@code region}, its years moved on by {@code years} and matched so. */
    DiffSentence at(int region, int index, int years) {
        RoutineYears.Shifted moved = RoutineYears.shift(key(), years);
        boolean shiftedSome = !moved.ranges().isEmpty();
        return new DiffSentence(region, index, text, moved, shiftedSome, span, keyBigrams,
                shiftedSome ? BigramVectors.bigrams(moved.key()) : keyBigrams, normalizedStart, normalizedEnd);
    }

    /** This sentence matched by its own key: a sentence of the other side has it exactly (a year that stays). */
    DiffSentence byOwnKey() {
        return byShifted ? new DiffSentence(region, index, text, shifted, false, span, keyBigrams, shiftedBigrams,
                normalizedStart, normalizedEnd) : this;
    }

    String key() {
        return text.key();
    }

    /** The key this sentence is matched by. */
    String matchKey() {
        return byShifted ? shifted.key() : key();
    }

    private int[] bigrams() {
        return byShifted ? shiftedBigrams : keyBigrams;
    }

    /** The bigram Dice of the two match keys. */
    double dice(DiffSentence other) {
        return matchKey().length() < 2 || other.matchKey().length() < 2 ? (matchKey().equals(other.matchKey()) ? 1 : 0)
                : BigramVectors.dice(bigrams(), other.bigrams());
    }

    /** Dice can reach {@code threshold} only when the shorter is long enough against the longer. */
    boolean couldReach(DiffSentence other, double threshold) {
        int shorter = Math.min(key().length(), other.key().length());
        int longer = Math.max(key().length(), other.key().length());
        return 2.0 * shorter / (shorter + longer) >= threshold;
    }
}
