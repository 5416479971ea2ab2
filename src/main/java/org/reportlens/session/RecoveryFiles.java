package org.reportlens.session;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlens.core.workspace.WorkspaceFile;

/**
 * Where unsaved notes wait in case the viewer does not end properly. This session saves its notes
 * to one file ({@link Settings#recoveryFile()}) after every change and deletes it when it closes
 * with nothing unsaved. A file there at start holds notes of a session that ended badly: it is moved
 * aside at once, to {@code NAME.found-MILLIS.rlw} beside it, so that this session's own saving never
 * overwrites it, and it stays there — through any number of starts and quits — until the user
 * restores or discards it.
 */
final class RecoveryFiles {
    private static final String FOUND = ".found-";
    private static final String EXTENSION = ".rlw";
    private final Path own;

    RecoveryFiles(Path own) {
        this.own = own.toAbsolutePath();
    }

    /** This session's file. */
    Path own() {
        return own;
    }

    /** Moves a file left by an earlier session aside; then every file found, newest first. */
    List<Path> takeFound() throws IOException {
        if (Files.isRegularFile(own)) {
            Files.createDirectories(own.getParent());
            long millis = System.currentTimeMillis();
            Path aside = own.resolveSibling(stem() + FOUND + millis + EXTENSION);
            while (Files.exists(aside)) {
                aside = own.resolveSibling(stem() + FOUND + ++millis + EXTENSION);
            }
            Files.move(own, aside); // a rename within the folder: atomic, nothing lost if we die now
        }
        return found();
    }

    /** The files of sessions that ended badly and wait for the user's choice, newest first. */
    List<Path> found() throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(own.getParent())) {
            return found;
        }
        String prefix = stem() + FOUND;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(own.getParent())) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(EXTENSION) && Files.isRegularFile(entry)) {
                    found.add(entry);
                }
            }
        }
        found.sort(Comparator.comparingLong(RecoveryFiles::millis).reversed());
        return found;
    }

    /** Deletes a recovery file and the backup its saving left beside it. */
    static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(WorkspaceFile.backupOf(file));
    }

    private String stem() {
        String name = own.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    private static long millis(Path found) {
        String name = found.getFileName().toString();
        String digits = name.substring(name.lastIndexOf(FOUND) + FOUND.length(), name.length() - EXTENSION.length());
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
