package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The order-keeping matching and the unordered one it takes its strong pairs from. Matrices are
 * written row by row; "-" is no pair.
 */
class MonotoneMatchingTest {
    private static final double NO = MonotoneMatching.NONE;

    private static String match(double[][] score, List<int[]> pinned) {
        List<String> out = new ArrayList<>();
        for (int[] p : MonotoneMatching.match(score, pinned, 0.1, 0.4)) {
            out.add(p[0] + "-" + p[1]);
        }
        return String.join(" ", out);
    }

    @Test
    void weakPairsKeepTheOrder() {
        // 0-1 and 1-0 would score a little more, but neither is strong: the order wins
        double[][] score = {
            {0.30, 0.32},
            {0.33, 0.30},
        };
        assertThat(match(score, List.of())).isEqualTo("0-0 1-1");
    }

    @Test
    void strongPairsMayCross() {
        // two sections that swapped places, each its other's best by far
        double[][] score = {
            {0.15, 0.60, 0.05},
            {0.55, 0.12, 0.05},
            {0.05, 0.05, 0.50},
        };
        assertThat(match(score, List.of())).isEqualTo("0-1 1-0 2-2");
    }

    @Test
    void aStrongPairThatCostsTwoGoodOnesDoesNotCross() {
        // 0-1 is strong, but 0-0 and 1-1 together are worth more: the unordered matching keeps them
        double[][] score = {
            {0.90, 1.20},
            {0.05, 0.87},
        };
        assertThat(match(score, List.of())).isEqualTo("0-0 1-1");
    }

    @Test
    void belowTheLeastAndForbiddenPairsAreNeverMade() {
        double[][] score = {
            {0.05, NO},
            {NO, 0.80},
        };
        assertThat(match(score, List.of())).isEqualTo("1-1");
    }

    @Test
    void pinnedPairsAreMadeWhateverTheirScoreAndTheRestFitsAround() {
        double[][] score = {
            {0.90, 0.10, 0.05},
            {0.10, 0.80, 0.05},
            {0.05, 0.10, 0.70},
        };
        // pinning 0 to 2 crosses everything; 1-1 still fits after nothing, 2 has lost its partner
        assertThat(match(score, List.<int[]>of(new int[] {0, 2}))).isEqualTo("0-2 1-1");
        // a pin of a forbidden-looking pair is still made
        double[][] none = {{NO}};
        assertThat(match(none, List.<int[]>of(new int[] {0, 0}))).isEqualTo("0-0");
    }

    @Test
    void theHeaviestAnchorsInOrderFormTheBackbone() {
        List<int[]> pairs = List.of(new int[] {0, 2}, new int[] {1, 0}, new int[] {2, 1}, new int[] {3, 3});
        List<int[]> chain = MonotoneMatching.heaviestInOrder(pairs, List.of(0.9, 0.5, 0.5, 0.5));
        assertThat(chain).extracting(p -> p[0] + "-" + p[1]).containsExactly("1-0", "2-1", "3-3");
    }

    @Test
    void theUnorderedMatchingIsTheHeaviest() {
        // against every permutation, on fixed random matrices
        Random random = new Random(14);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(5);
            int m = 1 + random.nextInt(5);
            double[][] w = new double[n][m];
            for (double[] row : w) {
                for (int j = 0; j < m; j++) {
                    row[j] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
                }
            }
            int[] match = Assignment.heaviest(w);
            boolean[] used = new boolean[m];
            double total = 0;
            for (int i = 0; i < n; i++) {
                if (match[i] >= 0) {
                    assertThat(used[match[i]]).as("one row per column").isFalse();
                    assertThat(w[i][match[i]]).as("only pairs worth something").isPositive();
                    used[match[i]] = true;
                    total += w[i][match[i]];
                }
            }
            assertThat(total).isCloseTo(best(w, 0, new boolean[m]), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /** The heaviest matching by trying every choice for each row in turn. */
    private static double best(double[][] w, int row, boolean[] used) {
        if (row == w.length) {
            return 0;
        }
        double best = best(w, row + 1, used);
        for (int j = 0; j < used.length; j++) {
            if (!used[j] && w[row][j] > 0) {
                used[j] = true;
                best = Math.max(best, w[row][j] + best(w, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
