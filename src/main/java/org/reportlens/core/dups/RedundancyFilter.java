package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
        GrowingIndex nearIndex = new GrowingIndex();
        for (Passage p : nearSorted) {
            if (!isShownBy(p, exactIndex) && !isShownBy(p, nearIndex)) {
                keptNear.add(p);
                nearIndex.add(p);
            }
        }
        List<Passage> kept = new ArrayList<>(keptNear);
        for (Passage p : exact) {
            if (!isShownBy(p, nearIndex)) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static boolean isShownBy(Passage p, Holders index) {
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

    /** Occurrences of passages, looked up by the span they must hold. */
    private interface Holders {
        /** Each occurrence holding {@code [start, end)}, of a passage other than {@code self}. */
        void forEachHolder(int start, int end, Passage self, Holder holder);
    }

    /** Occurrences of passages added one by one (the near repeats kept so far), by start. */
    private static final class GrowingIndex implements Holders {
        private final List<Passage> passages = new ArrayList<>();
        private final TreeMap<Integer, List<int[]>> byStart = new TreeMap<>(); // start -> {passage, occurrence}

        void add(Passage p) {
            int index = passages.size();
            passages.add(p);
            for (int o = 0; o < p.occurrences(); o++) {
                byStart.computeIfAbsent(p.starts()[o], s -> new ArrayList<>()).add(new int[] {index, o});
            }
        }

        @Override
        public void forEachHolder(int start, int end, Passage self, Holder holder) {
            int looked = 0;
            for (List<int[]> atStart : byStart.headMap(start, true).descendingMap().values()) {
                if (++looked > LOOK_BACK) {
                    return;
                }
                for (int[] entry : atStart) {
                    Passage container = passages.get(entry[0]);
                    if (container != self && container.ends()[entry[1]] >= end) {
                        holder.accept(entry[0], entry[1]);
                    }
                }
            }
        }
    }

    /** Occurrences of a fixed list of passages, sorted by start. */
    private static final class Index implements Holders {
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

        @Override
        public void forEachHolder(int start, int end, Passage self, Holder holder) {
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
