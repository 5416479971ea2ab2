package org.reportlens.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a file a user named — a report, or a file given to an option (a workspace, a stock phrase
 * list, a metric name table) — refusing at once, with the real reason, what is not a regular file
 * of bounded size: a missing file, a folder, a named pipe or a device (which would block or never
 * end), a symbolic link that loops, a file over the limit. Never reads more than the limit.
 */
public final class InputFile {
    /** Files given to options (workspaces, stock phrases, metric names) are at most this large. */
    public static final long MAX_OPTION_FILE_BYTES = 10L * 1024 * 1024;
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private InputFile() {
    }

    /**
     * The bytes of {@code file}, at most {@code maxBytes} of them.
     *
     * @throws FileReadException naming the file and the reason when it is not a regular, non-empty
     *                           file of at most {@code maxBytes}, or cannot be read
     */
    public static byte[] readBytes(Path file, long maxBytes) throws FileReadException {
        Objects.requireNonNull(file, "file must not be null");
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new FileReadException(file, describe(file, e));
        }
        if (attributes.isDirectory()) {
            throw new FileReadException(file, "is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new FileReadException(file, "is " + specialKind(file) + ", not a file");
        }
        if (attributes.size() > maxBytes) {
            throw new FileReadException(file, tooLarge(attributes.size(), maxBytes));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // the file may have grown since its size was read: never take more than the limit
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new FileReadException(file, describe(file, e));
        }
        if (bytes.length > maxBytes) {
            throw new FileReadException(file, "is too large (it grew while being read); the limit is "
                    + bytesAndMegabytes(maxBytes));
        }
        if (bytes.length == 0) {
            throw new FileReadException(file, "is empty");
        }
        return bytes;
    }

    /**
     * A file given to an option, as UTF-8 text (a byte order mark is dropped, as Notepad writes
     * one): at most {@link #MAX_OPTION_FILE_BYTES}, and refused with the place of the first byte
     * that is not UTF-8.
     */
    public static String readUtf8(Path file) throws FileReadException {
        byte[] bytes = readBytes(file, MAX_OPTION_FILE_BYTES);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (start == 0 && bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw new FileReadException(file, "is UTF-16 text; save it as UTF-8");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
        } catch (CharacterCodingException e) {
            // the decoder stops at the bad byte, so the buffer's position is where it is
            throw new FileReadException(file, "is not UTF-8 text (the byte at offset " + in.position()
                    + " is not valid UTF-8); save it as UTF-8");
        }
    }

    /**
     * What went wrong with {@code file}, in a few words for a user: "no such file", "permission
     * denied", "is a symbolic link that loops" — never only the path, which is what most
     * {@link IOException}s carry as their message.
     */
    public static String describe(Path file, IOException e) {
        if (e instanceof FileReadException r) {
            return r.problem();
        }
        if (e instanceof NoSuchFileException) {
            return missing(file);
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof MalformedInputException) {
            return "is not valid UTF-8 text";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String reason = f.getReason();
            if (reason.startsWith("Too many levels of symbolic links")) {
                return "is a symbolic link that loops (it leads back to itself)";
            }
            if (reason.startsWith("Not a directory")) {
                return "a part of the path is a file, not a folder";
            }
            return lowerFirst(reason);
        }
        String message = e.getMessage();
        if (message == null || message.isBlank() || file != null && message.equals(file.toString())) {
            return "cannot be read (" + e.getClass().getSimpleName() + ")";
        }
        return lowerFirst(message);
    }

    /** "no such file", or why: a dangling symbolic link, a missing folder. */
    static String missing(Path file) {
        if (file == null) {
            return "no such file";
        }
        if (Files.isSymbolicLink(file)) {
            try {
                return "is a symbolic link to a missing file (" + Files.readSymbolicLink(file) + ")";
            } catch (IOException | UnsupportedOperationException e) {
                return "is a symbolic link to a missing file";
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.exists(parent)) {
            Path missing = parent;
            while (missing.getParent() != null && !Files.exists(missing.getParent())) {
                missing = missing.getParent();
            }
            return "no such file (the folder " + missing + " does not exist)";
        }
        return "no such file";
    }

    /** "a named pipe (FIFO)", "a device", "a socket": what a path that is neither file nor folder is. */
    static String specialKind(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode") & S_IFMT;
            return switch (mode) {
                case S_IFIFO -> "a named pipe (FIFO)";
                case S_IFCHR, S_IFBLK -> "a device";
                case S_IFSOCK -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file (a device, pipe or socket)";
        }
    }

    /** "is too large (20,971,521 bytes); the limit is 20,971,520 bytes (20 MB)". */
    public static String tooLarge(long size, long maxBytes) {
        return "is too large (" + bytes(size) + "); the limit is " + bytesAndMegabytes(maxBytes);
    }

    static String bytesAndMegabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        String shown = mb == Math.rint(mb) ? String.format(Locale.ROOT, "%.0f MB", mb)
                : String.format(Locale.ROOT, "%.1f MB", mb);
        return bytes(bytes) + " (" + shown + ")";
    }

    static String bytes(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))
                ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
