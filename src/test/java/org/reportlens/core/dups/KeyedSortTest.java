package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyedSortTest {
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
        KeyedSort.sort(keys, values, n);
        for (int i = 0; i < n; i++) {
            assertThat(values[i]).isEqualTo(expected[i]);
            assertThat(keys[i]).isEqualTo(original[expected[i]]);
        }
    }
}
