package org.reportlens.core.dups;

import java.util.Arrays;

/**
 * Sorts packed {@code hash | position} keys by their hash bits only, stably, so equal hashes end up
 * together with their positions still ascending. A least-significant-digit radix sort: a few linear
 * passes instead of a comparison sort, which for grouping k-grams was most of the time spent.
 */
final class HashRadixSort {
    private static final int DIGIT_BITS = 11;
    private static final int BUCKETS = 1 << DIGIT_BITS;

    private HashRadixSort() {
    }

    /**
     * Sorts {@code keys[0, count)} by bits {@code [lowBit, 64)}; keys must have been written in
     * ascending order of their low bits for those to stay ascending within each hash.
     *
     * @return the sorted keys, in {@code keys} itself or in a second array of {@code count} keys
     */
    static long[] sort(long[] keys, int count, int lowBit) {
        long[] from = keys;
        long[] to = new long[count];
        int[] counts = new int[BUCKETS];
        for (int shift = lowBit; shift < 64; shift += DIGIT_BITS) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < count; i++) {
                counts[(int) ((from[i] >>> shift) & (BUCKETS - 1))]++;
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (int i = 0; i < count; i++) {
                long key = from[i];
                to[counts[(int) ((key >>> shift) & (BUCKETS - 1))]++] = key;
            }
            long[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }
}
