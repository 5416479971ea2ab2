package org.reportlens.core.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * UTF-8 text with a damaged stretch — too many bad bytes to replace them and go on, but clearly
 * UTF-8 all the same: most of its characters beyond ASCII are well-formed UTF-8, which text in
 * another encoding almost never is. Telling the user "damaged UTF-8, from byte N" is the real
 * reason; "it looks like Big5" (what a detector makes of the rest) is not.
 */
final class Utf8Damage {
    /** Enough well-formed multi-byte characters to be sure the text is UTF-8. */
    private static final int MIN_VALID = 20;
    /** Bad bytes may be at most this share of the bytes beyond ASCII. */
    private static final double MAX_INVALID_SHARE = 0.2;

    private Utf8Damage() {
    }

    /** "is damaged UTF-8 text: …" when the bytes are UTF-8 with damage in them; empty otherwise. */
    static Optional<String> of(byte[] bytes) {
        return measure(bytes).map(d -> String.format(Locale.ROOT, "is damaged UTF-8 text: %,d byte(s) are not"
                + " valid UTF-8, the first at offset %,d (too many to replace; a damaged copy?)", d.invalid(), d.first()));
    }

    /** How many bytes are bad and where the first is, when the bytes are UTF-8 with damage in them. */
    record Damage(long invalid, int first) {
    }

    static Optional<Damage> measure(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        long invalid = 0;
        long valid = 0;
        int first = -1;
        while (true) {
            int before = in.position();
            CoderResult result = decoder.decode(in, out, true);
            valid += countMultiByte(bytes, before, in.position());
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            if (first < 0) {
                first = in.position();
            }
            invalid += result.length();
            in.position(in.position() + result.length());
        }
        long beyondAscii = valid + invalid;
        if (invalid == 0 || valid < MIN_VALID || invalid > MAX_INVALID_SHARE * beyondAscii) {
            return Optional.empty();
        }
        return Optional.of(new Damage(invalid, first));
    }

    /** The lead bytes of multi-byte characters among bytes [from, to), which decoded well. */
    private static long countMultiByte(byte[] bytes, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if ((bytes[i] & 0xC0) == 0xC0) {
                n++;
            }
        }
        return n;
    }
}
