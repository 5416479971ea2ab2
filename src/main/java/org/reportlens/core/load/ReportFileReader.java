package org.reportlens.core.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a report file from disk into {@link DecodedText}, turning every way it can fail into a
 * {@link ReportLoadException} whose message names the file and the problem.
 */
public final class ReportFileReader {
    /** Files above this size are refused: the longest real reports are well under 1 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public ReportFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ReportFileReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public DecodedText read(Path file) throws ReportLoadException {
        Objects.requireNonNull(file, "file must not be null");
        if (Files.isDirectory(file)) {
            throw new ReportLoadException(file, "is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new ReportLoadException(file, "no such file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ReportLoadException(file, "is too large (" + megabytes(size)
                        + "); the limit is " + megabytes(maxBytes));
            }
            if (size == 0) {
                throw new ReportLoadException(file, "is empty");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReportLoadException(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new ReportLoadException(file, "permission denied");
        } catch (IOException e) {
            throw new ReportLoadException(file, "cannot be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        if (bytes.length > maxBytes) {
            throw new ReportLoadException(file, "is too large; the limit is " + megabytes(maxBytes));
        }
        try {
            return decode(file.getFileName() == null ? "" : file.getFileName().toString(), bytes);
        } catch (UndecodableException e) {
            throw new ReportLoadException(file, e.getMessage());
        }
    }

    /** Word, PDF and web pages by what they are (and by name for a .docx that is not one); the rest as text. */
    static DecodedText decode(String fileName, byte[] bytes) throws UndecodableException {
        String name = fileName.toLowerCase(Locale.ROOT);
        FileSignature signature = FileSignature.of(bytes).orElse(null);
        if (signature == FileSignature.PDF) {
            return PdfText.extract(bytes);
        }
        if (signature == FileSignature.ZIP && (name.endsWith(".docx") || contains(bytes, WORD_PART))) {
            return DocxText.extract(bytes);
        }
        if (name.endsWith(".docx")) {
            throw new UndecodableException("is not a Word document (.docx): it is not a ZIP archive");
        }
        if (signature == null && HtmlText.looksLikeHtml(name, bytes)) {
            return HtmlText.extract(bytes);
        }
        return TextDecoder.decode(bytes);
    }

    /** A .docx holds this part; other ZIP files (.xlsx, .zip) do not. */
    private static final String WORD_PART = "word/document.xml";

    private static boolean contains(byte[] bytes, String asciiPart) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(asciiPart);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
