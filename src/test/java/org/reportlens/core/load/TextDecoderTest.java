package org.reportlens.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportlens.testing.Seeds;

class TextDecoderTest {
    private static final String REPORT = "一、2023年工作回顾\n全年实现地区生产总值444.6亿元，增长7%。主要指标好于预期，全市领先。\n";

    @Test
    void utf8WithoutBom() throws Exception {
        DecodedText d = TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(REPORT);
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void utf8BomIsDroppedSoOffsetsStartAtTheText() throws Exception {
        DecodedText d = TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                REPORT.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo(REPORT);
        assertThat(d.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf16WithByteOrderMarks() throws Exception {
        DecodedText le = TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                REPORT.getBytes(StandardCharsets.UTF_16LE)));
        DecodedText be = TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_16)); // Java writes a BE BOM
        assertThat(le.text()).isEqualTo(REPORT);
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        assertThat(be.text()).isEqualTo(REPORT);
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
    }

    @Test
    void utf16WithoutByteOrderMark() throws Exception {
        DecodedText le = TextDecoder.decode(REPORT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(le.text()).isEqualTo(REPORT);
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void gb18030AndGbkAreDetected() throws Exception {
        String seed = Files.readString(Seeds.DALIAN_2022);
        DecodedText gb = TextDecoder.decode(seed.getBytes(Charset.forName("GB18030")));
        assertThat(gb.text()).isEqualTo(seed);
        assertThat(gb.encoding()).isEqualTo("GB18030");
        DecodedText gbk = TextDecoder.decode(REPORT.getBytes(Charset.forName("GBK")));
        assertThat(gbk.text()).isEqualTo(REPORT);
        assertThat(gbk.encoding()).isEqualTo("GB18030");
    }

    @Test
    void aLastCharacterCutOffIsDroppedWithAWarning() throws Exception {
        byte[] whole = REPORT.strip().getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1); // "。" is three bytes; keep two
        DecodedText d = TextDecoder.decode(cut);
        assertThat(d.text()).isEqualTo(REPORT.strip().substring(0, REPORT.strip().length() - 1));
        assertThat(d.warnings()).singleElement().asString().contains("truncated");
    }

    @Test
    void aFewDamagedBytesInLongUtf8AreReplacedWithAWarning() throws Exception {
        byte[] half = REPORT.repeat(10).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(concat(half, new byte[] {(byte) 0xFF}), half);
        DecodedText d = TextDecoder.decode(bytes);
        assertThat(d.encoding()).isEqualTo("UTF-8");
        assertThat(d.text()).contains("\uFFFD");
        assertThat(d.warnings()).singleElement().asString().contains("1 invalid byte");
    }

    @Test
    void binaryFormatsAreNamed() {
        byte[] zip = concat(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, new byte[200]);
        assertThatThrownBy(() -> TextDecoder.decode(zip))
                .isInstanceOf(UndecodableException.class).hasMessageContaining("ZIP archive");
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, new byte[100]);
        assertThatThrownBy(() -> TextDecoder.decode(png)).hasMessageContaining("PNG image");
    }

    @Test
    void unknownBinaryIsRefused() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(UndecodableException.class).hasMessageContaining("not a text file");
    }

    @Test
    void bytesThatDecodeToGarbageAreRefused() {
        // High bytes with no NULs and no controls: no encoding we know decodes them as prose.
        byte[] bytes = new byte[3000];
        Random random = new Random(11);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + random.nextInt(0x80));
        }
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(UndecodableException.class)
                .hasMessageStartingWith("cannot be decoded: it");
    }

    @Test
    void mojibakeIsRefused() {
        // UTF-8 bytes of Chinese read as Latin-1, then saved as UTF-8: "å¤§è¿žå¸‚…"
        String garbled = new String(REPORT.repeat(3).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(garbled.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("garbled");
    }

    @Test
    void whitespaceOnlyIsNoText() {
        assertThatThrownBy(() -> TextDecoder.decode(" \n\u3000\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no text");
    }

    @Test
    void utf32IsNamedAsUnsupported() {
        assertThatThrownBy(() -> TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                "一".getBytes(Charset.forName("UTF-32LE"))))).hasMessageContaining("UTF-32");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
