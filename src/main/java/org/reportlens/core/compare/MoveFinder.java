package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds deleted sentences that reappear among the inserted ones: with the same key, or nearly —
 * bigram Dice at least {@link #MOVE_SIMILARITY} — when edited in the middle or at one end. Near
 * candidates are found through anchors: the first and the last {@link #ANCHOR} characters of the
 * key; a sentence edited near both ends is found only if moved unchanged. Linear in the number of
 * sentences, with a budget on the comparisons.
 */
final class MoveFinder {
    /** A deleted and an inserted sentence are one moved sentence when at least this alike. */
    static final double MOVE_SIMILARITY = 0.85;
    static final int MIN_MOVE_LENGTH = 6;
    /** Characters at each end of a key that locate near-move candidates; shorter keys move only unchanged. */
    static final int ANCHOR = 10;
    /** At most this many near-move comparisons per report pair; past it, only exact moves are found. */
    private static final long NEAR_MOVE_BUDGET = 20_000;

    private MoveFinder() {
    }

    /** Each deleted sentence that moved, mapped to where it went; each inserted sentence is used once. */
    static Map<DiffSentence, DiffSentence> find(List<DiffSentence> deleted, List<DiffSentence> inserted,
                                                Cancellation cancellation) {
        Map<String, List<DiffSentence>> byKey = new HashMap<>();
        Map<String, List<DiffSentence>> byStart = new HashMap<>();
        Map<String, List<DiffSentence>> byEnd = new HashMap<>();
        for (DiffSentence s : inserted) {
            byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
            if (s.key().length() >= 2 * ANCHOR) {
                byStart.computeIfAbsent(start(s), k -> new ArrayList<>()).add(s);
                byEnd.computeIfAbsent(end(s), k -> new ArrayList<>()).add(s);
            }
        }
        Set<DiffSentence> movedIn = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<DiffSentence, DiffSentence> moves = new IdentityHashMap<>();
        long budget = NEAR_MOVE_BUDGET;
        for (DiffSentence d : deleted) {
            cancellation.check();
            if (d.key().length() < MIN_MOVE_LENGTH) {
                continue;
            }
            DiffSentence match = firstFree(byKey.get(d.key()), movedIn);
            if (match == null && d.key().length() >= 2 * ANCHOR && budget > 0) {
                for (List<DiffSentence> candidates : List.of(byStart.getOrDefault(start(d), List.of()),
                        byEnd.getOrDefault(end(d), List.of()))) {
                    for (DiffSentence s : candidates) {
                        if (match == null && budget-- > 0 && !movedIn.contains(s)
                                && d.couldReach(s, MOVE_SIMILARITY) && d.dice(s) >= MOVE_SIMILARITY) {
                            match = s;
                        }
                    }
                }
            }
            if (match != null) {
                movedIn.add(match);
                moves.put(d, match);
            }
        }
        return moves;
    }

    private static DiffSentence firstFree(List<DiffSentence> sentences, Set<DiffSentence> taken) {
        if (sentences != null) {
            for (DiffSentence s : sentences) {
                if (!taken.contains(s)) {
                    return s;
                }
            }
        }
        return null;
    }

    private static String start(DiffSentence s) {
        return s.key().substring(0, ANCHOR);
    }

    private static String end(DiffSentence s) {
        return s.key().substring(s.key().length() - ANCHOR);
    }
}
