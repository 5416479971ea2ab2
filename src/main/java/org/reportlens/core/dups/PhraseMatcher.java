package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Tells how much of a text is made of a list's wording: a character is covered when it lies in a
 * run of {@value #RUN} characters that also stands in one of the phrases (or in a whole phrase
 * shorter than that). Runs rather than whole phrases, so wording with a local name in it
 * ("我谨代表北京市人民政府" against the list's "我代表市人民政府") or clauses in another order still
 * counts for all it shares. Clause punctuation is left out on both sides, so a comma more or less
 * changes nothing.
 *
 * <p>Runs are kept as 64-bit polynomial hashes, one set per run length; a text is checked in one
 * pass per length, so thousands of phrases cost no more than a few.
 */
final class PhraseMatcher {
    /** How long a shared run must be to count: long enough that common words alone do not. */
    static final int RUN = 6;
    /** Shorter phrases are ignored (二是, 同时): common in any text. */
    static final int SHORTEST = 4;
    private static final long BASE = 1_000_003L;

    /** Hashes of the runs, for each length from SHORTEST to RUN (index: length). */
    private final List<LongSet> runs = new ArrayList<>();
    private boolean empty = true;

    PhraseMatcher(Collection<String> phrases) {
        for (int l = 0; l <= RUN; l++) {
            runs.add(new LongSet());
        }
        for (String phrase : phrases) {
            String words = words(phrase);
            if (words.length() < SHORTEST) {
                continue;
            }
            empty = false;
            int length = Math.min(RUN, words.length());
            for (int from = 0; from + length <= words.length(); from++) {
                runs.get(length).add(runHash(words, from, from + length));
            }
        }
    }

    boolean isEmpty() {
        return empty;
    }

    /** The text without clause punctuation: what is compared. */
    static String words(String key) {
        StringBuilder words = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!ClauseBoundaries.isClauseEnd(c)) {
                words.append(c);
            }
        }
        return words.toString();
    }

    /**
     * How many characters of {@code words} (a text without clause punctuation) lie in a run of the list,
     * the first {@code given} counted covered whatever they are.
     */
    int covered(String words, int given) {
        boolean[] covered = new boolean[words.length()];
        java.util.Arrays.fill(covered, 0, Math.min(given, words.length()), true);
        for (int length = SHORTEST; length <= RUN; length++) {
            LongSet set = runs.get(length);
            if (set.isEmpty() || length > words.length()) {
                continue;
            }
            long power = 1;
            for (int i = 0; i < length; i++) {
                power *= BASE;
            }
            long h = runHash(words, 0, length);
            for (int from = 0; ; from++) {
                if (set.contains(h)) {
                    java.util.Arrays.fill(covered, from, from + length, true);
                }
                if (from + length >= words.length()) {
                    break;
                }
                h = h * BASE + words.charAt(from + length) - power * words.charAt(from);
            }
        }
        int count = 0;
        for (boolean c : covered) {
            count += c ? 1 : 0;
        }
        return count;
    }

    /** The hash a run of {@code s} is kept under. */
    static long runHash(String s, int from, int to) {
        long h = 0;
        for (int i = from; i < to; i++) {
            h = h * BASE + s.charAt(i);
        }
        return h;
    }

    /**
     * A set of longs without boxing (a list of twenty thousand phrases holds half a million runs):
     * open addressing in a table kept at most half full; 0 stands for an empty slot, so 0 itself is
     * stored as 1.
     */
    private static final class LongSet {
        private long[] table = new long[16];
        private int size;

        void add(long value) {
            long v = value == 0 ? 1 : value;
            if ((size + 1) * 2 > table.length) {
                grow();
            }
            if (insert(table, v)) {
                size++;
            }
        }

        boolean contains(long value) {
            long v = value == 0 ? 1 : value;
            int mask = table.length - 1;
            for (int i = slot(v, mask); ; i = (i + 1) & mask) {
                if (table[i] == v) {
                    return true;
                }
                if (table[i] == 0) {
                    return false;
                }
            }
        }

        boolean isEmpty() {
            return size == 0;
        }

        private static boolean insert(long[] table, long v) {
            int mask = table.length - 1;
            for (int i = slot(v, mask); ; i = (i + 1) & mask) {
                if (table[i] == v) {
                    return false;
                }
                if (table[i] == 0) {
                    table[i] = v;
                    return true;
                }
            }
        }

        private void grow() {
            long[] bigger = new long[table.length * 2];
            for (long v : table) {
                if (v != 0) {
                    insert(bigger, v);
                }
            }
            table = bigger;
        }

        private static int slot(long v, int mask) {
            long h = v * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
    }
}
