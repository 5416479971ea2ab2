package org.reportlens.core.workspace;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reportlens.core.compare.SectionLinks;

/**
 * A saved comparison.
 *
 * @param reports the reports, in order
 * @param options the options as {@code name → value} (granularity, ignoreWidth, …)
 * @param notes   the reviewer's notes; a note's anchor names its report by path
 * @param links   the user's corrections of the section alignment; each names its reports by path
 * @param columns the reports shown side by side, by path; empty: the program chooses (as before they were saved)
 */
public record Workspace(List<WorkspaceReport> reports, Map<String, String> options, List<Note> notes,
                        SectionLinks links, List<String> columns) {
    public static final int SCHEMA_VERSION = 1;

    public Workspace {
        reports = List.copyOf(reports);
        options = Map.copyOf(options);
        notes = List.copyOf(notes);
        Objects.requireNonNull(links, "links must not be null");
        columns = List.copyOf(columns);
    }

    /** A workspace whose columns the program chooses. */
    public Workspace(List<WorkspaceReport> reports, Map<String, String> options, List<Note> notes, SectionLinks links) {
        this(reports, options, notes, links, List.of());
    }

    /** A workspace without corrections of the alignment. */
    public Workspace(List<WorkspaceReport> reports, Map<String, String> options, List<Note> notes) {
        this(reports, options, notes, SectionLinks.NONE);
    }
}
