package org.reportlens.core.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is either the old one or the whole new one, never half of it: the bytes
 * go to a temporary file beside it, are flushed to disk, and the temporary file is moved over it.
 * A file that was there keeps its permissions; a new one gets the user's usual ones (the umask),
 * as any program's new file does. A symbolic link stays a link: the file it points to is replaced.
 *
 * <p>The temporary file is named {@code .NAME.reportlens-PID-RANDOM.tmp}, so that one left behind
 * by a process that was killed is recognised: the next write of the same file deletes those whose
 * process is gone.
 */
public final class AtomicFile {
    private static final String MARK = ".reportlens-";
    private static final Pattern TEMP = Pattern.compile("\\.reportlens-(\\d+)-[0-9a-f]+\\.tmp$");

    private AtomicFile() {
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = resolveLinks(file.toAbsolutePath());
        Path dir = target.getParent();
        sweepStale(dir, target.getFileName().toString());
        Set<PosixFilePermission> kept = Files.isRegularFile(target) ? permissions(target) : null;
        Path temp = dir.resolve("." + target.getFileName() + MARK + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
        try {
            // no permissions asked for: the system gives the user's usual ones, as to any new file
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (kept != null) {
                Files.setPosixFilePermissions(temp, kept);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Whether {@code name} is a temporary file of this class, for tests and sweeps. */
    public static boolean isTemporary(String name) {
        return TEMP.matcher(name).find();
    }

    /** The file a chain of symbolic links ends at (the path itself when it is no link). */
    static Path resolveLinks(Path file) throws IOException {
        Path p = file;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) {
                throw new java.nio.file.FileSystemException(file.toString(), null, "Too many levels of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        return view == null ? null : view.readAttributes().permissions();
    }

    /** Deletes temporary files of {@code name} left behind by processes that no longer run. */
    private static void sweepStale(Path dir, String name) {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, "." + globEscaped(name) + MARK + "*.tmp")) {
            for (Path temp : temps) {
                Matcher m = TEMP.matcher(temp.getFileName().toString());
                if (m.find() && !running(m.group(1))) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // sweeping is tidying up: it never stands in the way of the write itself
        }
    }

    private static boolean running(String pid) {
        try {
            long id = Long.parseLong(pid);
            return id == ProcessHandle.current().pid()
                    || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static String globEscaped(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
