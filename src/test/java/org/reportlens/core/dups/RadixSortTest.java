package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RadixSortTest {
    @Test
    void keysSortAsUnsignedAndCarryTheirValuesStably() {
        Random random = new Random(3);
        int n = 50_000;
        long[] keys = new long[n];
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = random.nextInt(4) == 0 ? -random.nextInt(100) : ((long) random.nextInt(1000) << 32) | random.nextInt(50);
            values[i] = i;
        }
        Integer[] expected = new Integer[n];
        for (int i = 0; i < n; i++) {
            expected[i] = i;
        }
        long[] original = keys.clone();
        Arrays.sort(expected, Comparator.comparing((Integer i) -> original[i], Long::compareUnsigned)
                .thenComparingInt(i -> i));
        RadixSort.withValues(keys, values, n);
        for (int i = 0; i < n; i++) {
            assertThat(values[i]).isEqualTo(expected[i]);
            assertThat(keys[i]).isEqualTo(original[expected[i]]);
        }
    }

    @Test
    void packedKeysGroupByTheirHighBitsWithTheLowBitsStillAscending() {
        int lowBits = 20;
        long[] keys = new long[1_000];
        Random random = new Random(5);
        for (int position = 0; position < keys.length; position++) {
            keys[position] = ((long) random.nextInt(30) << 40 | (long) random.nextInt(1 << 20) << 20) & ~((1L << lowBits) - 1)
                    | position;
        }
        long[] sorted = RadixSort.byHighBits(keys.clone(), keys.length, lowBits);
        for (int i = 1; i < sorted.length; i++) {
            long high = sorted[i] >>> lowBits;
            long before = sorted[i - 1] >>> lowBits;
            assertThat(Long.compareUnsigned(before, high)).isLessThanOrEqualTo(0);
            if (high == before) {
                assertThat(sorted[i] & ((1L << lowBits) - 1)).isGreaterThan(sorted[i - 1] & ((1L << lowBits) - 1));
            }
        }
        assertThat(java.util.Arrays.stream(sorted).sorted().toArray()).isEqualTo(java.util.Arrays.stream(keys).sorted().toArray());
    }
}
