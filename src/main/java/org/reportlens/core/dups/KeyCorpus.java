package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The comparable characters of several texts end to end, each text followed by a separator that
 * no passage may cross. A position in the corpus names a text and a character in it. The corpus
 * knows its clause boundaries (see {@link ClauseBoundaries}): position {@code p} is one when a
 * passage may begin or end right before character {@code p}.
 */
final class KeyCorpus {
    static final char SEPARATOR = '\uFFFF';

    private final char[] chars;
    private final int[] starts;
    private final BitSet boundaries;

    /** Texts whose boundaries are their punctuation and their ends alone. */
    KeyCorpus(List<String> texts) {
        this(texts, punctuationBoundaries(texts));
    }

    /**
     * @param texts      comparable characters of each text
     * @param boundaries each text's boundaries, positions {@code 0..length} of that text
     */
    KeyCorpus(List<String> texts, List<BitSet> boundaries) {
        if (texts.size() != boundaries.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + boundaries.size() + " boundary sets");
        }
        starts = new int[texts.size() + 1];
        long total = 0;
        for (String t : texts) {
            total += t.length() + 1;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the texts hold " + total + " characters, more than one index can address");
        }
        chars = new char[(int) total];
        int at = 0;
        for (int i = 0; i < texts.size(); i++) {
            starts[i] = at;
            String t = texts.get(i);
            t.getChars(0, t.length(), chars, at);
            at += t.length();
            chars[at++] = SEPARATOR;
        }
        starts[texts.size()] = at;
        this.boundaries = new BitSet(at + 1);
        for (int i = 0; i < texts.size(); i++) {
            BitSet own = boundaries.get(i);
            int limit = texts.get(i).length();
            for (int b = own.nextSetBit(0); b >= 0 && b <= limit; b = own.nextSetBit(b + 1)) {
                this.boundaries.set(starts[i] + b);
            }
        }
    }

    private static List<BitSet> punctuationBoundaries(List<String> texts) {
        List<BitSet> all = new ArrayList<>(texts.size());
        texts.forEach(t -> all.add(ClauseBoundaries.punctuation(t)));
        return all;
    }

    /** Whether a passage may begin or end right before corpus position {@code pos}. */
    boolean isBoundary(int pos) {
        return boundaries.get(pos);
    }

    /** The first boundary at or after {@code pos}, or -1. */
    int nextBoundary(int pos) {
        return boundaries.nextSetBit(pos);
    }

    /** The last boundary at or before {@code pos}, or -1. */
    int previousBoundary(int pos) {
        return boundaries.previousSetBit(pos);
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return chars.length;
    }

    /** The text that corpus position {@code pos} belongs to. */
    int textAt(int pos) {
        // the last text starting at or before pos: an empty text shares its start with the next one
        int lo = 0;
        int hi = Math.max(0, starts.length - 2);
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= pos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** How many texts it holds. */
    int texts() {
        return starts.length - 1;
    }

    /** How many characters text {@code text} has (its separator aside). */
    int textLength(int text) {
        return starts[text + 1] - starts[text] - 1;
    }

    /** Where text {@code text} begins in the corpus. */
    int start(int text) {
        return starts[text];
    }

    String substring(int from, int to) {
        return new String(chars, from, to - from);
    }
}
