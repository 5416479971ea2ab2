package org.reportlens.ui;

import java.nio.file.Path;
import java.util.List;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.compare.Comparer;
import org.reportlens.core.report.Report;
import org.reportlens.core.workspace.Note;
import org.reportlens.core.workspace.SavedState;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.core.workspace.WorkspaceReport;

/**
 * The window's state as a {@link Workspace}: reports by absolute path with their government and year, options,
 * notes, and the corrections of the alignment (kept in the options, so that saving never drops them).
 */
final class WorkspaceState {
    private WorkspaceState() {
    }

    static Workspace of(List<Report> reports, AnalysisOptions options, List<Note> notes) {
        List<WorkspaceReport> saved = reports.stream().map(r -> new WorkspaceReport(absolute(r.file()),
                r.metadata().government(), Comparer.yearOf(r))).toList();
        return new Workspace(saved, SavedState.options(options), notes, options.compare().links());
    }

    static String absolute(String file) {
        return Path.of(file).toAbsolutePath().normalize().toString();
    }
}
