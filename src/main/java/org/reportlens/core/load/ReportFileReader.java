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
            return TextDecoder.decode(bytes);
        } catch (UndecodableException e) {
            throw new ReportLoadException(file, e.getMessage());
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
