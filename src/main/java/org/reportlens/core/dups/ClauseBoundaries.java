package org.reportlens.core.dups;

import java.util.BitSet;
import org.reportlens.core.text.ComparableText;

/**
 * Where a passage may begin and end: at a clause boundary — right after 。；，、！？： (or their
 * half-width forms), after a closing quote or bracket that follows one, at a line end, or at either
 * end of the text. A passage cut anywhere else reads as starting or ending mid-word ("日在大连市…",
 * "…一、202").
 *
 * <p>Positions are offsets between comparable characters: position {@code i} lies before key
 * character {@code i}, so a text of {@code n} characters has positions {@code 0..n}. Half-width
 * {@code , . :} between two digits belong to a number (1,200, 7.5, 13:30) and are no boundary; nor
 * is the place right after a heading's number at a line start ("一、", "1."): a passage may end
 * before the number, not after it.
 */
final class ClauseBoundaries {
    /** Closing marks that belong to the clause before them: 。” ends the quotation too. */
    private static final String CLOSING = "”’\"')）]】」』》〉";

    private ClauseBoundaries() {
    }

    /**
     * The boundaries of a report's comparable text, line ends read from the original text.
     *
     * @param key      the report's comparable characters and their original offsets
     * @param original the text those offsets index into
     */
    static BitSet of(ComparableText key, String original) {
        String chars = key.key();
        BitSet boundaries = punctuation(chars);
        BitSet lineStarts = new BitSet();
        lineStarts.set(0);
        for (int i = 1; i < chars.length(); i++) {
            int from = key.originalAt(i - 1, original.length()) + 1;
            int to = key.originalAt(i, original.length());
            for (int at = from; at < to; at++) {
                char c = original.charAt(at);
                if (c == '\n' || c == '\r') {
                    lineStarts.set(i);
                    break;
                }
            }
        }
        boundaries.or(lineStarts);
        for (int s = lineStarts.nextSetBit(0); s >= 0; s = lineStarts.nextSetBit(s + 1)) {
            int after = afterListNumber(chars, s);
            if (after > 0) {
                boundaries.clear(after); // "…提出意见。一、" would end on a heading's number
            }
        }
        return boundaries;
    }

    private static final String NUMERALS = "一二三四五六七八九十0123456789";

    /**
     * Where the punctuation of a heading's number ends when line start {@code s} opens with one
     * ("一、", "1.", "(二)、", "第三，"), else -1: a passage may end before the number, not after it.
     */
    static int afterListNumber(String chars, int s) {
        int at = s;
        while (at < chars.length() && chars.charAt(at) == '#') { // a Markdown heading: "## 一、"
            at++;
        }
        if (at < chars.length() && (chars.charAt(at) == '(' || chars.charAt(at) == '第')) {
            at++;
        }
        int digits = at;
        while (at < chars.length() && at - digits < 3 && NUMERALS.indexOf(chars.charAt(at)) >= 0) {
            at++;
        }
        if (at == digits) {
            return -1;
        }
        if (at < chars.length() && chars.charAt(at) == ')') {
            at++;
        }
        return at < chars.length() && "、.,:".indexOf(chars.charAt(at)) >= 0 ? at + 1 : -1;
    }

    /** The boundaries a text's punctuation and its two ends give, without line ends. */
    static BitSet punctuation(String chars) {
        int n = chars.length();
        BitSet boundaries = new BitSet(n + 1);
        boundaries.set(0);
        boundaries.set(n);
        for (int i = 0; i < n; i++) {
            if (endsClause(chars, i)) {
                int after = i + 1;
                while (after < n && CLOSING.indexOf(chars.charAt(after)) >= 0) {
                    after++;
                }
                boundaries.set(after);
            }
        }
        return boundaries;
    }

    /** Whether {@code c} is clause punctuation, as it reads after width folding. */
    static boolean isClauseEnd(char c) {
        // after folding ，→, ；→; ：→: ！→! ？→? ．→. — the full-width forms stay for unfolded text;
        // a switch rather than a search of a string, as this runs for every character of a corpus
        switch (c) {
            case '。', '；', '，', '、', '！', '？', '：', ';', ',', ':', '!', '?', '.':
                return true;
            default:
                return false;
        }
    }

    private static boolean endsClause(String chars, int i) {
        char c = chars.charAt(i);
        if (!isClauseEnd(c)) {
            return false;
        }
        boolean inNumber = c < 0x80 && i > 0 && i + 1 < chars.length() && isDigit(chars.charAt(i - 1))
                && isDigit(chars.charAt(i + 1));
        return !inNumber;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
