package org.reportlens.core.compare;

import java.util.Arrays;
import java.util.List;

/**
 * TF-IDF vectors over character bigrams, and their cosine. Bigrams suit Chinese, where words are
 * not separated; IDF over the sections being compared mutes what every section says (发展, 建设)
 * so that what a section is about decides its match.
 */
public final class BigramVectors {

    /** A sparse vector: sorted bigram keys and their weights, unit length. */
    record Vector(int[] keys, double[] weights) {
        static final Vector EMPTY = new Vector(new int[0], new double[0]);
    }

    private BigramVectors() {
    }

    /** Bigram counts of a document: sorted distinct keys and how often each occurs. */
    record Counts(int[] keys, int[] counts) {
        static final Counts EMPTY = new Counts(new int[0], new int[0]);

        /** The sum of two documents' counts. */
        Counts plus(Counts other) {
            int[] k = new int[keys.length + other.keys.length];
            int[] c = new int[k.length];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < keys.length || j < other.keys.length) {
                if (j == other.keys.length || i < keys.length && keys[i] < other.keys[j]) {
                    k[n] = keys[i];
                    c[n++] = counts[i++];
                } else if (i == keys.length || other.keys[j] < keys[i]) {
                    k[n] = other.keys[j];
                    c[n++] = other.counts[j++];
                } else {
                    k[n] = keys[i];
                    c[n++] = counts[i++] + other.counts[j++];
                }
            }
            return new Counts(Arrays.copyOf(k, n), Arrays.copyOf(c, n));
        }

        /** The counts of the first {@code n} values of {@code sorted}, which must be sorted. */
        static Counts ofSorted(int[] sorted, int n) {
            int[] keys = new int[n];
            int[] counts = new int[n];
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                if (distinct > 0 && keys[distinct - 1] == sorted[i]) {
                    counts[distinct - 1]++;
                } else {
                    keys[distinct] = sorted[i];
                    counts[distinct++] = 1;
                }
            }
            return new Counts(Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct));
        }
    }

    /** Bigram counts of {@code text}, skipping pairs that span punctuation or whitespace. */
    static Counts counts(CharSequence text) {
        int[] all = new int[Math.max(0, text.length() - 1)];
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
                all[n++] = (a << 16) | b;
            }
        }
        Arrays.sort(all, 0, n);
        return Counts.ofSorted(all, n);
    }

    /** TF-IDF vectors of documents; IDF is taken over these documents. */
    static Vector[] tfIdf(List<Counts> documents) {
        int total = 0;
        for (Counts doc : documents) {
            total += doc.keys().length;
        }
        IntCounter documentFrequency = new IntCounter(total / 2);
        for (Counts doc : documents) {
            for (int key : doc.keys()) {
                documentFrequency.add(key);
            }
        }
        int n = documents.size();
        double[] idfByFrequency = new double[n + 1];
        for (int df = 1; df <= n; df++) {
            idfByFrequency[df] = Math.log(1.0 + (double) n / df);
        }
        Vector[] vectors = new Vector[n];
        for (int d = 0; d < n; d++) {
            Counts doc = documents.get(d);
            int[] keys = doc.keys();
            double[] weights = new double[keys.length];
            double norm = 0;
            for (int i = 0; i < keys.length; i++) {
                int count = doc.counts()[i];
                double tf = count == 1 ? 1 : 1 + Math.log(count);
                double idf = idfByFrequency[documentFrequency.get(keys[i])];
                weights[i] = tf * idf;
                norm += weights[i] * weights[i];
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int i = 0; i < weights.length; i++) {
                    weights[i] /= norm;
                }
            }
            vectors[d] = keys.length == 0 ? Vector.EMPTY : new Vector(keys, weights);
        }
        return vectors;
    }

    static double cosine(Vector x, Vector y) {
        int i = 0;
        int j = 0;
        double sum = 0;
        int[] a = x.keys();
        int[] b = y.keys();
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                sum += x.weights()[i++] * y.weights()[j++];
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return Math.min(1.0, sum);
    }

    /** Dice coefficient of two short strings' bigram multisets: for pairing sentences (and reworded targets). */
    public static double dice(String s, String t) {
        if (s.length() < 2 || t.length() < 2) {
            return s.equals(t) ? 1 : 0;
        }
        return dice(bigrams(s), bigrams(t));
    }

    /** Dice coefficient of two sorted bigram arrays from {@link #bigrams(String)}. */
    static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }

    /** The sorted bigrams of {@code s}, for repeated {@link #dice(int[], int[])}. */
    static int[] bigrams(String s) {
        int[] out = new int[Math.max(0, s.length() - 1)];
        for (int i = 0; i + 1 < s.length(); i++) {
            out[i] = (s.charAt(i) << 16) | s.charAt(i + 1);
        }
        Arrays.sort(out);
        return out;
    }
}
