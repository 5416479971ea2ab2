package org.reportlens.core.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Length-preserving NFKC-style folding: each BMP character whose NFKC form is a single character
 * is replaced by it, so full-width {@code （一）１２３，：；} become {@code (一)123,:;} and the
 * ideographic space becomes a plain space. Characters whose NFKC form is longer ({@code ㎡},
 * {@code …}) are left alone, so offsets in folded text equal offsets in the input.
 */
public final class CharFolding {
    private static final char[] TABLE = buildTable();

    private CharFolding() {
    }

    public static char fold(char c) {
        return TABLE[c];
    }

    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TABLE[s.charAt(i)];
        }
        return new String(out);
    }

    private static char[] buildTable() {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = (char) c;
            if (c < 0x80 || Character.isSurrogate((char) c)) {
                continue;
            }
            String folded = nfkc.normalize(String.valueOf((char) c));
            if (folded.length() == 1) {
                table[c] = folded.charAt(0);
            }
        }
        table['\u3000'] = ' ';
        table['\u00A0'] = ' ';
        return table;
    }
}
