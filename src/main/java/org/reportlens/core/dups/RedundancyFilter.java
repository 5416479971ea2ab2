package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops a passage that a longer one already shows: each of its occurrences lies inside a
 * different occurrence of the longer passage — the exact pieces of a near repeat, or a near repeat
 * between the two copies of a doubled text. A passage also repeated inside one copy stays.
 *
 * <p>Two exact repeats never show each other (a maximal repeat inside another, occurrence for
 * occurrence, would extend to it), so only near repeats are checked against everything and exact
 * ones against near ones; a corpus with hundreds of thousands of exact repeats stays cheap.
 */
final class RedundancyFilter {
    /** Containers looked at per occurrence, nearest start first; deeper nesting is rare. */
    private static final int LOOK_BACK = 64;

    private RedundancyFilter() {
    }

    /** The passages worth showing. */
    static List<Passage> filter(List<Passage> exact, List<Passage> near) {
        if (near.isEmpty()) {
            return exact;
        }
        Index exactIndex = new Index(exact);
        List<Passage> nearSorted = new ArrayList<>(near);
        nearSorted.sort(Comparator.comparingInt(Passage::longest).reversed().thenComparingInt(p -> p.starts()[0]));
        List<Passage> keptNear = new ArrayList<>();
        for (Passage p : nearSorted) {
            if (!isShownBy(p, exactIndex) && !isShownBy(p, new Index(keptNear))) {
                keptNear.add(p);
            }
        }
        Index nearIndex = new Index(keptNear);
        List<Passage> kept = new ArrayList<>(keptNear);
        for (Passage p : exact) {
            if (!isShownBy(p, nearIndex)) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static boolean isShownBy(Passage p, Index index) {
        Map<Integer, Set<Integer>> holders = new HashMap<>(); // passage -> its occurrences holding ours
        for (int i = 0; i < p.occurrences(); i++) {
            Set<Integer> here = new HashSet<>();
            index.forEachHolder(p.starts()[i], p.ends()[i], p, (passage, occurrence) -> {
                if (here.add(passage)) {
                    holders.computeIfAbsent(passage, x -> new HashSet<>()).add(occurrence);
                }
            });
            if (holders.isEmpty()) {
                return false;
            }
        }
        return holders.values().stream().anyMatch(h -> h.size() >= p.occurrences());
    }

    @FunctionalInterface
    private interface Holder {
        void accept(int passage, int occurrence);
    }

    /** Occurrences of a list of passages, sorted by start. */
    private static final class Index {
        private final List<Passage> passages;
        private final long[] byStart; // start << 32 | entry
        private final int[] passageOf;
        private final int[] occurrenceOf;

        Index(List<Passage> passages) {
            this.passages = passages;
            int n = passages.stream().mapToInt(Passage::occurrences).sum();
            byStart = new long[n];
            passageOf = new int[n];
            occurrenceOf = new int[n];
            int e = 0;
            for (int p = 0; p < passages.size(); p++) {
                for (int o = 0; o < passages.get(p).occurrences(); o++) {
                    passageOf[e] = p;
                    occurrenceOf[e] = o;
                    byStart[e] = ((long) passages.get(p).starts()[o] << 32) | e;
                    e++;
                }
            }
            Arrays.sort(byStart);
        }

        /** Each occurrence holding {@code [start, end)}, of a passage other than {@code self}. */
        void forEachHolder(int start, int end, Passage self, Holder holder) {
            int at = Arrays.binarySearch(byStart, ((long) start << 32) | 0xFFFFFFFFL);
            int last = at >= 0 ? at : -at - 2;
            for (int i = last; i >= 0 && i > last - LOOK_BACK; i--) {
                int e = (int) byStart[i];
                Passage container = passages.get(passageOf[e]);
                if (container != self && container.ends()[occurrenceOf[e]] >= end) {
                    holder.accept(passageOf[e], occurrenceOf[e]);
                }
            }
        }
    }
}
