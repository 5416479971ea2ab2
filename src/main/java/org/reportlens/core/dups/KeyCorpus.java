package org.reportlens.core.dups;

import java.util.List;

/**
 * The comparable characters of several texts end to end, each text followed by a separator that
 * no passage may cross. A position in the corpus names a text and a character in it.
 */
final class KeyCorpus {
    static final char SEPARATOR = '\uFFFF';

    private final char[] chars;
    private final int[] starts;

    KeyCorpus(List<String> texts) {
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

    /** Where text {@code text} begins in the corpus. */
    int start(int text) {
        return starts[text];
    }

    String substring(int from, int to) {
        return new String(chars, from, to - from);
    }
}
