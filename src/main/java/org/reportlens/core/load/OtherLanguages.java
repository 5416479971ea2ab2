package org.reportlens.core.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Map;
import java.util.Optional;

/**
 * Japanese and Korean text in their legacy encodings (Shift_JIS, EUC-JP, ISO-2022-JP, EUC-KR,
 * ISO-2022-KR): their bytes also decode as GB18030, to garbage, so a file ICU's detector takes for
 * one of them is refused, not read. The detector's word alone is not enough — it is decoded in that
 * encoding and must show the language's own script: kana for Japanese, Hangul for Korean.
 */
final class OtherLanguages {
    private static final Map<String, String> LANGUAGES = Map.of("Shift_JIS", "Japanese", "EUC-JP", "Japanese",
            "ISO-2022-JP", "Japanese", "EUC-KR", "Korean", "ISO-2022-KR", "Korean");
    /** Japanese prose has a kana in every few characters; Chinese decoded as Shift_JIS has few. */
    private static final double MIN_KANA_SHARE = 0.15;
    private static final double MIN_HANGUL_SHARE = 0.5;
    private static final byte ESC = 0x1B;

    private OtherLanguages() {
    }

    /**
     * The ISO-2022 encoding of 7-bit text, by the escape sequence that switches it to its
     * characters: such text is also valid ASCII, and would read as "$B@/I\\$". Empty when there is none.
     */
    static Optional<String> iso2022(byte[] bytes) {
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] != ESC) {
                continue;
            }
            if (bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
                return Optional.of("ISO-2022-JP");
            }
            if (bytes[i + 1] == '$' && bytes[i + 2] == ')') {
                return Optional.of(bytes[i + 3] == 'C' ? "ISO-2022-KR" : "ISO-2022-CN");
            }
        }
        return Optional.empty();
    }

    /** "Japanese" or "Korean" when {@code bytes}, in the encoding {@code detected}, are text of that language. */
    static Optional<String> recognise(byte[] bytes, String detected) {
        String language = LANGUAGES.get(detected);
        if (language == null || !Charset.isSupported(detected)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Charset.forName(detected).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        int letters = 0;
        int own = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp) || cp < 0x80) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            // full-width kana only: GBK's common bytes read as Shift_JIS's half-width katakana
            boolean kana = script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA && cp < 0xFF00;
            if (language.equals("Japanese") ? kana : script == Character.UnicodeScript.HANGUL) {
                own++;
            }
        }
        double share = letters == 0 ? 0 : (double) own / letters;
        return share >= (language.equals("Japanese") ? MIN_KANA_SHARE : MIN_HANGUL_SHARE)
                ? Optional.of(language) : Optional.empty();
    }
}
