package org.reportlens.core.workspace;

import java.nio.file.Path;

/** A workspace that cannot be read or written; the message names the file and the problem. */
public final class WorkspaceException extends Exception {
    public WorkspaceException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
