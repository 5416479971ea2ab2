package org.reportlens.core.dups;

import java.util.List;

/**
 * A duplicated passage in corpus positions, before it is read back as report text: where each
 * occurrence starts (ascending) and ends (exclusive; near copies may differ in length), whether the
 * copies differ by small edits, and each edit as corpus ranges {@code {aFrom, aTo, bFrom, bTo}}.
 */
final class Passage {
    private final int[] starts;
    private final int[] ends;
    private final boolean near;
    private final List<int[]> edits;
    private final int longest;

    Passage(int[] starts, int[] ends, boolean near, List<int[]> edits) {
        this.starts = starts;
        this.ends = ends;
        this.near = near;
        this.edits = List.copyOf(edits);
        int max = 0;
        for (int i = 0; i < starts.length; i++) {
            max = Math.max(max, ends[i] - starts[i]);
        }
        this.longest = max;
    }

    private static final String LEADING_PUNCTUATION = "。；，、：！？;,:!?";

    /**
     * Where a passage read from {@code start} to {@code end} should begin: after the punctuation
     * that ended the sentence before it, which makes it read as starting mid-air, as long as
     * {@code minLength} characters remain.
     */
    static int startAfterPunctuation(char[] chars, int start, int end, int minLength) {
        int at = start;
        while (end - at > minLength && LEADING_PUNCTUATION.indexOf(chars[at]) >= 0) {
            at++;
        }
        return at;
    }

    static Passage exact(int[] starts, int length) {
        int[] ends = new int[starts.length];
        for (int i = 0; i < starts.length; i++) {
            ends[i] = starts[i] + length;
        }
        return new Passage(starts, ends, false, List.of());
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
