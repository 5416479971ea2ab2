package org.reportlens.session;

import java.nio.file.Path;
import java.util.List;
import org.reportlens.core.meta.Correction;
import org.reportlens.core.report.Report;
import org.reportlens.core.workspace.Note;
import org.reportlens.core.workspace.SavedState;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.core.workspace.WorkspaceReport;

/**
 * The session as a {@link Workspace}: each report by absolute path with what the user corrected
 * (never what was detected or inferred: that is found again when the file is read), the options,
 * the notes, the corrections of the alignment (kept with the options, so that saving never drops them). {@link Session#replaceWith} and {@link Review#open} go the other way.
 */
final class WorkspaceSnapshot {
    private WorkspaceSnapshot() {
    }

    static Workspace of(Session session, List<Note> notes) {
        List<WorkspaceReport> saved = session.reports().get().stream().map(r -> {
            Correction c = session.correction(r);
            return new WorkspaceReport(absolute(r.file()), c.government(), c.year());
        }).toList();
        return new Workspace(saved, SavedState.options(session.options().get()), notes,
                session.options().get().compare().links(),
                session.columns().get().stream().map(r -> absolute(r.file())).toList());
    }

    /** How a note names its report: the file's absolute, normalized path. */
    static String absolute(String file) {
        return Path.of(file).toAbsolutePath().normalize().toString();
    }

    static boolean isOf(Note note, Report report) {
        return absolute(report.file()).equals(note.anchor().report());
    }
}
