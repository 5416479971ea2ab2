package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntCounterTest {
    @Test
    void countsLikeAMapThroughGrowthCollisionsAndZero() {
        IntCounter counter = new IntCounter(4);
        Map<Integer, Integer> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            int key = i % 7 == 0 ? 0 : random.nextInt(3000) * 65536; // many keys sharing low bits
            counter.add(key);
            expected.merge(key, 1, Integer::sum);
        }
        expected.forEach((key, count) -> assertThat(counter.get(key)).as("key %d", key).isEqualTo(count));
        assertThat(counter.get(12345)).isZero();
    }
}
