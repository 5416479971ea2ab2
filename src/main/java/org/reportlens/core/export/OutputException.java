package org.reportlens.core.export;

import java.io.IOException;
import java.util.Objects;

/**
 * An output the user asked for that was not written. {@link #getMessage()} names the file and the
 * reason ("out.json: the folder out does not exist"), fit to show a user as it is.
 */
public final class OutputException extends IOException {
    private final String problem;

    public OutputException(String file, String problem) {
        super(Objects.requireNonNull(file, "file must not be null") + ": "
                + Objects.requireNonNull(problem, "problem must not be null"));
        this.problem = problem;
    }

    /** The reason alone, without the file name. */
    public String problem() {
        return problem;
    }
}
