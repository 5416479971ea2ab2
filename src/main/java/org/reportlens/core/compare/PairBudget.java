package org.reportlens.core.compare;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one pair's diff may spend, step by step, so that no input — a 2 MB file of 100,000 topic
 * leads included — makes the comparison super-linear. Each budget is far above what real reports
 * use (13 pairs of consecutive reports in corpus-dev took at most 88,000 sentence steps, 80,000
 * refine steps, 4,300 comparisons and 38 near moves: under 1% of each); past one, that step keeps a
 * coarser result and says so ({@link Fallback}). The work counted is what the regression test bounds.
 */
final class PairBudget {
    /** Myers steps over sentence keys and lead keys, for the whole pair. */
    static final long SENTENCE_STEPS = 40_000_000L;
    /** Myers steps inside changed sentences (words or characters), for the whole pair. */
    static final long REFINE_STEPS = 100_000_000L;
    /** Likeness (bigram Dice) comparisons pairing sentences and leads, for the whole pair. */
    static final long COMPARISONS = 2_000_000L;
    /** Near-move comparisons, for the whole pair; exact moves are found by key without limit. */
    static final long NEAR_MOVES = 20_000L;
    /** All budgets together: what a pair's counted work stays under, but for a step per sentence. */
    static final long TOTAL = SENTENCE_STEPS + REFINE_STEPS + COMPARISONS + NEAR_MOVES;

    final SequenceDiff.Steps sentenceSteps = new SequenceDiff.Steps(SENTENCE_STEPS);
    final SequenceDiff.Steps refineSteps = new SequenceDiff.Steps(REFINE_STEPS);
    private long comparisons;
    private long nearMoves;
    private long lookups;
    private final Set<Fallback> fallbacks = EnumSet.noneOf(Fallback.class);

    /** Takes one likeness comparison; false (and {@code fallback} noted) when none are left. */
    boolean compare(Fallback fallback) {
        if (comparisons >= COMPARISONS) {
            fallbacks.add(fallback);
            return false;
        }
        comparisons++;
        return true;
    }

    /** Takes one near-move comparison; false when none are left. */
    boolean nearMove() {
        if (nearMoves >= NEAR_MOVES) {
            fallbacks.add(Fallback.MOVE_SEARCH);
            return false;
        }
        nearMoves++;
        return true;
    }

    /** Counts steps that need no budget, being at most one per sentence (the move finder's look-ups). */
    void lookedUp(long steps) {
        lookups += steps;
    }

    void fellBack(Fallback fallback) {
        fallbacks.add(fallback);
    }

    Set<Fallback> fallbacks() {
        return fallbacks.isEmpty() ? Set.of() : EnumSet.copyOf(fallbacks);
    }

    @Override
    public String toString() {
        return "sentence steps " + sentenceSteps.taken() + ", refine steps " + refineSteps.taken() + ", comparisons "
                + comparisons + ", near moves " + nearMoves + ", look-ups " + lookups + ", fallbacks " + fallbacks;
    }

    /** Every counted step: Myers steps, likeness and near-move comparisons, the move finder's look-ups. */
    long work() {
        return sentenceSteps.taken() + refineSteps.taken() + comparisons + nearMoves + lookups;
    }
}
