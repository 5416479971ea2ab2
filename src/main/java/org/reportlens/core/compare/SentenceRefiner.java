package org.reportlens.core.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportlens.core.text.ComparableText;
import org.reportlens.core.text.Span;

/**
 * Diffs two changed sentences by words or characters, marking only what changed. Over budget
 * (length × length above {@link CompareOptions#refineBudget()}), or at sentence granularity, the
 * pair is one coarse replace instead.
 */
final class SentenceRefiner {
    /** One refined difference: key ranges in both sentences ({@code [aFrom, aTo)}, {@code [bFrom, bTo)}). */
    record Piece(ChangeKind kind, int aFrom, int aTo, int bFrom, int bTo) {
    }

    private SentenceRefiner() {
    }

    /** The pieces, or null when the pair is to be one coarse replace. */
    static List<Piece> refine(String a, String b, CompareOptions options) {
        if (options.granularity() == Granularity.SENTENCE
                || (long) a.length() * b.length() > options.refineBudget()) {
            return null;
        }
        if (options.granularity() == Granularity.WORD) {
            return byWords(a, b);
        }
        // Changed sentences mostly share a long start and end: diff only the middle.
        int prefix = 0;
        int max = Math.min(a.length(), b.length());
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        List<Piece> middle = pieces(chars(a, prefix, a.length() - suffix), chars(b, prefix, b.length() - suffix), null, null);
        List<Piece> out = new ArrayList<>(middle.size());
        for (Piece p : middle) {
            out.add(new Piece(p.kind(), p.aFrom() + prefix, p.aTo() + prefix, p.bFrom() + prefix, p.bTo() + prefix));
        }
        return out;
    }

    private static List<Piece> byWords(String a, String b) {
        List<int[]> wordsA = words(a);
        List<int[]> wordsB = words(b);
        List<String> tokensA = new ArrayList<>(wordsA.size());
        List<String> tokensB = new ArrayList<>(wordsB.size());
        wordsA.forEach(w -> tokensA.add(a.substring(w[0], w[1])));
        wordsB.forEach(w -> tokensB.add(b.substring(w[0], w[1])));
        return pieces(tokensA, tokensB, wordsA, wordsB);
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

    private static List<Character> chars(String s, int from, int to) {
        List<Character> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(s.charAt(i));
        }
        return out;
    }

    /** Deltas of two token lists as key ranges; {@code boundsA/B} map tokens to key ranges (null: one char each). */
    private static <T> List<Piece> pieces(List<T> a, List<T> b, List<int[]> boundsA, List<int[]> boundsB) {
        List<Piece> out = new ArrayList<>();
        for (AbstractDelta<T> delta : DiffUtils.diff(a, b).getDeltas()) {
            if (delta.getType() == DeltaType.EQUAL) {
                continue;
            }
            int sa = delta.getSource().getPosition();
            int sb = delta.getTarget().getPosition();
            int[] ra = keyRange(boundsA, sa, delta.getSource().size(), a.size());
            int[] rb = keyRange(boundsB, sb, delta.getTarget().size(), b.size());
            ChangeKind kind = delta.getType() == DeltaType.INSERT ? ChangeKind.INSERT
                    : delta.getType() == DeltaType.DELETE ? ChangeKind.DELETE : ChangeKind.REPLACE;
            out.add(new Piece(kind, ra[0], ra[1], rb[0], rb[1]));
        }
        return out;
    }

    private static int[] keyRange(List<int[]> bounds, int position, int size, int count) {
        if (bounds == null) {
            return new int[] {position, position + size};
        }
        int from = position < count ? bounds.get(position)[0] : (count == 0 ? 0 : bounds.get(count - 1)[1]);
        int to = size == 0 ? from : bounds.get(position + size - 1)[1];
        return new int[] {from, to};
    }

    /** The original span of key range {@code [from, to)}, empty at the next kept character. */
    static Span span(ComparableText text, int from, int to, int endFallback) {
        return text.span(from, to, text.originalAt(from, endFallback));
    }
}
