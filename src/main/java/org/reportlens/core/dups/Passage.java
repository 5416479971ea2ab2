package org.reportlens.core.dups;

import java.util.List;

/**
 * A duplicated passage in corpus positions, before it is read back as report text: where each
 * occurrence starts (ascending) and ends (exclusive; near copies may differ in length), whether the
 * copies differ by small edits, each edit as corpus ranges {@code {aFrom, aTo, bFrom, bTo}}, and
 * whether it is stock wording.
 */
final class Passage {
    private final int[] starts;
    private final int[] ends;
    private final boolean near;
    private final List<int[]> edits;
    private final int longest;
    private final boolean stock;

    Passage(int[] starts, int[] ends, boolean near, List<int[]> edits) {
        this(starts, ends, near, edits, false);
    }

    private Passage(int[] starts, int[] ends, boolean near, List<int[]> edits, boolean stock) {
        this.starts = starts;
        this.ends = ends;
        this.near = near;
        this.edits = List.copyOf(edits);
        this.stock = stock;
        int max = 0;
        for (int i = 0; i < starts.length; i++) {
            max = Math.max(max, ends[i] - starts[i]);
        }
        this.longest = max;
    }

    /**
     * The repeat {@code [start, start + length)} at every start, narrowed to the longest part that
     * begins and ends at a clause boundary in every occurrence; null when that part is shorter
     * than {@code minLength}.
     */
    static Passage exactBetweenBoundaries(KeyCorpus corpus, int[] starts, int length, int minLength) {
        int from = 0;
        while (from + minLength <= length && !boundaryInAll(corpus, starts, from)) {
            from = corpus.nextBoundary(starts[0] + from + 1) - starts[0];
        }
        int to = length;
        while (to - from >= minLength && !boundaryInAll(corpus, starts, to)) {
            to = corpus.previousBoundary(starts[0] + to - 1) - starts[0];
        }
        if (to - from < minLength) {
            return null;
        }
        int[] moved = from == 0 ? starts : starts.clone();
        if (from > 0) {
            for (int i = 0; i < moved.length; i++) {
                moved[i] += from;
            }
        }
        return exact(moved, to - from);
    }

    private static boolean boundaryInAll(KeyCorpus corpus, int[] starts, int offset) {
        for (int s : starts) {
            if (!corpus.isBoundary(s + offset)) {
                return false;
            }
        }
        return true;
    }

    static Passage exact(int[] starts, int length) {
        int[] ends = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            ends[i] = starts[i] + length;
        }
        return new Passage(starts, ends, false, List.of());
    }

    /** The same passage, marked stock wording or not. */
    Passage withStock(boolean isStock) {
        return isStock == stock ? this : new Passage(starts, ends, near, edits, isStock);
    }

    boolean stock() {
        return stock;
    }

    int[] starts() {
        return starts;
    }

    int[] ends() {
        return ends;
    }

    boolean near() {
        return near;
    }

    List<int[]> edits() {
        return edits;
    }

    int occurrences() {
        return starts.length;
    }

    int length(int occurrence) {
        return ends[occurrence] - starts[occurrence];
    }

    /** The length of its longest occurrence, by which passages are ranked. */
    int longest() {
        return longest;
    }
}
