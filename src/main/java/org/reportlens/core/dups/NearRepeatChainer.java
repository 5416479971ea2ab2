package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins exact repeats into near repeats: when two places of the corpus share a passage, then
 * differ by a few characters, then share the next passage again, the pieces are one near
 * repeat. Each pair of occurrences of a repeat is a diagonal piece; pieces are swept in text
 * order, and a piece extends a chain whose last piece ended at most {@value #MAX_GAP} characters
 * before it on both sides. Repeats with more than {@value #MAX_OCCURRENCES} occurrences are
 * common phrases, not copies, and are left out so the pairs stay few.
 */
final class NearRepeatChainer {
    static final int MAX_GAP = 12;
    static final int MAX_OCCURRENCES = 8;
    /** Share of a near repeat's span its exact pieces must cover. */
    private static final double MIN_MATCHED_SHARE = 0.8;

    /** A near repeat: its pieces, in order; piece i reads [a[i], a[i]+length[i]) and [b[i], b[i]+length[i]). */
    record Chain(int[] a, int[] b, int[] length) {
        int aStart() {
            return a[0];
        }

        int aEnd() {
            return a[a.length - 1] + length[length.length - 1];
        }

        int bStart() {
            return b[0];
        }

        int bEnd() {
            return b[b.length - 1] + length[length.length - 1];
        }

        int pieces() {
            return a.length;
        }
    }

    private NearRepeatChainer() {
    }

    static List<Chain> chain(KeyCorpus corpus, List<RepeatFinder.Repeat> repeats, int minLength) {
        List<int[]> pieces = new ArrayList<>();
        for (int r = 0; r < repeats.size(); r++) {
            int[] starts = repeats.get(r).starts();
            if (starts.length > MAX_OCCURRENCES) {
                continue;
            }
            for (int i = 0; i < starts.length; i++) {
                for (int j = i + 1; j < starts.length; j++) {
                    pieces.add(new int[] {starts[i], starts[j], repeats.get(r).length()});
                }
            }
        }
        pieces.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        List<Growing> open = new ArrayList<>();
        List<Chain> chains = new ArrayList<>();
        for (int[] piece : pieces) {
            Growing extended = null;
            for (int i = open.size() - 1; i >= 0; i--) {
                Growing g = open.get(i);
                if (g.aEnd() + MAX_GAP < piece[0]) {
                    // pieces come in order of a: this chain can never grow again
                    g.finish(corpus, minLength, chains);
                    open.remove(i);
                } else if (extended == null && g.accepts(piece)) {
                    g.add(piece);
                    extended = g;
                }
            }
            if (extended == null) {
                Growing g = new Growing();
                g.add(piece);
                open.add(g);
            }
        }
        for (Growing g : open) {
            g.finish(corpus, minLength, chains);
        }
        return chains;
    }

    private static final class Growing {
        private final List<int[]> pieces = new ArrayList<>();

        int aEnd() {
            int[] last = pieces.get(pieces.size() - 1);
            return last[0] + last[2];
        }

        int bEnd() {
            int[] last = pieces.get(pieces.size() - 1);
            return last[1] + last[2];
        }

        boolean accepts(int[] piece) {
            int gapA = piece[0] - aEnd();
            int gapB = piece[1] - bEnd();
            return gapA >= 0 && gapB >= 0 && gapA <= MAX_GAP && gapB <= MAX_GAP && gapA + gapB > 0;
        }

        void add(int[] piece) {
            pieces.add(piece);
        }

        void finish(KeyCorpus corpus, int minLength, List<Chain> out) {
            if (pieces.size() < 2) {
                return;
            }
            int aStart = pieces.get(0)[0];
            int bStart = pieces.get(0)[1];
            int aEnd = aEnd();
            int bEnd = bEnd();
            int span = Math.max(aEnd - aStart, bEnd - bStart);
            int matched = 0;
            for (int[] p : pieces) {
                matched += p[2];
            }
            boolean oneTextEach = corpus.textAt(aStart) == corpus.textAt(aEnd - 1)
                    && corpus.textAt(bStart) == corpus.textAt(bEnd - 1);
            if (span < minLength || matched < MIN_MATCHED_SHARE * span || !oneTextEach || aEnd > bStart
                    && corpus.textAt(aStart) == corpus.textAt(bStart)) {
                return;
            }
            int n = pieces.size();
            int[] a = new int[n];
            int[] b = new int[n];
            int[] length = new int[n];
            for (int i = 0; i < n; i++) {
                int[] p = pieces.get(i);
                a[i] = p[0];
                b[i] = p[1];
                length[i] = p[2];
            }
            out.add(new Chain(a, b, length));
        }
    }
}
