package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds deleted sentences that reappear among the inserted ones: the same key, or bigram Dice of at
 * least {@link #MOVE_SIMILARITY}. Near matches are searched by prefix filtering within a budget,
 * so the cost stays near-linear however many sentences changed.
 */
final class MoveFinder {
    /** A deleted and an inserted sentence are one moved sentence when at least this alike. */
    static final double MOVE_SIMILARITY = 0.85;
    static final int MIN_MOVE_LENGTH = 6;
    /** Longer sentences are found as moves only when moved unchanged: near search on them costs most. */
    static final int MAX_NEAR_MOVE_LENGTH = 200;
    /** At most this many near-move comparisons per report pair; past it, only exact moves are found. */
    private static final long NEAR_MOVE_BUDGET = 20_000;

    private MoveFinder() {
    }

    /** Each deleted sentence that moved, mapped to where it went; each inserted sentence is used once. */
    static Map<DiffSentence, DiffSentence> find(List<DiffSentence> deleted, List<DiffSentence> inserted,
                                                Cancellation cancellation) {
        Map<String, List<DiffSentence>> insertedByKey = new HashMap<>();
        for (DiffSentence s : inserted) {
            insertedByKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
        }
        Set<DiffSentence> movedIn = Collections.newSetFromMap(new IdentityHashMap<>());
        IdentityHashMap<DiffSentence, DiffSentence> moves = new IdentityHashMap<>();
        // Near moves, by prefix filtering: two bigram sets this alike must share one of the first
        // few bigrams of each in a common order; rarest first keeps the lists to walk short.
        BigramVectors.Counts frequency =
                BigramVectors.frequencies(inserted.stream().map(DiffSentence::bigrams).toList());
        Map<Integer, List<DiffSentence>> prefixIndex = new HashMap<>();
        for (DiffSentence s : inserted) {
            if (s.key().length() >= MIN_MOVE_LENGTH && s.key().length() <= MAX_NEAR_MOVE_LENGTH) {
                for (int bigram : rarestFirst(s.bigrams(), frequency)) {
                    prefixIndex.computeIfAbsent(bigram, k -> new ArrayList<>()).add(s);
                }
            }
        }
        long nearBudget = NEAR_MOVE_BUDGET;
        for (DiffSentence d : deleted) {
            cancellation.check();
            DiffSentence match = null;
            if (d.key().length() >= MIN_MOVE_LENGTH) {
                List<DiffSentence> same = insertedByKey.getOrDefault(d.key(), List.of());
                match = same.stream().filter(s -> !movedIn.contains(s)).findFirst().orElse(null);
                int[] b = match != null || d.key().length() > MAX_NEAR_MOVE_LENGTH || nearBudget <= 0
                        ? new int[0] : rarestFirst(d.bigrams(), frequency);
                Set<DiffSentence> tried = Collections.newSetFromMap(new IdentityHashMap<>());
                for (int i = 0; match == null && i < b.length && nearBudget > 0; i++) {
                    for (DiffSentence s : prefixIndex.getOrDefault(b[i], List.of())) {
                        if (tried.add(s) && !movedIn.contains(s) && d.couldReach(s, MOVE_SIMILARITY)
                                && nearBudget-- > 0 && d.dice(s) >= MOVE_SIMILARITY) {
                            match = s;
                            break;
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

    /**
     * The prefix of {@code bigrams} to index for near-move search. Sets of sizes n and m with
     * Dice ≥ t share at least t·n/(2−t) elements; so their first
     * n − ⌈t·n/(2−t)⌉ + 1 elements in any common order intersect. Ordered rarest first (then by
     * value), the lists of sentences sharing one stay short.
     */
    private static int[] rarestFirst(int[] bigrams, BigramVectors.Counts frequency) {
        long[] order = new long[bigrams.length];
        for (int i = 0; i < bigrams.length; i++) {
            order[i] = ((long) frequency.of(bigrams[i]) << 32) | (bigrams[i] & 0xFFFFFFFFL);
        }
        Arrays.sort(order);
        int[] prefix = new int[prefixLength(bigrams.length)];
        for (int i = 0; i < prefix.length; i++) {
            prefix[i] = (int) order[i];
        }
        return prefix;
    }

    /** See {@link #rarestFirst}. */
    private static int prefixLength(int n) {
        int overlap = (int) Math.ceil(MOVE_SIMILARITY * n / (2 - MOVE_SIMILARITY));
        return Math.min(n, n - overlap + 1);
    }
}
