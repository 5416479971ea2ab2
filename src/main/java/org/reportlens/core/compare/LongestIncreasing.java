package org.reportlens.core.compare;

/**
 * The longest strictly increasing subsequence of a sequence of keys (patience sorting, O(n log n)):
 * the run of items that keep their order in both texts, for the diff's unique-line anchors and the
 * redline's backbone of units that stay in place.
 */
public final class LongestIncreasing {
    private LongestIncreasing() {
    }

    /** The positions in {@code keys} of one longest strictly increasing run, in order; of equal runs, the one ending last. */
    public static int[] of(int[] keys) {
        // tails[k] is the position ending the best run of length k + 1 found so far
        int[] tails = new int[keys.length];
        int[] before = new int[keys.length];
        int length = 0;
        for (int i = 0; i < keys.length; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[tails[mid]] < keys[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            before[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        int[] run = new int[length];
        for (int k = length - 1, at = length > 0 ? tails[length - 1] : -1; k >= 0; k--, at = before[at]) {
            run[k] = at;
        }
        return run;
    }
}
