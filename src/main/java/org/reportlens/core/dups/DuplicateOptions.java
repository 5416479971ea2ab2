package org.reportlens.core.dups;

import java.util.Objects;

/**
 * @param minLength    shortest passage reported, in comparable characters
 * @param nearRepeats  also join repeats across small edits
 * @param stockPhrases phrases whose repeats are muted
 */
public record DuplicateOptions(int minLength, boolean nearRepeats, StockPhrases stockPhrases) {
    public static final int DEFAULT_MIN_LENGTH = 20;
    /** Below this, nearly every common phrase of an administrative text repeats. */
    public static final int SMALLEST_MIN_LENGTH = 8;

    public DuplicateOptions {
        Objects.requireNonNull(stockPhrases, "stockPhrases must not be null");
        if (minLength < SMALLEST_MIN_LENGTH) {
            throw new IllegalArgumentException("the minimum length must be at least " + SMALLEST_MIN_LENGTH
                    + " characters: " + minLength);
        }
    }

    public static DuplicateOptions defaults() {
        return new DuplicateOptions(DEFAULT_MIN_LENGTH, true, StockPhrases.defaults());
    }

    public DuplicateOptions withMinLength(int length) {
        return new DuplicateOptions(length, nearRepeats, stockPhrases);
    }

    public DuplicateOptions withNearRepeats(boolean near) {
        return new DuplicateOptions(minLength, near, stockPhrases);
    }

    public DuplicateOptions withStockPhrases(StockPhrases phrases) {
        return new DuplicateOptions(minLength, nearRepeats, phrases);
    }
}
