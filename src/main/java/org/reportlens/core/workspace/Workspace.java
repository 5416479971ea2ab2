package org.reportlens.core.workspace;

import java.util.List;
import java.util.Map;

/**
 * A saved comparison.
 *
 * @param reports the reports, in order
 * @param options the options as {@code name → value} (granularity, ignoreWidth, …)
 * @param notes   the reviewer's notes; a note's anchor names its report by path
 */
public record Workspace(List<WorkspaceReport> reports, Map<String, String> options, List<Note> notes) {
    public static final int SCHEMA_VERSION = 1;

    public Workspace {
        reports = List.copyOf(reports);
        options = Map.copyOf(options);
        notes = List.copyOf(notes);
    }
}
