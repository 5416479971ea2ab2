package org.reportlens.core.compare;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportlens.core.text.ComparableText;
import org.reportlens.core.text.Span;

/**
 * Diffs two changed sentences by words or characters, marking only what changed. By words, an equal
 * stretch between two changes that is no longer than either of them is taken into the change (as
 * diff-match-patch's semantic clean-up does), so that a kept "的" or "和" does not cut one rewording
 * into a storm of small edits. Over budget (length × length above {@link CompareOptions#refineBudget()},
 * or more Myers steps than the pair has left) the result is null and the pair one coarse replace.
 */
final class SentenceRefiner {
    /** One refined difference: key ranges in both sentences ({@code [aFrom, aTo)}, {@code [bFrom, bTo)}). */
    record Piece(ChangeKind kind, int aFrom, int aTo, int bFrom, int bTo) {
    }

    private SentenceRefiner() {
    }

    /** The word changes of key {@code a} against key {@code b}, small equal stretches absorbed; null over budget. */
    static List<Piece> byWords(String a, String b, CompareOptions options, SequenceDiff.Steps steps,
                               Cancellation cancellation) {
        if ((long) a.length() * b.length() > options.refineBudget()) {
            return null;
        }
        List<int[]> wordsA = words(a);
        List<int[]> wordsB = words(b);
        SequenceDiff.Interner interner = new SequenceDiff.Interner();
        int[] idsA = interner.ids(wordsA.stream().map(w -> a.substring(w[0], w[1])).toList());
        int[] idsB = interner.ids(wordsB.stream().map(w -> b.substring(w[0], w[1])).toList());
        List<SequenceDiff.Run> runs = SequenceDiff.myers(idsA, idsB, 0, idsA.length, 0, idsB.length, steps, cancellation);
        return runs == null ? null : pieces(absorbSmallEqualities(keyRanges(runs, wordsA, wordsB)));
    }

    /** The character changes of key {@code a} against key {@code b}, as they are; null over budget. */
    static List<Piece> byCharacters(String a, String b, CompareOptions options, SequenceDiff.Steps steps,
                                    Cancellation cancellation) {
        if ((long) a.length() * b.length() > options.refineBudget()) {
            return null;
        }
        int[] charsA = a.chars().toArray();
        int[] charsB = b.chars().toArray();
        List<SequenceDiff.Run> runs = SequenceDiff.myers(charsA, charsB, 0, charsA.length, 0, charsB.length, steps,
                cancellation);
        return runs == null ? null : pieces(runs);
    }

    /** The share of two keys' characters that {@code pieces} leave unchanged: 2 × kept / (|a| + |b|); 1 for two empty keys. */
    static double kept(List<Piece> pieces, int lengthA, int lengthB) {
        if (lengthA + lengthB == 0) {
            return 1;
        }
        int changed = 0;
        for (Piece p : pieces) {
            changed += p.aTo() - p.aFrom() + p.bTo() - p.bFrom();
        }
        return 1 - (double) changed / (lengthA + lengthB);
    }

    /** Word boundaries from ICU's dictionary-based break iterator, which segments Chinese. */
    static List<int[]> words(String s) {
        BreakIterator it = BreakIterator.getWordInstance(Locale.SIMPLIFIED_CHINESE);
        it.setText(s);
        List<int[]> words = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            words.add(new int[] {start, end});
        }
        return words;
    }

    /** Runs over words as runs over key characters. */
    private static List<SequenceDiff.Run> keyRanges(List<SequenceDiff.Run> runs, List<int[]> wordsA, List<int[]> wordsB) {
        List<SequenceDiff.Run> out = new ArrayList<>(runs.size());
        for (SequenceDiff.Run run : runs) {
            int[] ra = keyRange(wordsA, run.aFrom(), run.aLength());
            int[] rb = keyRange(wordsB, run.bFrom(), run.bLength());
            out.add(new SequenceDiff.Run(ra[0], ra[1], rb[0], rb[1], run.equal()));
        }
        return out;
    }

    private static int[] keyRange(List<int[]> words, int position, int size) {
        int count = words.size();
        int from = position < count ? words.get(position)[0] : (count == 0 ? 0 : words.get(count - 1)[1]);
        int to = size == 0 ? from : words.get(position + size - 1)[1];
        return new int[] {from, to};
    }

    /**
     * An equal run between two changed runs, no longer (in characters) than the larger side of the
     * change before it and of the change after it, becomes part of one changed run with both.
     */
    static List<SequenceDiff.Run> absorbSmallEqualities(List<SequenceDiff.Run> runs) {
        List<SequenceDiff.Run> out = new ArrayList<>(runs.size());
        for (SequenceDiff.Run run : runs) {
            out.add(run);
            // runs alternate; the newest three: changed, short equal, changed → one change, which may absorb more
            while (out.size() >= 3) {
                SequenceDiff.Run after = out.get(out.size() - 1);
                SequenceDiff.Run equal = out.get(out.size() - 2);
                SequenceDiff.Run before = out.get(out.size() - 3);
                int length = equal.aLength();
                if (after.equal() || !equal.equal() || before.equal()
                        || length > Math.max(before.aLength(), before.bLength())
                        || length > Math.max(after.aLength(), after.bLength())) {
                    break;
                }
                out.subList(out.size() - 3, out.size()).clear();
                out.add(new SequenceDiff.Run(before.aFrom(), after.aTo(), before.bFrom(), after.bTo(), false));
            }
        }
        return out;
    }

    /** The changed runs as pieces. */
    private static List<Piece> pieces(List<SequenceDiff.Run> runs) {
        List<Piece> out = new ArrayList<>();
        for (SequenceDiff.Run run : runs) {
            if (!run.equal()) {
                ChangeKind kind = run.aLength() == 0 ? ChangeKind.INSERT
                        : run.bLength() == 0 ? ChangeKind.DELETE : ChangeKind.REPLACE;
                out.add(new Piece(kind, run.aFrom(), run.aTo(), run.bFrom(), run.bTo()));
            }
        }
        return out;
    }

    /** The original span of key range {@code [from, to)}, empty at the next kept character. */
    static Span span(ComparableText text, int from, int to, int endFallback) {
        return text.span(from, to, text.originalAt(from, endFallback));
    }
}
