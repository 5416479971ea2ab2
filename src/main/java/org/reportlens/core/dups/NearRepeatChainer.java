package org.reportlens.core.dups;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins exact repeats into near repeats: when two places of the corpus share a passage, then
 * differ by a few characters, then share the next passage again, the pieces are one near
 * repeat. Each pair of occurrences of a repeat is a diagonal piece; pieces are swept in text
 * order, and a piece extends a chain whose last piece ended at most {@value #MAX_GAP} characters
 * before it on both sides. Repeats with more than {@value #MAX_OCCURRENCES} occurrences are
 * common phrases, not copies, and are left out so the pairs stay few. A chain begins and ends at
 * clause boundaries that both copies share inside its first and last pieces, so both copies read as
 * whole clauses and no edit falls at either end.
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
        long total = 0;
        for (RepeatFinder.Repeat r : repeats) {
            int m = r.starts().length;
            total += m <= MAX_OCCURRENCES ? (long) m * (m - 1) / 2 : 0;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(total + " pairs of pieces are more than one array holds");
        }
        // each piece packed as {a << 32 | b} with its length alongside: a few bytes each, not an object
        long[] pieces = new long[(int) total];
        int[] lengths = new int[(int) total];
        int n = 0;
        for (RepeatFinder.Repeat r : repeats) {
            int[] starts = r.starts();
            if (starts.length > MAX_OCCURRENCES) {
                continue;
            }
            for (int i = 0; i < starts.length; i++) {
                for (int j = i + 1; j < starts.length; j++) {
                    pieces[n] = ((long) starts[i] << 32) | starts[j];
                    lengths[n++] = r.length();
                }
            }
        }
        RadixSort.withValues(pieces, lengths, n);
        List<Growing> open = new ArrayList<>();
        List<Chain> chains = new ArrayList<>();
        for (int x = 0; x < n; x++) {
            int a = (int) (pieces[x] >>> 32);
            int b = (int) pieces[x];
            int length = lengths[x];
            Growing extended = null;
            for (int i = open.size() - 1; i >= 0; i--) {
                Growing g = open.get(i);
                if (g.aEnd() + MAX_GAP < a) {
                    // pieces come in order of a: this chain can never grow again
                    g.finish(corpus, minLength, chains);
                    open.remove(i);
                } else if (extended == null && g.accepts(a, b)) {
                    g.add(a, b, length);
                    extended = g;
                }
            }
            if (extended == null) {
                Growing g = new Growing();
                g.add(a, b, length);
                open.add(g);
            }
        }
        for (Growing g : open) {
            g.finish(corpus, minLength, chains);
        }
        return chains;
    }

    /** A chain being built: its pieces so far, {@code a[i], b[i], length[i]}. */
    private static final class Growing {
        private int[] a = new int[2];
        private int[] b = new int[2];
        private int[] length = new int[2];
        private int size;

        int aEnd() {
            return a[size - 1] + length[size - 1];
        }

        int bEnd() {
            return b[size - 1] + length[size - 1];
        }

        boolean accepts(int pieceA, int pieceB) {
            int gapA = pieceA - aEnd();
            int gapB = pieceB - bEnd();
            return gapA >= 0 && gapB >= 0 && gapA <= MAX_GAP && gapB <= MAX_GAP && gapA + gapB > 0;
        }

        void add(int pieceA, int pieceB, int pieceLength) {
            if (size == a.length) {
                a = java.util.Arrays.copyOf(a, size * 2);
                b = java.util.Arrays.copyOf(b, size * 2);
                length = java.util.Arrays.copyOf(length, size * 2);
            }
            a[size] = pieceA;
            b[size] = pieceB;
            length[size] = pieceLength;
            size++;
        }

        void finish(KeyCorpus corpus, int minLength, List<Chain> out) {
            if (size < 2 || !mostlyMatched()) {
                return;
            }
            int first = firstPieceFrom(corpus);
            int last = lastPieceTo(corpus);
            if (first < 0 || last <= first) {
                return; // what lies between boundaries is one exact piece, or nothing
            }
            int[] ca = java.util.Arrays.copyOfRange(a, first, last + 1);
            int[] cb = java.util.Arrays.copyOfRange(b, first, last + 1);
            int[] cl = java.util.Arrays.copyOfRange(length, first, last + 1);
            // begin and end at the clause boundaries found inside the first and last pieces
            ca[0] += startCut;
            cb[0] += startCut;
            cl[0] -= startCut;
            cl[cl.length - 1] = endLength;
            Chain chain = new Chain(ca, cb, cl);
            int span = Math.max(chain.aEnd() - chain.aStart(), chain.bEnd() - chain.bStart());
            boolean oneTextEach = corpus.textAt(chain.aStart()) == corpus.textAt(chain.aEnd() - 1)
                    && corpus.textAt(chain.bStart()) == corpus.textAt(chain.bEnd() - 1);
            if (span < minLength || !oneTextEach
                    || chain.aEnd() > chain.bStart() && corpus.textAt(chain.aStart()) == corpus.textAt(chain.bStart())) {
                return;
            }
            out.add(chain);
        }

        /**
         * Whether the pieces cover enough of the whole chain. Judged before the chain is cut to
         * clause boundaries: a cut can leave a last piece of one comma, and the copy is no less a
         * copy for that.
         */
        private boolean mostlyMatched() {
            int span = Math.max(aEnd() - a[0], bEnd() - b[0]);
            int matched = 0;
            for (int i = 0; i < size; i++) {
                matched += length[i];
            }
            return matched >= MIN_MATCHED_SHARE * span;
        }

        private int startCut;
        private int endLength;

        /** The first piece holding a boundary on both sides (setting {@link #startCut}), or -1. */
        private int firstPieceFrom(KeyCorpus corpus) {
            for (int i = 0; i < size; i++) {
                for (int o = 0; o < length[i]; o++) {
                    if (corpus.isBoundary(a[i] + o) && corpus.isBoundary(b[i] + o)) {
                        startCut = o;
                        return i;
                    }
                }
            }
            return -1;
        }

        /** The last piece holding a boundary on both sides after its first character (setting {@link #endLength}), or -1. */
        private int lastPieceTo(KeyCorpus corpus) {
            for (int i = size - 1; i >= 0; i--) {
                for (int o = length[i]; o > 0; o--) {
                    if (corpus.isBoundary(a[i] + o) && corpus.isBoundary(b[i] + o)) {
                        endLength = o;
                        return i;
                    }
                }
            }
            return -1;
        }
    }
}
