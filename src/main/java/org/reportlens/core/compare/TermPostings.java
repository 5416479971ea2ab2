package org.reportlens.core.compare;

import java.util.Arrays;

/**
 * An inverted index of sparse term vectors (chunks, or units' bodies): for each term id, the items that
 * hold it and their weights, so that one vector's dot products with all items cost its terms' postings,
 * not the number of items. A term held by more than {@code most} items is left out: it tells them apart
 * little and would cost the most, and leaving it out keeps the work per lookup bounded.
 */
final class TermPostings {
    private final int[] startOf;
    private final int[] item;
    private final double[] weight;

    /**
     * @param terms   each item's term ids (distinct; an item with none is not indexed)
     * @param weights each item's weights, in the order of its terms
     */
    TermPostings(int[][] terms, double[][] weights, int vocabulary, int most) {
        int[] df = new int[vocabulary + 1];
        for (int[] t : terms) {
            for (int term : t) {
                df[term]++;
            }
        }
        startOf = new int[vocabulary + 1];
        int total = 0;
        for (int t = 0; t < vocabulary; t++) {
            startOf[t] = total;
            total += df[t] <= most ? df[t] : 0;
        }
        startOf[vocabulary] = total;
        item = new int[total];
        weight = new double[total];
        int[] next = Arrays.copyOf(startOf, vocabulary);
        for (int i = 0; i < terms.length; i++) {
            for (int k = 0; k < terms[i].length; k++) {
                int t = terms[i][k];
                if (df[t] <= most) {
                    item[next[t]] = i;
                    weight[next[t]++] = weights[i][k];
                }
            }
        }
    }

    /**
     * Adds the dot product of the vector ({@code terms}, {@code weights}) with each indexed item into
     * {@code scores} (all zero before), lists the items it touched in {@code touched}, and returns how many.
     * Terms beyond the index's vocabulary are in no item.
     */
    int accumulate(int[] terms, double[] weights, double[] scores, int[] touched) {
        int n = 0;
        int vocabulary = startOf.length - 1;
        for (int k = 0; k < terms.length; k++) {
            int t = terms[k];
            if (t >= vocabulary) {
                continue;
            }
            for (int p = startOf[t]; p < startOf[t + 1]; p++) {
                int i = item[p];
                if (scores[i] == 0) {
                    touched[n++] = i;
                }
                scores[i] += weights[k] * weight[p];
            }
        }
        return n;
    }
}
