package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A one-to-one matching of two sequences that keeps their order, except where a match is strong
 * enough to be trusted out of order. Sections mostly keep their order from one year to the next; the
 * order settles the close calls that similarity alone gets wrong, while a section that really moved
 * (a strong, mutual best match) is still found.
 *
 * <p>Steps: pinned pairs, and the pairs of at least {@code strong} in the heaviest matching regardless
 * of order ({@link Assignment}), are anchors; the heaviest subset of anchors in order is the backbone,
 * and the other anchors are kept as crossings.
 * Between consecutive backbone anchors, the heaviest order-keeping matching of the free items
 * (Needleman–Wunsch without gap costs, each pair worth its score minus {@code least}) fills in.
 * Cost: O(n²·m) for n ≤ m items (the matching regardless of order); the aligner keeps n small by
 * aligning parts, then the sections of each.
 */
final class MonotoneMatching {
    /** No pair: below any threshold, or forbidden. */
    static final double NONE = Double.NEGATIVE_INFINITY;

    private MonotoneMatching() {
    }

    /**
     * The matched pairs as {i, j}, in order of i.
     *
     * @param score  score[i][j], or {@link #NONE}
     * @param pinned pairs that must be matched, {i, j}; they are anchors whatever their score
     * @param least  a pair below this is never matched
     * @param strong a pair of the heaviest unordered matching from this on may cross the others
     */
    static List<int[]> match(double[][] score, List<int[]> pinned, double least, double strong) {
        int n = score.length;
        int m = n == 0 ? 0 : score[0].length;
        boolean[] usedI = new boolean[n];
        boolean[] usedJ = new boolean[m];
        List<int[]> anchors = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int[] p : pinned) {
            if (!usedI[p[0]] && !usedJ[p[1]]) {
                usedI[p[0]] = true;
                usedJ[p[1]] = true;
                anchors.add(p);
                weights.add(1e9);
            }
        }
        // strong pairs of the heaviest matching regardless of order: candidates to break it
        double[][] gain = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                gain[i][j] = usedI[i] || usedJ[j] || score[i][j] == NONE || score[i][j] < least ? 0 : score[i][j] - least;
            }
        }
        int[] free = Assignment.heaviest(gain);
        for (int i = 0; i < n; i++) {
            int j = free[i];
            if (j >= 0 && score[i][j] >= strong) {
                anchors.add(new int[] {i, j});
                weights.add(score[i][j]);
            }
        }
        for (int[] a : anchors) {
            usedI[a[0]] = true;
            usedJ[a[1]] = true;
        }
        List<int[]> backbone = heaviestInOrder(anchors, weights);
        List<int[]> result = new ArrayList<>(anchors);
        int fromI = 0;
        int fromJ = 0;
        for (int k = 0; k <= backbone.size(); k++) {
            int toI = k < backbone.size() ? backbone.get(k)[0] : n;
            int toJ = k < backbone.size() ? backbone.get(k)[1] : m;
            result.addAll(fill(score, fromI, toI, fromJ, toJ, usedI, usedJ, least));
            if (k < backbone.size()) {
                fromI = toI + 1;
                fromJ = toJ + 1;
            }
        }
        result.sort((x, y) -> Integer.compare(x[0], y[0]));
        return result;
    }

    /** The heaviest subset of pairs increasing in both coordinates (weighted longest increasing run). */
    static List<int[]> heaviestInOrder(List<int[]> pairs, List<Double> weights) {
        int k = pairs.size();
        Integer[] byI = new Integer[k];
        for (int x = 0; x < k; x++) {
            byI[x] = x;
        }
        Arrays.sort(byI, (x, y) -> Integer.compare(pairs.get(x)[0], pairs.get(y)[0]));
        double[] total = new double[k];
        int[] previous = new int[k];
        int bestEnd = -1;
        for (int x = 0; x < k; x++) {
            int[] p = pairs.get(byI[x]);
            total[x] = weights.get(byI[x]);
            previous[x] = -1;
            for (int y = 0; y < x; y++) {
                int[] q = pairs.get(byI[y]);
                if (q[0] < p[0] && q[1] < p[1] && total[y] + weights.get(byI[x]) > total[x]) {
                    total[x] = total[y] + weights.get(byI[x]);
                    previous[x] = y;
                }
            }
            if (bestEnd < 0 || total[x] > total[bestEnd]) {
                bestEnd = x;
            }
        }
        List<int[]> chain = new ArrayList<>();
        for (int x = bestEnd; x >= 0; x = previous[x]) {
            chain.add(0, pairs.get(byI[x]));
        }
        return chain;
    }

    /** The heaviest order-keeping matching of the free items of i in [fromI, toI) and j in [fromJ, toJ). */
    private static List<int[]> fill(double[][] score, int fromI, int toI, int fromJ, int toJ, boolean[] usedI,
                                    boolean[] usedJ, double least) {
        int h = Math.max(0, toI - fromI);
        int w = Math.max(0, toJ - fromJ);
        double[][] best = new double[h + 1][w + 1];
        for (int a = 1; a <= h; a++) {
            for (int b = 1; b <= w; b++) {
                double take = NONE;
                int i = fromI + a - 1;
                int j = fromJ + b - 1;
                if (!usedI[i] && !usedJ[j] && score[i][j] != NONE && score[i][j] >= least) {
                    take = best[a - 1][b - 1] + score[i][j] - least;
                }
                best[a][b] = Math.max(take, Math.max(best[a - 1][b], best[a][b - 1]));
            }
        }
        List<int[]> out = new ArrayList<>();
        int a = h;
        int b = w;
        while (a > 0 && b > 0) {
            if (best[a][b] == best[a - 1][b]) {
                a--;
            } else if (best[a][b] == best[a][b - 1]) {
                b--;
            } else {
                out.add(0, new int[] {fromI + a - 1, fromJ + b - 1});
                a--;
                b--;
            }
        }
        return out;
    }
}
