package org.reportlens.core.load;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the bytes of a report into text, finding the encoding. Order of evidence: a byte-order
 * mark; a recognised binary format; UTF-16 without a mark; strict UTF-8; then ICU4J's statistical
 * detector, trusted only for the Chinese encodings a report comes in (GB18030, which includes GBK
 * and GB2312, and Big5). Whatever decodes must also look like text, or it is refused as garbage.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> DETECTABLE = Set.of("GB18030", "Big5");
    /** ICU reports 0–100; real Chinese prose of a few hundred characters scores far above this. */
    private static final int MIN_DETECTOR_CONFIDENCE = 20;
    /** A page's declared charset gives way to a Chinese encoding the detector is this much surer of. */
    private static final int MIN_CONFIDENCE_LEAD = 30;
    /** Up to this many zero bytes (or one in a thousand) are dropped as damage; more mean binary or UTF-16. */
    private static final int MAX_STRAY_NULS = 3;
    /** A file whose only UTF-8 errors are this rare is damaged UTF-8, not another encoding. */
    private static final double TOLERATED_UTF8_ERROR_RATE = 0.001;

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws UndecodableException with a short reason when the bytes are binary, empty of text,
     *                              or not in an encoding we can recognise
     */
    public static DecodedText decode(byte[] bytes) throws UndecodableException {
        Objects.requireNonNull(bytes, "bytes must not be null");
        Optional<DecodedText> byBom = decodeByByteOrderMark(bytes);
        if (byBom.isPresent()) {
            return checked(byBom.get());
        }
        int nuls = count(bytes, (byte) 0);
        if (nuls > 0 && nuls <= Math.max(MAX_STRAY_NULS, bytes.length / 1000) && FileSignature.of(bytes).isEmpty()) {
            // a stray zero byte or two in a text file (a bad copy, a tool's slip) is damage, not binary data
            return withWarning(decode(without(bytes, (byte) 0)), nuls + " zero byte(s) (NUL) dropped");
        }
        boolean hasNul = nuls > 0;
        Optional<FileSignature> signature = FileSignature.of(bytes);
        if (signature.isPresent() && (hasNul || !isStrictUtf8(bytes))) {
            throw new UndecodableException("not a text file: it is " + signature.get().description());
        }
        if (hasNul) {
            return checked(decodeUtf16WithoutBom(bytes)
                    .orElseThrow(() -> new UndecodableException("not a text file: it contains binary data")));
        }
        Optional<String> iso2022 = OtherLanguages.iso2022(bytes);
        if (iso2022.isPresent()) {
            return decodeIso2022(bytes, iso2022.get());
        }
        if (controlByteShare(bytes) > 0.01) {
            throw new UndecodableException("not a text file: it contains binary data");
        }
        Optional<DecodedText> utf8 = decodeUtf8(bytes);
        if (utf8.isPresent()) {
            return checked(utf8.get());
        }
        Optional<String> damage = Utf8Damage.of(bytes);
        if (damage.isPresent()) {
            throw new UndecodableException(damage.get());
        }
        return checked(decodeDetected(bytes));
    }

    private static Optional<DecodedText> decodeByByteOrderMark(byte[] b) throws UndecodableException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(decodeUtf8Body(b, 3)
                    .orElseThrow(() -> new UndecodableException("has a UTF-8 byte-order mark but is not valid UTF-8")));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00) || startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new UndecodableException("is UTF-32 text, which is not supported; save it as UTF-8");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE"));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE"));
        }
        return Optional.empty();
    }

    /** UTF-16 without a mark shows as zero bytes at every other position in ASCII runs. */
    private static Optional<DecodedText> decodeUtf16WithoutBom(byte[] b) {
        if (b.length % 2 != 0) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        Charset charset = zeroOdd > zeroEven ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        try {
            String text = newStrictDecoder(charset).decode(ByteBuffer.wrap(b)).toString();
            if (TextPlausibility.of(text).implausibleShare() < 0.02) {
                return Optional.of(new DecodedText(text, charset.name(), List.of()));
            }
        } catch (CharacterCodingException e) {
            // not UTF-16 either: fall through to "binary"
        }
        return Optional.empty();
    }

    private static Optional<DecodedText> decodeUtf8(byte[] b) {
        return decodeUtf8Body(b, 0);
    }

    /**
     * Strict UTF-8, except for two kinds of damage we accept with a warning: a last character cut
     * off by truncation, and a handful of invalid bytes in an otherwise valid file.
     */
    private static Optional<DecodedText> decodeUtf8Body(byte[] b, int offset) {
        CharsetDecoder decoder = newStrictDecoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate(b.length - offset + 1);
        List<String> warnings = new ArrayList<>();
        int invalidBytes = 0;
        int nonAsciiBytes = 0;
        for (int i = offset; i < b.length; i++) {
            if (b[i] < 0) {
                nonAsciiBytes++;
            }
        }
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                result = decoder.flush(out);
            }
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                throw new IllegalStateException("output buffer sized for the worst case overflowed");
            }
            boolean atEnd = in.position() + result.length() >= in.limit();
            if (atEnd && result.isMalformed() && in.limit() - in.position() < 4 && invalidBytes == 0) {
                warnings.add("the file ends in the middle of a character (truncated?); the partial character was dropped");
                in.position(in.limit());
                continue;
            }
            invalidBytes += result.length();
            out.put('\uFFFD');
            in.position(in.position() + result.length());
        }
        if (invalidBytes > 0) {
            boolean rare = invalidBytes <= Math.max(3, TOLERATED_UTF8_ERROR_RATE * (b.length - offset))
                    && nonAsciiBytes > 20 * invalidBytes;
            if (!rare) {
                return Optional.empty();
            }
            warnings.add(invalidBytes + " invalid byte(s) replaced with \uFFFD");
        }
        out.flip();
        return Optional.of(new DecodedText(out.toString(), "UTF-8", warnings));
    }

    /** Chinese in ISO-2022-CN is read; Japanese and Korean are refused, as in their other encodings. */
    private static DecodedText decodeIso2022(byte[] b, String name) throws UndecodableException {
        Optional<String> language = OtherLanguages.recognise(b, name);
        if (language.isPresent()) {
            throw otherLanguage(language.get(), name);
        }
        if (!Charset.isSupported(name)) {
            throw new UndecodableException("is " + name + " text, which is not supported; save it as UTF-8");
        }
        return checked(strictOrFail(b, Charset.forName(name), name));
    }

    static UndecodableException otherLanguage(String language, String encoding) {
        return new UndecodableException("is " + language + " text (" + encoding + "), not Chinese:"
                + " ReportLens reads Chinese reports; if this is one, save it as UTF-8");
    }

    private static DecodedText decodeDetected(byte[] b) throws UndecodableException {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(b);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < MIN_DETECTOR_CONFIDENCE) {
                break;
            }
            String name = match.getName();
            Optional<String> language = OtherLanguages.recognise(b, name);
            if (language.isPresent()) {
                throw otherLanguage(language.get(), name);
            }
            if (name.equals("GB18030") || name.equals("GBK") || name.equals("GB2312")) {
                return strictOrFail(b, GB18030, "GB18030");
            }
            if (DETECTABLE.contains(name)) {
                return strictOrFail(b, Charset.forName(name), name);
            }
        }
        if (isStrict(b, GB18030)) {
            // The detector needs enough text; short GB18030 files still decode cleanly.
            DecodedText text = strictOrFail(b, GB18030, "GB18030");
            if (TextPlausibility.of(text.text()).looksLikeChineseProse()) {
                return text;
            }
        }
        throw new UndecodableException("cannot be decoded: it is not UTF-8, UTF-16 or GB18030/GBK text");
    }

    private static DecodedText strictOrFail(byte[] b, Charset charset, String name) throws UndecodableException {
        try {
            return strict(b, 0, charset, name);
        } catch (UndecodableException e) {
            throw new UndecodableException("cannot be decoded: it looks like " + name
                    + " but has invalid byte sequences (a damaged file, or another encoding)");
        }
    }

    private static DecodedText strict(byte[] b, int offset, Charset charset, String name) throws UndecodableException {
        try {
            String text = newStrictDecoder(charset).decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            return new DecodedText(text, name, List.of());
        } catch (CharacterCodingException e) {
            throw new UndecodableException("is not valid " + name + " text");
        }
    }

    /** Decoding succeeded; refuse what is still not text a person wrote. */
    private static DecodedText checked(DecodedText decoded) throws UndecodableException {
        String text = decoded.text();
        if (!TextPlausibility.hasVisibleText(text)) {
            throw new UndecodableException("contains no text (only spaces, line breaks or invisible characters)");
        }
        TextPlausibility plausibility = TextPlausibility.of(text);
        if (plausibility.looksLikeMojibake()) {
            throw new UndecodableException("decodes as " + decoded.encoding()
                    + " to garbled characters (text that was converted with the wrong encoding)");
        }
        if (plausibility.implausibleShare() > 0.05) {
            throw new UndecodableException("decodes as " + decoded.encoding()
                    + " to unreadable characters (binary data or a wrong encoding)");
        }
        return decoded;
    }

    private static boolean isStrictUtf8(byte[] b) {
        return isStrict(b, StandardCharsets.UTF_8);
    }

    private static boolean isStrict(byte[] b, Charset charset) {
        try {
            newStrictDecoder(charset).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder newStrictDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static double controlByteShare(byte[] b) {
        int control = 0;
        for (byte x : b) {
            if (x >= 0 && x < 0x20 && x != '\n' && x != '\r' && x != '\t' && x != '\f') {
                control++;
            }
        }
        return b.length == 0 ? 0 : (double) control / b.length;
    }

    /** Whether the bytes open with a UTF-8 or UTF-16 byte order mark. */
    static boolean hasByteOrderMark(byte[] b) {
        return startsWith(b, 0xEF, 0xBB, 0xBF) || startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int count(byte[] b, byte value) {
        int n = 0;
        for (byte x : b) {
            if (x == value) {
                n++;
            }
        }
        return n;
    }

    private static byte[] without(byte[] b, byte value) {
        byte[] out = new byte[b.length - count(b, value)];
        int at = 0;
        for (byte x : b) {
            if (x != value) {
                out[at++] = x;
            }
        }
        return out;
    }

    /**
     * Decodes a web page that declares {@code declared} as its charset, checking the declaration
     * against the bytes: the declared charset is used when the bytes are valid in it, decode to
     * plausible text, and no stronger evidence says otherwise — bytes that are valid UTF-8 beyond
     * ASCII are UTF-8; a Chinese encoding the detector is far surer of wins. Otherwise the bytes
     * are decoded as what they are, with a warning saying so.
     */
    static DecodedText decodeAsDeclared(byte[] b, String declaredName, Charset declared) throws UndecodableException {
        String name = declared.name();
        String said = declaredName.equalsIgnoreCase(name) ? name : declaredName + " (read as " + name + ")";
        Optional<String> language = OtherLanguages.recognise(b, name);
        if (language.isPresent()) {
            throw otherLanguage(language.get(), name);
        }
        DecodedText asDeclared;
        try {
            asDeclared = checked(strict(b, 0, declared, name));
        } catch (UndecodableException e) {
            asDeclared = null;
        }
        DecodedText detected;
        try {
            detected = decode(b);
        } catch (UndecodableException e) {
            Optional<Utf8Damage.Damage> damage = Utf8Damage.measure(b);
            if (asDeclared == null && damage.isPresent() && name.equals("UTF-8")) {
                // the page says UTF-8 and its bytes are mostly UTF-8: the rest is damage, shown as a browser shows it
                return withWarning(checked(new DecodedText(new String(b, StandardCharsets.UTF_8), name, List.of())),
                        String.format(java.util.Locale.ROOT, "%,d byte(s) are not valid UTF-8 and were replaced with"
                                + " \uFFFD, the first at offset %,d", damage.get().invalid(), damage.get().first()));
            }
            if (asDeclared == null && damage.isPresent()) {
                throw e;
            }
            if (asDeclared == null) {
                throw new UndecodableException("declares the charset " + said + " but is not valid " + name
                        + " text, and " + e.getMessage());
            }
            return asDeclared;
        }
        if (detected.encoding().equals(name) || isAscii(b)) {
            return asDeclared != null ? asDeclared : detected;
        }
        boolean utf8 = detected.encoding().equals("UTF-8") && detected.warnings().isEmpty();
        boolean surer = DETECTABLE.contains(detected.encoding())
                && confidence(b, detected.encoding()) >= confidence(b, name) + MIN_CONFIDENCE_LEAD;
        if (asDeclared == null || utf8 || surer) {
            return withWarning(detected, "the page declares the charset " + said + " but its bytes are "
                    + detected.encoding() + "; read as " + detected.encoding());
        }
        return asDeclared;
    }

    /** ICU's confidence (0–100) that the bytes are in the charset {@code name}. */
    private static int confidence(byte[] b, String name) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(b);
        for (CharsetMatch match : detector.detectAll()) {
            String matched = match.getName();
            if (matched.equals(name) || name.equals("GB18030") && (matched.equals("GBK") || matched.equals("GB2312"))) {
                return match.getConfidence();
            }
        }
        return 0;
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    static DecodedText withWarning(DecodedText decoded, String warning) {
        List<String> warnings = new ArrayList<>(decoded.warnings());
        warnings.add(warning);
        return new DecodedText(decoded.text(), decoded.encoding(), warnings);
    }
}
