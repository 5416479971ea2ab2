package org.reportlens.core.dups;

import java.util.Arrays;

/**
 * Least-significant-digit radix sorts of long keys, read as unsigned, stable: a few linear passes
 * instead of a comparison sort, which for grouping millions of k-grams or pairs of places was most
 * of the time spent. Passes whose digit all keys share are skipped.
 */
final class RadixSort {
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;

    private RadixSort() {
    }

    /**
     * Sorts packed {@code hash | position} keys by bits {@code [lowBit, 64)} only, so equal hashes
     * end up together with their positions still ascending (keys must have been written in
     * ascending order of their low bits).
     *
     * @return the sorted keys, in {@code keys} itself or in a second array of {@code count} keys
     */
    static long[] byHighBits(long[] keys, int count, int lowBit) {
        return sort(keys, null, count, lowBit, new long[count], null);
    }

    /** Sorts {@code keys[0, count)} by their whole value and moves {@code values} with them, in place. */
    static void withValues(long[] keys, int[] values, int count) {
        long[] sorted = sort(keys, values, count, 0, new long[count], new int[count]);
        if (sorted != keys) {
            System.arraycopy(sorted, 0, keys, 0, count);
        }
    }

    /**
     * The passes; {@code values} may be null. When the keys end in the spare arrays, so do the
     * values, and they are copied back into {@code values}.
     */
    private static long[] sort(long[] keys, int[] values, int count, int lowBit, long[] spareKeys, int[] spareValues) {
        long[] from = keys;
        long[] to = spareKeys;
        int[] fromValues = values;
        int[] toValues = spareValues;
        int[] counts = new int[BUCKETS];
        for (int shift = lowBit; shift < 64; shift += DIGIT_BITS) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < count; i++) {
                counts[(int) ((from[i] >>> shift) & (BUCKETS - 1))]++;
            }
            if (count == 0 || counts[(int) ((from[0] >>> shift) & (BUCKETS - 1))] == count) {
                continue; // every key has this digit: the pass would change nothing
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (int i = 0; i < count; i++) {
                int at = counts[(int) ((from[i] >>> shift) & (BUCKETS - 1))]++;
                to[at] = from[i];
                if (values != null) {
                    toValues[at] = fromValues[i];
                }
            }
            long[] swap = from;
            from = to;
            to = swap;
            int[] swapValues = fromValues;
            fromValues = toValues;
            toValues = swapValues;
        }
        if (values != null && fromValues != values) {
            System.arraycopy(fromValues, 0, values, 0, count);
        }
        return from;
    }
}
