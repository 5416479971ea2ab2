package org.reportlens.core.report;

import java.util.Objects;

/**
 * A file that could not be loaded.
 *
 * @param file    the file as the user named it
 * @param problem what is wrong, in a few words, without the file name
 */
public record LoadProblem(String file, String problem) {
    public LoadProblem {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(problem, "problem must not be null");
    }

    /** One line naming the file and the problem. */
    public String message() {
        return file + ": " + problem;
    }
}
