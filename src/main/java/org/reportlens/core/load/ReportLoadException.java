package org.reportlens.core.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A report file that could not be read. {@link #getMessage()} is one line naming the file and the
 * problem, fit to show a user as it is.
 */
public final class ReportLoadException extends Exception {
    private final transient Path file;
    private final String problem;

    public ReportLoadException(Path file, String problem) {
        super(Objects.requireNonNull(file, "file must not be null") + ": " + problem);
        this.file = file;
        this.problem = Objects.requireNonNull(problem, "problem must not be null");
    }

    public Path file() {
        return file;
    }

    /** The problem alone, without the file name. */
    public String problem() {
        return problem;
    }
}
