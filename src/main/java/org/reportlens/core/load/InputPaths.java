package org.reportlens.core.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one way files and folders named by a user become report files, for the viewer and every
 * command. A file named is kept as it is, whatever its extension (its reader says what is wrong
 * with it). A folder stands for the report files ({@link ReportFileTypes}) in it and in its
 * subfolders, in path order; hidden files and folders (a name starting with ".") are left out,
 * and a link to a folder is not followed (no loops). A subfolder that cannot be listed is skipped
 * with one message naming it and the rest goes on; a folder with no report file in it says so.
 * A file a folder holds is left out when it is already listed (named, or in another folder named).
 */
public final class InputPaths {

    /** Lists the entries of a folder; the file system's by default, another in tests. */
    @FunctionalInterface
    interface Lister {
        List<Path> list(Path folder) throws IOException;
    }

    /**
     * The files to read and the folders that could not be used.
     *
     * @param files   report files, each named as given or as found under a folder given
     * @param skipped folders left out, each with its reason
     */
    public record Expansion(List<String> files, List<Skipped> skipped) {
        public Expansion {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * A folder that gave no report files.
     *
     * @param path   the folder, as it would be listed
     * @param reason what is wrong, in a few words, without the path
     */
    public record Skipped(String path, String reason) {
        public Skipped {
            Objects.requireNonNull(path, "path must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }

        /** One line naming the folder and the reason. */
        public String message() {
            return path + ": " + reason;
        }
    }

    private InputPaths() {
    }

    /** Each folder among {@code names} replaced by the report files under it; other names kept as they are. */
    public static Expansion expand(List<String> names) {
        return expand(names, InputPaths::listEntries);
    }

    static Expansion expand(List<String> names, Lister lister) {
        Objects.requireNonNull(names, "names must not be null");
        List<String> files = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (String name : names) {
            Path path = pathOrNull(name);
            if (path == null || !Files.isDirectory(path)) {
                files.add(name);
                if (path != null) {
                    seen.add(path.toAbsolutePath().normalize());
                }
                continue;
            }
            List<Path> found = reportsUnder(path, lister, skipped);
            if (found.isEmpty() && skipped.stream().noneMatch(s -> s.path().equals(path.toString()))) {
                skipped.add(new Skipped(name, "is a folder with no report files in it ("
                        + String.join(", ", ReportFileTypes.globs()) + ")"));
            }
            for (Path file : found) {
                if (seen.add(file.toAbsolutePath().normalize())) {
                    files.add(file.toString());
                }
            }
        }
        return new Expansion(files, skipped);
    }

    /** Walks the tree with a stack of its own, so that a deep tree cannot overflow the thread's stack. */
    private static List<Path> reportsUnder(Path root, Lister lister, List<Skipped> skipped) {
        List<Path> files = new ArrayList<>();
        Deque<Path> folders = new ArrayDeque<>();
        folders.push(root);
        while (!folders.isEmpty()) {
            Path folder = folders.pop();
            List<Path> entries;
            try {
                entries = lister.list(folder);
            } catch (IOException | DirectoryIteratorException e) {
                skipped.add(new Skipped(folder.toString(), "cannot be listed (" + reason(e) + "); its reports are skipped"));
                continue;
            }
            for (Path entry : entries) {
                String name = entry.getFileName() == null ? "" : entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    folders.push(entry);
                } else if (ReportFileTypes.isReport(name) && Files.isRegularFile(entry)) {
                    files.add(entry);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private static List<Path> listEntries(Path folder) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        }
        return entries;
    }

    private static Path pathOrNull(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof DirectoryIteratorException d ? d.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "it is gone";
        }
        if (cause instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
