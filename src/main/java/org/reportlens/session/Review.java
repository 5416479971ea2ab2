package org.reportlens.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.report.Report;
import org.reportlens.core.workspace.Anchor;
import org.reportlens.core.workspace.Note;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.core.workspace.WorkspaceFile;

/**
 * The reviewer's notes and "reviewed" marks, the workspace they are saved in, and their recovery
 * after a crash. Every change is also saved, on the files lane, to this session's recovery file
 * ({@link RecoveryFiles}); notes found there from a session that ended badly are offered back and
 * kept until the user restores or discards them — quitting without choosing keeps them.
 */
public final class Review {
    private final Session session;
    private final RecoveryFiles recovery;
    private final State<List<Note>> notes = new State<>(List.of());
    private final State<Path> file = new State<>(null);
    private final State<Boolean> unsaved = new State<>(false);
    private final State<Path> found = new State<>(null);
    private final Deque<Path> waiting = new ArrayDeque<>();
    /** False when notes of an earlier session could not be moved out of the way: saving over them would lose them. */
    private final boolean recovering;
    /** Counts changes, so that a save finished after a later change leaves the notes unsaved. */
    private long changes;

    public Review(Session session) {
        this.session = session;
        this.recovery = new RecoveryFiles(session.settings().recoveryFile());
        boolean ok = true;
        try {
            waiting.addAll(recovery.takeFound());
        } catch (IOException e) {
            ok = false;
            session.problem(Notice.of("problem.recoveryStuck", recovery.own(), Failure.reason(e)));
        }
        this.recovering = ok;
        found.set(waiting.peekFirst());
    }

    /** The notes, in the order they were made. */
    public State<List<Note>> notes() {
        return notes;
    }

    /** The workspace the notes were last saved in or opened from; null if none. */
    public State<Path> file() {
        return file;
    }

    /** Whether there are changes not saved in a workspace. */
    public State<Boolean> unsaved() {
        return unsaved;
    }

    /**
     * Whether closing now would lose the user's work: notes, reviewed marks or section pairs made by
     * hand changed since the workspace was last saved or opened (notes added and all removed again lose
     * nothing, unless a workspace holds the ones removed).
     */
    public boolean wouldLose() {
        return unsaved.get() && (!notes.get().isEmpty() || file.get() != null
                || !session.options().get().compare().links().isEmpty());
    }

    /**
     * The user paired or parted two sections by hand: analysed again at once, and unsaved work like a
     * note — the quit prompt asks for it and the recovery file keeps it.
     */
    public CompletableFuture<Path> correctAlignment(SectionLink link) {
        session.correctAlignment(link);
        return changed();
    }

    /** The user took back a correction of a section pair (the aligner decides again): unsaved work as well. */
    public CompletableFuture<Path> withdrawCorrection(SectionLink link) {
        session.withdrawCorrection(link);
        return changed();
    }

    /** The user chose to quit without saving: the changes go, with this session's recovery file when the window closes. */
    public void discardChanges() {
        changes++;
        unsaved.set(false);
    }

    /** Notes of a session that ended badly, waiting for the user to restore or discard them; null when none wait. */
    public State<Path> found() {
        return found;
    }

    /** Adds a note on {@code [start, end)} of the report; the future completes when it is saved for recovery. */
    public CompletableFuture<Path> add(Report report, int start, int end, String text, boolean reviewed) {
        String quote = report.original().substring(start, end);
        List<Note> all = new ArrayList<>(notes.get());
        all.add(new Note(new Anchor(WorkspaceSnapshot.absolute(report.file()), start, end, quote), text, reviewed));
        notes.set(all);
        return changed();
    }

    public void setReviewed(Note note, boolean reviewed) {
        int at = notes.get().indexOf(note);
        if (at >= 0) {
            List<Note> all = new ArrayList<>(notes.get());
            all.set(at, new Note(note.anchor(), note.text(), reviewed));
            notes.set(all);
            changed();
        }
    }

    public void remove(Note note) {
        List<Note> all = new ArrayList<>(notes.get());
        if (all.remove(note)) {
            notes.set(all);
            changed();
        }
    }

    /** The report a note belongs to, if it is loaded. */
    public Report reportOf(Note note) {
        return session.reports().get().stream().filter(r -> WorkspaceSnapshot.isOf(note, r)).findFirst().orElse(null);
    }

    /** The notes are not saved: they go to the recovery file, on the files lane. */
    private CompletableFuture<Path> changed() {
        changes++;
        unsaved.set(true);
        if (!recovering) {
            return CompletableFuture.completedFuture(null);
        }
        Workspace state = WorkspaceSnapshot.of(session, notes.get());
        Path own = recovery.own();
        return session.scheduler().files(Notice.of("task.recovery"), cancellation -> {
            Files.createDirectories(own.getParent());
            WorkspaceFile.save(own, state);
            return own;
        }, saved -> { });
    }

    /** Saves the reports, corrections, options and notes in a workspace file, on the files lane. */
    public CompletableFuture<Path> save(Path target) {
        Workspace state = WorkspaceSnapshot.of(session, notes.get());
        long version = changes;
        return session.scheduler().files(Notice.of("task.saveWorkspace", target), cancellation -> {
            WorkspaceFile.save(target, state);
            return target;
        }, saved -> {
            // the user's own workspace: opening it again reads its reports without a question
            session.settings().trust(saved, WorkspaceFile.outsideFolder(saved, state));
            file.set(saved);
            session.workspaceIs(saved);
            if (changes == version) {
                unsaved.set(false);
            }
            session.say(Notice.of("status.workspaceSaved", saved));
        });
    }

