package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongestIncreasingTest {
    @Test
    void findsOneLongestStrictlyIncreasingRunByPosition() {
        // keys 3 1 4 1 5 9 2 6: four long (1 4 5 9, 3 4 5 6, …); the run ending last, 1 4 5 6, is kept
        assertThat(LongestIncreasing.of(new int[] {3, 1, 4, 1, 5, 9, 2, 6})).hasSize(4).containsExactly(1, 2, 4, 7);
        assertThat(LongestIncreasing.of(new int[] {5, 5, 5})).as("strictly").hasSize(1);
        assertThat(LongestIncreasing.of(new int[] {})).isEmpty();
        assertThat(LongestIncreasing.of(new int[] {9, 8, 1, 2, 3})).containsExactly(2, 3, 4);
    }
}
