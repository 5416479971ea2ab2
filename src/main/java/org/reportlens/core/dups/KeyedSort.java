package org.reportlens.core.dups;

/**
 * Sorts long keys, each carrying an int, ascending by key as unsigned: a least-significant-digit
 * radix sort in 16-bit digits, skipping digits all keys share. Millions of {@code (key, value)}
 * pairs sort in a few linear passes and two arrays each, where a list of small arrays sorted by a
 * comparator took most of the time and several times the memory.
 */
final class KeyedSort {
    private static final int DIGIT_BITS = 16;
    private static final int BUCKETS = 1 << DIGIT_BITS;

    private KeyedSort() {
    }

    /** Sorts {@code keys[0, count)} and moves {@code values} with them; stable. */
    static void sort(long[] keys, int[] values, int count) {
        long[] fromKeys = keys;
        int[] fromValues = values;
        long[] toKeys = new long[count];
        int[] toValues = new int[count];
        int[] counts = new int[BUCKETS];
        for (int shift = 0; shift < 64; shift += DIGIT_BITS) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < count; i++) {
                counts[(int) ((fromKeys[i] >>> shift) & (BUCKETS - 1))]++;
            }
            if (count == 0 || counts[(int) ((fromKeys[0] >>> shift) & (BUCKETS - 1))] == count) {
                continue; // every key has this digit: the pass would change nothing
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = counts[b];
                counts[b] = sum;
                sum += c;
            }
            for (int i = 0; i < count; i++) {
                int at = counts[(int) ((fromKeys[i] >>> shift) & (BUCKETS - 1))]++;
                toKeys[at] = fromKeys[i];
                toValues[at] = fromValues[i];
            }
            long[] swapKeys = fromKeys;
            fromKeys = toKeys;
            toKeys = swapKeys;
            int[] swapValues = fromValues;
            fromValues = toValues;
            toValues = swapValues;
        }
        if (fromKeys != keys) {
            System.arraycopy(fromKeys, 0, keys, 0, count);
            System.arraycopy(fromValues, 0, values, 0, count);
        }
    }
}
