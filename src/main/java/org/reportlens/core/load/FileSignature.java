package org.reportlens.core.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Recognises common binary formats by their first bytes, to tell a user what a file really is. */
enum FileSignature {
    ZIP("a ZIP archive (a .docx or .xlsx file?)", new byte[] {'P', 'K', 3, 4}),
    PDF("a PDF document", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
    OLE2("an old Office document (.doc/.xls)", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}),
    PNG("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    JPEG("a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    GIF("a GIF image", "GIF8".getBytes(StandardCharsets.US_ASCII)),
    GZIP("a gzip archive", new byte[] {0x1F, (byte) 0x8B}),
    RAR("a RAR archive", "Rar!".getBytes(StandardCharsets.US_ASCII)),
    SEVEN_ZIP("a 7-Zip archive", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}),
    ELF("a program (ELF executable)", new byte[] {0x7F, 'E', 'L', 'F'}),
    WINDOWS_EXE("a program (Windows executable)", new byte[] {'M', 'Z'});

    private final String description;
    private final byte[] magic;

    FileSignature(String description, byte[] magic) {
        this.description = description;
        this.magic = magic;
    }

    String description() {
        return description;
    }

    static Optional<FileSignature> of(byte[] bytes) {
        return Arrays.stream(values())
                .filter(s -> bytes.length >= s.magic.length
                        && Arrays.equals(bytes, 0, s.magic.length, s.magic, 0, s.magic.length))
                .findFirst();
    }
}
