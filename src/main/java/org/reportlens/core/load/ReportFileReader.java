package org.reportlens.core.load;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a report file from disk into {@link DecodedText}, within {@link ReadLimits}, turning every
 * way it can fail into a {@link ReportLoadException} whose message names the file and the real
 * problem. Only regular files are read: a named pipe or a device is refused before it is opened.
 */
public final class ReportFileReader {
    /** Files above this size are refused: the longest real reports are well under 1 MB. */
    public static final long DEFAULT_MAX_BYTES = ReadLimits.DEFAULTS.maxFileBytes();

    static {
        LibraryLogging.quiet();
    }

    private final ReadLimits limits;

    public ReportFileReader() {
        this(ReadLimits.DEFAULTS);
    }

    public ReportFileReader(long maxBytes) {
        this(ReadLimits.DEFAULTS.withMaxFileBytes(maxBytes));
    }

    public ReportFileReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits must not be null");
    }

    public ReadLimits limits() {
        return limits;
    }

    public DecodedText read(Path file) throws ReportLoadException {
        Objects.requireNonNull(file, "file must not be null");
        byte[] bytes;
        try {
            bytes = InputFile.readBytes(file, limits.maxFileBytes());
        } catch (FileReadException e) {
            throw new ReportLoadException(file, e.problem());
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        try {
            return decode(name, bytes, limits, Deadline.in(limits.timePerFile()));
        } catch (UndecodableException e) {
            throw new ReportLoadException(file, e.getMessage());
        } catch (Deadline.BudgetExceeded e) {
            throw new ReportLoadException(file, e.getMessage());
        }
    }

    /** Word, PDF and web pages by what they are (and by name for a .docx that is not one); the rest as text. */
    static DecodedText decode(String fileName, byte[] bytes, ReadLimits limits, Deadline deadline)
            throws UndecodableException {
        String name = fileName.toLowerCase(Locale.ROOT);
        FileSignature signature = FileSignature.of(bytes).orElse(null);
        DecodedText decoded;
        if (signature == FileSignature.PDF) {
            decoded = PdfText.extract(bytes, limits, deadline);
        } else if (signature == FileSignature.ZIP && (name.endsWith(".docx") || contains(bytes, WORD_PART))) {
            decoded = DocxText.extract(bytes, limits);
        } else if (name.endsWith(".docx")) {
            throw new UndecodableException("is not a Word document (.docx): it is not a ZIP archive");
        } else if (signature == null && HtmlText.looksLikeHtml(name, bytes)) {
            decoded = HtmlText.extract(bytes);
        } else {
            decoded = TextDecoder.decode(bytes);
        }
        if (decoded.text().length() > limits.maxTextChars()) {
            throw new UndecodableException(tooMuchText(decoded.text().length(), limits));
        }
        return decoded;
    }

    static String tooMuchText(long chars, ReadLimits limits) {
        return String.format(Locale.ROOT, "holds too much text (%,d characters; the limit is %,d)", chars,
                limits.maxTextChars());
    }

    /** A .docx holds this part; other ZIP files (.xlsx, .zip) do not. */
    private static final String WORD_PART = "word/document.xml";

    private static boolean contains(byte[] bytes, String asciiPart) {
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(asciiPart);
    }
}
