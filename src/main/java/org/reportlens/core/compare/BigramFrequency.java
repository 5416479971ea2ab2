package org.reportlens.core.compare;

import java.util.Arrays;
import java.util.List;

/** How often each bigram occurs in a set of sorted bigram arrays; primitive, for hot loops. */
final class BigramFrequency {
    private final int[] keys;
    private final int[] counts;

    BigramFrequency(List<int[]> arrays) {
        int total = 0;
        for (int[] a : arrays) {
            total += a.length;
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] a : arrays) {
            System.arraycopy(a, 0, all, at, a.length);
            at += a.length;
        }
        Arrays.sort(all);
        int[] k = new int[total];
        int[] c = new int[total];
        int n = 0;
        for (int x : all) {
            if (n > 0 && k[n - 1] == x) {
                c[n - 1]++;
            } else {
                k[n] = x;
                c[n++] = 1;
            }
        }
        this.keys = Arrays.copyOf(k, n);
        this.counts = Arrays.copyOf(c, n);
    }

    int of(int bigram) {
        int i = Arrays.binarySearch(keys, bigram);
        return i < 0 ? 0 : counts[i];
    }
}
