package org.reportlens.core.compare;

/**
 * Two sections of one alignment row that follow each other in year order, and how sure the aligner is
 * that they are partners.
 *
 * @param older      index into the row's sections of the earlier one
 * @param newer      index into the row's sections of the later one
 * @param similarity 0–1, how alike their text, titles and topic words are
 * @param confidence 0–1, the estimated chance that the pair is right: about that share of pairs given
 *                   a confidence near it were right on hand-annotated reports; 1 for a pinned pair
 * @param pinned     the user linked the two
 */
public record RowPair(int older, int newer, double similarity, double confidence, boolean pinned) {
    public RowPair {
        if (older < 0 || newer < 0 || older == newer) {
            throw new IllegalArgumentException("a row pair joins two different sections: " + older + ", " + newer);
        }
    }
}
