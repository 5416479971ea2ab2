package org.reportlens.session;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import org.reportlens.core.workspace.WorkspaceException;

/**
 * Background work that failed, and what it was doing.
 *
 * @param task  what failed, e.g. "the analysis of 5 reports"
 * @param error why
 */
public record Failure(Notice task, Throwable error) {
    public Failure {
        Objects.requireNonNull(task, "task must not be null");
        Objects.requireNonNull(error, "error must not be null");
    }

    /** The problem to show: a workspace's own message (it names the file and the reason), else what failed and why. */
    public Notice notice() {
        if (error instanceof WorkspaceException) {
            return Notice.verbatim(error.getMessage());
        }
        if (error instanceof ExplainedFailure explained) {
            return Notice.of("problem.failed", task, explained.reason());
        }
        return Notice.of("problem.failed", task, reason(error));
    }

    /** A few words on why: the message, or the kind of error when it has none (a stack overflow has none). */
    static String reason(Throwable error) {
        if (error instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (error instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file or folder";
        }
        if (error instanceof FileSystemException e && e.getReason() != null) {
            return e.getFile() + ": " + e.getReason();
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
