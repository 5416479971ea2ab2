package org.reportlens.core.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file the user named that cannot be read. {@link #getMessage()} is one line naming the file and
 * the real reason ("FILE: is a named pipe (FIFO), not a file"), fit to show a user as it is.
 */
public final class FileReadException extends IOException {
    private final transient Path file;
    private final String problem;

    public FileReadException(Path file, String problem) {
        super(Objects.requireNonNull(file, "file must not be null") + ": "
                + Objects.requireNonNull(problem, "problem must not be null"));
        this.file = file;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The reason alone, without the file name: "no such file", "is too large (…)". */
    public String problem() {
        return problem;
    }
}
