package org.reportlens.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reportlens.core.export.OutputException;
import org.reportlens.core.export.OutputFile;

/**
 * Where a command's output goes: stdout, or the file named with {@code -o}, which must not be one
 * of the files the run reads ({@link OutputFile} says what else is refused, and how a file is
 * replaced). Every command writes through here; a failure is an {@link OutputException} that
 * {@link Cli} turns into one line on stderr and a non-zero exit.
 */
final class Output {
    private final Path file;
    private final Map<Path, String> kept = new LinkedHashMap<>();

    private Output(Path file) {
        this.file = file;
    }

    /** To stdout when {@code file} is null, else to that file. */
    static Output to(String file) throws Cli.UsageException {
        return new Output(file == null ? null : Cli.path(file, "-o"));
    }

    /** A file the run reads, never to be written over; {@code what} names it for the user ("the report"). */
    Output keep(String path, String what) {
        if (path != null) {
            try {
                kept.put(Path.of(path), what + " " + path);
            } catch (InvalidPathException e) {
                // a name that is no path names no file the output could be
            }
        }
        return this;
    }

    /** Refuses an output file that may not be written, before any work is done. */
    void check() throws OutputException {
        if (file != null) {
            OutputFile.check(file, kept);
        }
    }

    void write(String text, java.io.PrintStream out) throws OutputException {
        write(text.getBytes(StandardCharsets.UTF_8), out);
    }

    void write(byte[] bytes, java.io.PrintStream out) throws OutputException {
        if (file == null) {
            // a failed write to stdout is noticed by Cli when the command is done
            out.write(bytes, 0, bytes.length);
            out.flush();
        } else {
            OutputFile.write(file, bytes, kept);
        }
    }
}
