package org.reportlens.core.compare;

import java.util.Arrays;

/**
 * The heaviest one-to-one matching of rows to columns (the assignment problem), by the Hungarian
 * method with potentials: O(n²·m) for n ≤ m. Pairs worth nothing are left out.
 */
final class Assignment {
    private Assignment() {
    }

    /**
     * For each row the column it is matched to, or -1; only pairs with {@code weight[i][j] > 0} are
     * matched ({@code weight} may hold {@link MonotoneMatching#NONE} for forbidden pairs).
     */
    static int[] heaviest(double[][] weight) {
        int n = weight.length;
        int m = n == 0 ? 0 : weight[0].length;
        int[] match = new int[n];
        Arrays.fill(match, -1);
        if (n == 0 || m == 0) {
            return match;
        }
        boolean transpose = n > m;
        int rows = transpose ? m : n;
        int cols = transpose ? n : m;
        // minimise cost = -weight over a rows ≤ cols square-ish problem; dummy zero columns let a row stay free
        int width = cols + rows;
        double[][] cost = new double[rows][width];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double w = transpose ? weight[j][i] : weight[i][j];
                cost[i][j] = w > 0 ? -w : 0;
            }
        }
        int[] assigned = hungarian(cost, rows, width);
        for (int i = 0; i < rows; i++) {
            int j = assigned[i];
            if (j < cols) {
                double w = transpose ? weight[j][i] : weight[i][j];
                if (w > 0) {
                    if (transpose) {
                        match[j] = i;
                    } else {
                        match[i] = j;
                    }
                }
            }
        }
        return match;
    }

    /** Row → column of least total cost, rows ≤ columns (e-maxx formulation, 1-based inside). */
    private static int[] hungarian(double[][] a, int n, int m) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] result = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                result[p[j] - 1] = j - 1;
            }
        }
        return result;
    }
}