    /** Whether to read the reports a workspace names outside its own folder; asked on the session's thread. */
    @FunctionalInterface
    public interface Trust {
        /**
         * @param workspace the workspace file
         * @param outside   the report paths it names outside its folder, in its order; never empty
         * @return true to read them, false to open nothing
         */
        boolean readOutside(Path workspace, List<String> outside);
    }

    /**
     * Opens a workspace: its reports replace those loaded, its notes these notes. A file that cannot
     * be read changes nothing. A workspace naming reports outside its folder — one from someone else
     * could name any file and have it read into an export — is read only when {@code trust} agrees, or the
     * user agreed before or saved it so ({@link Settings#trusts}); otherwise nothing changes and the status says
     * why. The result is null when nothing was opened.
     */
    public CompletableFuture<Workspace> open(Path source, Trust trust) {
        record Loaded(Workspace workspace, List<String> outside) { }
        return session.scheduler().files(Notice.of("task.openWorkspace", source), cancellation -> {
            Workspace w = WorkspaceFile.load(source);
            return new Loaded(w, WorkspaceFile.outsideFolder(source, w));
        }, loaded -> { }).thenCompose(loaded -> {
            if (!loaded.outside().isEmpty() && !session.settings().trusts(source, loaded.outside())) {
                if (!trust.readOutside(source, loaded.outside())) {
                    session.say(Notice.of("status.workspaceNotTrusted", source, loaded.outside().size()));
                    return CompletableFuture.completedFuture(null);
                }
                session.settings().trust(source, loaded.outside());
            }
            return replaceWith(loaded.workspace(), source);
        });
    }

    /** The ending of a workspace's file name: a file named so opens as a workspace ({@link #openFiles}). */
    public static final String WORKSPACE_EXTENSION = ".rlw";

    /** Whether the viewer opens a file of this name as a workspace, not as a report. */
    public static boolean isWorkspace(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(WORKSPACE_EXTENSION);
    }

    /**
     * Opens what the user named — on the command line, dropped on the window, chosen to open: a workspace
     * replaces what is loaded ({@link #open}), and the reports named with it are added after it; the rest are
     * reports (read as a report, a workspace showed its JSON as the text of a report of no government: tour 12).
     * Of several workspaces the first opens and a problem names the others. The future completes when all is in.
     */
    public CompletableFuture<?> openFiles(List<String> names, Trust trust) {
        List<String> workspaces = names.stream().filter(Review::isWorkspace).toList();
        List<String> reports = names.stream().filter(n -> !isWorkspace(n)).toList();
        if (workspaces.isEmpty()) {
            return session.open(names);
        }
        if (workspaces.size() > 1) {
            session.problem(Notice.of("problem.oneWorkspace", workspaces.get(0),
                    String.join(", ", workspaces.subList(1, workspaces.size()))));
        }
        Path workspace;
        try {
            workspace = Path.of(workspaces.get(0));
        } catch (InvalidPathException e) {
            return session.open(names); // no file can have that name: reading it says so, as for a report
        }
        // a workspace that cannot be read or is not trusted says so; the reports named with it still open
        return open(workspace, trust).handle((opened, failure) -> reports)
                .thenCompose(rest -> rest.isEmpty() ? CompletableFuture.completedFuture(null) : session.open(rest));
    }

    private CompletableFuture<Workspace> replaceWith(Workspace workspace, Path source) {
        return session.replaceWith(workspace).thenApply(read -> {
            adopt(workspace, source);
            return workspace;
        });
    }

    private void adopt(Workspace workspace, Path source) {
        List<Note> placed = new ArrayList<>();
        int lost = 0;
        for (Note n : workspace.notes()) {
            Report report = reportOf(n);
            Anchor anchor = report == null ? null : n.anchor().relocate(report.original());
            if (anchor == null) {
                lost++;
                placed.add(n);
            } else {
                placed.add(new Note(anchor, n.text(), n.reviewed()));
            }
        }
        notes.set(placed);
        file.set(source);
        session.workspaceIs(source);
        changes++;
        unsaved.set(source == null);
        session.say(lost == 0 ? Notice.of("status.workspaceOpened", placed.size())
                : Notice.of("status.notesLost", placed.size(), lost));
    }

    /**
     * Takes back the notes found: they replace what is loaded, as notes not saved yet. The file
     * found is deleted only once they are in this session's own recovery file.
     */
    public CompletableFuture<Path> restoreRecovery() {
        Path chosen = next();
        if (chosen == null) {
            return CompletableFuture.completedFuture(null);
        }
        // this session's own recovery file: its reports are the ones the user had open, wherever they lie
        return session.scheduler().files(Notice.of("task.openWorkspace", chosen), cancellation -> WorkspaceFile.load(chosen),
                loaded -> { }).thenCompose(workspace -> replaceWith(workspace, null))
                .thenCompose(workspace -> changed()).thenCompose(saved -> discard(chosen));
    }

    /** Deletes the notes found, on the files lane. */
    public CompletableFuture<Path> discardRecovery() {
        Path chosen = next();
        return chosen == null ? CompletableFuture.completedFuture(null) : discard(chosen);
    }

    private Path next() {
        Path chosen = waiting.pollFirst();
        found.set(waiting.peekFirst());
        return chosen;
    }

    private CompletableFuture<Path> discard(Path chosen) {
        return session.scheduler().files(Notice.of("task.discardRecovery", chosen), cancellation -> {
            RecoveryFiles.delete(chosen);
            return chosen;
        }, deleted -> { });
    }

    /** The window closes: with nothing unsaved, this session's recovery file goes. Notes found and not chosen stay. */
    public void closing() {
        if (!unsaved.get() && recovering) {
            Path own = recovery.own();
            session.scheduler().files(Notice.of("task.recovery"), cancellation -> {
                RecoveryFiles.delete(own);
                return own;
            }, deleted -> { });
        }
    }
}
