package org.reportlens.core.workspace;

import java.util.Objects;

/**
 * A report of the workspace: its file (relative to the workspace where it can be) and the
 * government and year the user corrected, null where detection was kept.
 */
public record WorkspaceReport(String path, String government, Integer year) {
    public WorkspaceReport {
        Objects.requireNonNull(path, "path must not be null");
    }
}
