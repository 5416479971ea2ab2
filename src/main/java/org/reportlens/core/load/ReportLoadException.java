package org.reportlens.core.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A report file that could not be read. {@link #getMessage()} is one line naming the file and the
 * problem, fit to show a user as it is.
 */
public final class ReportLoadException extends Exception {
    private final String file;
    private final String problem;

    public ReportLoadException(Path file, String problem) {
        this(Objects.requireNonNull(file, "file must not be null").toString(), problem);
    }

    /** For a file known only by the name the user gave, which may not even be a valid path. */
    public ReportLoadException(String file, String problem) {
        super(Objects.requireNonNull(file, "file must not be null") + ": "
                + Objects.requireNonNull(problem, "problem must not be null"));
        this.file = file;
        this.problem = problem;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** The problem alone, without the file name. */
    public String problem() {
        return problem;
    }
}
