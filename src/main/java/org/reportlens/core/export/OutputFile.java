package org.reportlens.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reportlens.core.load.InputFile;

/**
 * Writes an output to the file a user named, without ever destroying what they did not mean to:
 * <ul>
 *   <li>a file the run reads — a report, the workspace, a file named by an option — is refused,
 *       compared by what it is, not by its name ({@code ./r.txt}, a symbolic or a hard link to
 *       it are the same file);</li>
 *   <li>a read-only file and a folder are refused;</li>
 *   <li>an ordinary file is replaced atomically and keeps its permissions ({@link AtomicFile}); a
 *       symbolic link stays a link to the file it names, which is replaced;</li>
 *   <li>a device or a named pipe ({@code /dev/stdout}, a FIFO) is written to as a stream, never
 *       replaced;</li>
 *   <li>a new file is created with the user's usual permissions, in a folder that must exist.</li>
 * </ul>
 * Every refusal or failure is an {@link OutputException} naming the file and the reason.
 */
public final class OutputFile {
    private OutputFile() {
    }

    private enum Kind { NEW, REGULAR, STREAM }

    /**
     * Checks, before any work is done, that {@code target} may be written.
     *
     * @param kept the files the run reads, each with what to call it ("the report r.txt")
     */
    public static void check(Path target, Map<Path, String> kept) throws OutputException {
        kind(target, kept);
    }

    /** Writes {@code bytes} to {@code target}, checked as {@link #check} does. */
    public static void write(Path target, byte[] bytes, Map<Path, String> kept) throws OutputException {
        Objects.requireNonNull(bytes, "bytes must not be null");
        Kind kind = kind(target, kept);
        try {
            if (kind == Kind.STREAM) {
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                    out.write(bytes);
                }
            } else {
                AtomicFile.write(target, bytes);
            }
        } catch (IOException e) {
            throw new OutputException(target.toString(), InputFile.describe(target, e));
        }
    }

    private static Kind kind(Path target, Map<Path, String> kept) throws OutputException {
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(kept, "kept must not be null");
        String name = target.toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(target)) {
                throw new OutputException(name, InputFile.describe(target, e));
            }
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new OutputException(name, Files.exists(parent) ? parent + " is not a folder"
                        : "the folder " + parent + " does not exist");
            }
            return Kind.NEW;
        } catch (IOException e) {
            throw new OutputException(name, InputFile.describe(target, e));
        }
        if (attributes.isDirectory()) {
            throw new OutputException(name, "it is a directory; name a file to write to");
        }
        for (Map.Entry<Path, String> k : kept.entrySet()) {
            if (same(target, k.getKey())) {
                throw new OutputException(name, "it is the same file as " + k.getValue()
                        + ", which this run reads; it is not written over (choose another output file)");
            }
        }
        if (!attributes.isRegularFile()) {
            return Kind.STREAM;
        }
        if (readOnly(target)) {
            throw new OutputException(name, "it is read-only; it is not written over");
        }
        return Kind.REGULAR;
    }

    /** Whether the two name the same file (links and other spellings included); false when either cannot be looked at. */
    public static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            // a file that cannot be looked at (missing, say) is not the output
            return false;
        }
    }

    /** Without a write permission for anyone, or not writable for us: root may write anything, but a 0444 file says "keep". */
    private static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return !p.contains(PosixFilePermission.OWNER_WRITE) && !p.contains(PosixFilePermission.GROUP_WRITE)
                    && !p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
