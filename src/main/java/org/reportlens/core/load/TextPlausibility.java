package org.reportlens.core.load;

/**
 * How much a decoded string looks like text a person wrote: the share of characters no report
 * would contain (controls, private use, unassigned code points, replacement characters), and the
 * signs of mojibake (UTF-8 read as Latin-1 gives runs of {@code å¤§è¿}).
 */
record TextPlausibility(int length, int implausible, int latin1Supplement, int han) {

    static TextPlausibility of(String text) {
        int implausible = 0;
        int latin1 = 0;
        int han = 0;
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            length++;
            if (cp >= 0x80 && cp <= 0xFF) {
                latin1++;
            }
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
            }
            if (!isPlausible(cp)) {
                implausible++;
            }
        }
        return new TextPlausibility(length, implausible, latin1, han);
    }

    private static boolean isPlausible(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 && cp != 0x7F || cp == '\n' || cp == '\r' || cp == '\t' || cp == '\f';
        }
        if (cp == 0xFFFD) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED && type != Character.SURROGATE;
    }

    /**
     * Whether the text has a character a reader can see: a file of spaces, no-break spaces,
     * zero-width spaces, byte order marks and line separators only is empty.
     */
    static boolean hasVisibleText(CharSequence text) {
        return text.codePoints().anyMatch(cp -> !isInvisible(cp));
    }

    private static boolean isInvisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        // zero-width spaces and joiners, byte order marks; the Hangul and braille blanks look like spaces
        return type == Character.FORMAT || type == Character.CONTROL || cp == 0x3164 || cp == 0xFFA0
                || cp == 0x2800 || cp == 0x115F || cp == 0x1160;
    }

    double implausibleShare() {
        return length == 0 ? 0 : (double) implausible / length;
    }

    boolean looksLikeMojibake() {
        return latin1Supplement >= 10 && latin1Supplement > han;
    }

    boolean looksLikeChineseProse() {
        return han >= 2 && implausibleShare() < 0.01 && !looksLikeMojibake();
    }
}
