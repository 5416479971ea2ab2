package org.reportlens.core.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds dropped sentences that reappear among the new ones: with the same match key (years moved
 * on), or nearly — bigram Dice at least {@link #MOVE_SIMILARITY} — when edited in the middle or at
 * one end. Near candidates are found through anchors: the first and the last {@link #ANCHOR}
 * characters of the key; a sentence edited near both ends is found only if moved unchanged. Linear
 * in the number of sentences, with a budget on the near comparisons ({@link PairBudget#NEAR_MOVES}).
 */
final class MoveFinder {
    /** A deleted and an inserted sentence are one moved sentence when at least this alike. */
    static final double MOVE_SIMILARITY = 0.85;
    static final int MIN_MOVE_LENGTH = 6;
    /** Characters at each end of a key that locate near-move candidates; shorter keys move only unchanged. */
    static final int ANCHOR = 10;
    private MoveFinder() {
    }

    /** Each deleted sentence that moved, mapped to where it went; each inserted sentence is used once. */
    static Map<DiffSentence, DiffSentence> find(List<DiffSentence> deleted, List<DiffSentence> inserted,
                                                PairBudget budget, Cancellation cancellation) {
        // sentences of one key are taken in order, each once: a queue each, so that 100,000 equal
        // sentences cost 100,000 steps, not 100,000² (a list scanned for the first one free)
        Map<String, ArrayDeque<DiffSentence>> byKey = new HashMap<>();
        Map<String, List<DiffSentence>> byStart = new HashMap<>();
        Map<String, List<DiffSentence>> byEnd = new HashMap<>();
        for (DiffSentence s : inserted) {
            byKey.computeIfAbsent(s.matchKey(), k -> new ArrayDeque<>()).add(s);
            if (s.matchKey().length() >= 2 * ANCHOR) {
                byStart.computeIfAbsent(start(s), k -> new ArrayList<>()).add(s);
                byEnd.computeIfAbsent(end(s), k -> new ArrayList<>()).add(s);
            }
        }
        Set<DiffSentence> movedIn = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<DiffSentence, DiffSentence> moves = new IdentityHashMap<>();
        for (DiffSentence d : deleted) {
            cancellation.check();
            if (d.matchKey().length() < MIN_MOVE_LENGTH) {
                continue;
            }
            DiffSentence match = firstFree(byKey.get(d.matchKey()), movedIn, budget);
            if (match == null && !d.matchKey().equals(d.key())) {
                match = firstFree(byKey.get(d.key()), movedIn, budget); // its years stayed where it went
            }
            if (match == null && d.matchKey().length() >= 2 * ANCHOR) {
                match = near(d, byStart.getOrDefault(start(d), List.of()), movedIn, budget);
                if (match == null) {
                    match = near(d, byEnd.getOrDefault(end(d), List.of()), movedIn, budget);
                }
            }
            if (match != null) {
                movedIn.add(match);
                moves.put(d, match);
            }
        }
        return moves;
    }

    /** The first sentence of the queue not yet taken; those taken are dropped from it for good. */
    private static DiffSentence firstFree(ArrayDeque<DiffSentence> sentences, Set<DiffSentence> taken,
                                          PairBudget budget) {
        budget.lookedUp(1);
        if (sentences == null) {
            return null;
        }
        while (!sentences.isEmpty() && taken.contains(sentences.peekFirst())) {
            sentences.pollFirst();
            budget.lookedUp(1);
        }
        return sentences.peekFirst();
    }

    /** The first free candidate alike enough, each candidate looked at taken from the budget; null when none or spent. */
    private static DiffSentence near(DiffSentence d, List<DiffSentence> candidates, Set<DiffSentence> taken,
                                     PairBudget budget) {
        for (DiffSentence s : candidates) {
            if (!budget.nearMove()) {
                return null;
            }
            if (taken.contains(s) || !d.couldReach(s, MOVE_SIMILARITY)) {
                continue;
            }
            if (d.dice(s) >= MOVE_SIMILARITY) {
                return s;
            }
        }
        return null;
    }

    private static String start(DiffSentence s) {
        return s.matchKey().substring(0, ANCHOR);
    }

    private static String end(DiffSentence s) {
        return s.matchKey().substring(s.matchKey().length() - ANCHOR);
    }
}
