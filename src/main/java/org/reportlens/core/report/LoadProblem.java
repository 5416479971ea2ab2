package org.reportlens.core.report;

import java.util.Objects;

/**
 * A file that could not be loaded.
 *
 * @param file    the file as the user named it
 * @param problem what is wrong, in a few words, without the file name
 * @param cause   the unexpected error behind the problem (a parser's crash), for a user who asks to
 *                see it ({@code --debug}); null when the problem is one the reader knows
 */
public record LoadProblem(String file, String problem, Throwable cause) {
    public LoadProblem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(problem, "problem must not be null");
    }

    public LoadProblem(String file, String problem) {
        this(file, problem, null);
    }

    /** One line naming the file and the problem. */
    public String message() {
        return file + ": " + problem;
    }
}
