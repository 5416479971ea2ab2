package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.report.Report;
import org.reportlens.core.workspace.Note;
import org.reportlens.core.workspace.WorkspaceFile;
import org.reportlens.testing.Seeds;

/** Notes, the workspace they are saved in, and their recovery after a crash — without a window. */
class ReviewTest {
    @TempDir
    Path dir;
    private SessionFixture fixture;
    private SessionFixture next;

    @AfterEach
    void close() throws Exception {
        fixture.close();
        if (next != null) {
            next.close();
        }
    }

    /** Another start of the viewer with the same settings and recovery file, after this one died. */
    private SessionFixture restart() {
        next = SessionFixture.inline(dir);
        return next;
    }

    private Path recovery() {
        return fixture.settings.recoveryFile();
    }

    private List<Path> found() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("recovery.found-")
                    && f.getFileName().toString().endsWith(".rlw")).toList();
        }
    }

    @Test
    void notesCorrectionsAndOptionsAreSavedInAWorkspaceAndComeBackWhenItIsOpened() throws Exception {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        Report dalian2024 = session.reports().get().get(1);
        String quote = "规模以上工业增加值增长7.5%";
        int at = dalian2024.original().indexOf(quote);
        fixture.review.add(dalian2024, at, at + quote.length(), "目标调低了，需核实", false);
        fixture.review.add(dalian2024, 0, 4, "", true);
        session.correct(session.reports().get().get(0), "大连", "2022");
        AnalysisOptions o = session.options().get();
        session.useOptions(o.withCompare(o.compare().withGranularity(Granularity.SENTENCE)));
        Path file = dir.resolve("review.rlw");
        assertThat(fixture.review.save(file)).isCompletedWithValue(file);
        assertThat(fixture.review.unsaved().get()).isFalse();
        assertThat(fixture.review.file().get()).isEqualTo(file);

        SessionFixture other = restart();
        // the seeds lie outside the workspace's folder: the user is asked, and agrees
        List<List<String>> asked = new ArrayList<>();
        assertThat(other.review.open(file, (w, outside) -> asked.add(outside))).isCompleted();
        assertThat(asked).containsExactly(List.of(Seeds.DALIAN_2022.toAbsolutePath().toString(),
                Seeds.DALIAN_2024.toAbsolutePath().toString()));
        List<Note> notes = other.review.notes().get();
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).text()).isEqualTo("目标调低了，需核实");
        assertThat(notes.get(0).anchor().quote()).isEqualTo(quote);
        Report reopened = other.review.reportOf(notes.get(0));
        assertThat(reopened.original().substring(notes.get(0).anchor().start(), notes.get(0).anchor().end())).isEqualTo(quote);
        assertThat(notes.get(1).reviewed()).isTrue();
        assertThat(other.review.file().get()).isEqualTo(file);
        assertThat(other.review.unsaved().get()).isFalse();
        assertThat(other.session.reports().get().get(0).metadata().government()).isEqualTo("大连");
        assertThat(other.session.correction(other.session.reports().get().get(1)).isNone()).isTrue();
        assertThat(other.session.shown().get().analysis().options().compare().granularity()).isEqualTo(Granularity.SENTENCE);
        assertThat(other.session.status().get()).isEqualTo(Notice.of("status.workspaceOpened", 2));
    }

    @Test
    void aWorkspaceThatCannotBeReadChangesNothingAndSaysWhy() throws Exception {
        fixture = SessionFixture.inline(dir);
        fixture.session.open(List.of(Seeds.DALIAN_2022.toString()));
        Path broken = Files.writeString(dir.resolve("broken.rlw"), "{ \"schemaVersion\": 1, \"reports\": [");
        assertThat(fixture.review.open(broken, (w, outside) -> true)).isCompletedExceptionally();
        assertThat(fixture.session.reports().get()).hasSize(1);
        assertThat(fixture.session.problems().get()).singleElement()
                .satisfies(p -> assertThat((String) p.args().get(0)).startsWith(broken.toString()));
        assertThat(Files.readString(broken)).isEqualTo("{ \"schemaVersion\": 1, \"reports\": [");
    }

    @Test
    void quittingWouldLoseNotesOnlyWhileTheyAreUnsavedAndNotAfterTheUserDiscardsThem() throws Exception {
        fixture = SessionFixture.inline(dir);
        Review review = fixture.review;
        fixture.session.open(List.of(Seeds.DALIAN_2022.toString()));
        assertThat(review.wouldLose()).as("nothing written yet").isFalse();
        review.add(fixture.session.reports().get().get(0), 0, 4, "看这里", false);
        assertThat(review.wouldLose()).isTrue();
        // all removed again, never saved in a workspace: nothing to lose
        review.remove(review.notes().get().get(0));
        assertThat(review.wouldLose()).isFalse();
        review.add(fixture.session.reports().get().get(0), 0, 4, "", true);
        Path file = dir.resolve("quit.rlw");
        assertThat(review.save(file)).isCompletedWithValue(file);
        assertThat(review.wouldLose()).as("saved").isFalse();
        // removed after saving: the workspace still holds it, so quitting would lose the removal
        review.remove(review.notes().get().get(0));
        assertThat(review.wouldLose()).isTrue();
        review.discardChanges();
        assertThat(review.wouldLose()).isFalse();
        assertThat(review.unsaved().get()).isFalse();
    }

    /** A session on 大连高新区's reports of 2024 and 2026, in {@link #fixture}. */
    private Session openGaoxin() {
        fixture = SessionFixture.inline(dir);
        fixture.session.open(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()));
        return fixture.session;
    }

    @Test
    void aSectionPairMadeByHandIsUnsavedWorkUntilTheWorkspaceIsSavedAndComesBackWithIt() throws Exception {
        Session session = openGaoxin();
        Review review = fixture.review;
        ShownAnalysis shown = session.shown().get();
        AlignmentRow dropped = shown.outlineRows().stream().filter(r -> r.sections().get(0) != null && r.sections().get(1) == null)
                .findFirst().orElseThrow();
        AlignmentRow added = shown.outlineRows().stream().filter(r -> r.sections().get(0) == null && r.sections().get(1) != null)
                .findFirst().orElseThrow();
        SectionLink link = SectionPairing.link(shown.sections(), dropped, added).orElseThrow();
        assertThat(review.wouldLose()).isFalse();

        review.correctAlignment(link);
        List<String> pair = List.of(dropped.sections().get(0), added.sections().get(1));
        assertThat(session.shown().get().outlineRows()).as("analysed again with the pair pinned")
                .anyMatch(r -> r.sections().equals(pair));
        assertThat(review.wouldLose()).as("no note, but a pair made by hand").isTrue();
        Path file = dir.resolve("pairs.rlw");
        assertThat(review.save(file)).isCompletedWithValue(file);
        assertThat(review.wouldLose()).isFalse();
        // an export aimed at the workspace is refused and leaves it whole
        byte[] saved = Files.readAllBytes(file);
        assertThat(session.export(Session.ExportFormat.HTML, file)).isCompletedExceptionally();
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);

        SessionFixture other = restart();
        assertThat(other.review.open(file, (w, outside) -> true)).isCompleted();
        assertThat(other.session.shown().get().outlineRows()).anyMatch(r -> r.sections().equals(pair));
        assertThat(other.review.wouldLose()).isFalse();

        // Unlink on the pair made by hand takes it back: the aligner's rows again, and no correction kept
        ShownAnalysis pinned = other.session.shown().get();
        AlignmentRow made = pinned.outlineRows().stream().filter(r -> r.sections().equals(pair)).findFirst().orElseThrow();
        other.review.correctAlignment(SectionPairingTest.onlyUnlink(pinned.sections(), made));
        assertThat(other.session.shown().get().outlineRows()).noneMatch(r -> r.sections().equals(pair))
                .anyMatch(r -> r.sections().equals(dropped.sections())).anyMatch(r -> r.sections().equals(added.sections()));
        assertThat(other.session.options().get().compare().links().isEmpty()).isTrue();
    }

    @Test
    void aPairTheUserPartedIsTracedOnItsRowsAndTakenBackFromThere() throws Exception {
        Session session = openGaoxin();
        Review review = fixture.review;
        List<AlignmentRow> before = session.shown().get().outlineRows();
        AlignmentRow pair = before.stream().filter(r -> r.present() == 2 && r.level() == 2).findFirst().orElseThrow();
        review.correctAlignment(SectionPairingTest.onlyUnlink(session.shown().get().sections(), pair));
        ShownAnalysis apart = session.shown().get();
        assertThat(apart.outlineRows()).noneMatch(r -> r.sections().equals(pair.sections()));
        List<AlignmentLine.Parted> traces = apart.outlineRows().stream()
                .flatMap(r -> AlignmentLine.of(apart, r).parted().stream()).toList();
        assertThat(traces).as("one trace on the row of each section").hasSize(2)
                .extracting(t -> t.section().id()).containsExactlyInAnyOrderElementsOf(pair.sections());
        assertThat(review.save(dir.resolve("apart.rlw"))).isCompleted();

        review.withdrawCorrection(traces.get(0).correction());
        assertThat(session.shown().get().outlineRows()).as("the aligner's rows again").isEqualTo(before);
        assertThat(session.options().get().compare().links().isEmpty()).isTrue();
        assertThat(review.wouldLose()).as("taking a saved correction back is work to save").isTrue();
    }

    @Test
    void aWorkspaceNamingReportsOutsideItsFolderIsNotReadWhenTheUserSaysNo() throws Exception {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        fixture.review.add(session.reports().get().get(1), 0, 4, "", true);
        Path file = dir.resolve("review.rlw");
        assertThat(fixture.review.save(file)).isCompletedWithValue(file);

        SessionFixture other = restart();
        other.session.open(List.of(Seeds.GAOXIN_2026.toString()));
        assertThat(other.review.open(file, (w, outside) -> false)).isCompletedWithValue(null);
        assertThat(other.session.reports().get()).extracting(Report::file)
                .containsExactly(Seeds.GAOXIN_2026.toString());
        assertThat(other.review.notes().get()).isEmpty();
        assertThat(other.review.file().get()).isNull();
        assertThat(other.session.status().get()).isEqualTo(Notice.of("status.workspaceNotTrusted", file, 2));

        // a workspace beside its reports is read without a question
        Path inside = dir.resolve("inside");
        Files.createDirectories(inside);
        Path copy = Files.copy(Seeds.DALIAN_2022, inside.resolve("a.txt"));
        other.close();
        SessionFixture third = restart();
        third.session.open(List.of(copy.toString()));
        Path beside = inside.resolve("beside.rlw");
        assertThat(third.review.save(beside)).isCompletedWithValue(beside);
        third.close();
        SessionFixture fourth = restart();
        assertThat(fourth.review.open(beside, (w, outside) -> {
            throw new AssertionError("asked about " + outside);
        })).isCompleted();
        assertThat(fourth.session.reports().get()).hasSize(1);
    }

    /** A trust that fails the test if it is asked. */
    private static final Review.Trust NOT_ASKED = (w, outside) -> {
        throw new AssertionError("asked about " + outside);
    };

    @Test
    void theUsersOwnWorkspaceOrOneTheyTrustedOpensWithoutAQuestionUntilItNamesOtherReports() throws Exception {
        fixture = SessionFixture.inline(dir);
        fixture.session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        Path own = dir.resolve("own.rlw");
        assertThat(fixture.review.save(own)).isCompletedWithValue(own);
        // the seeds lie outside the workspace's folder, but the user saved it so (tour 12: asked at every opening)
        SessionFixture later = SessionFixture.sameUser(fixture, dir);
        assertThat(later.review.open(own, NOT_ASKED)).isCompleted();
        assertThat(later.session.reports().get()).hasSize(2);
        later.close();

        // a workspace written elsewhere: asked once, and not again once the user agreed
        SessionFixture stranger = restart();
        stranger.session.open(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()));
        Path theirs = dir.resolve("theirs.rlw");
        assertThat(stranger.review.save(theirs)).isCompletedWithValue(theirs);
        List<List<String>> asked = new ArrayList<>();
        assertThat(fixture.review.open(theirs, (w, outside) -> asked.add(outside))).isCompleted();
        assertThat(asked).hasSize(1);
        // opened over two other reports: what is shown is the workspace's (their ids were those of the reports
        // replaced, and the marks of those were kept over texts they did not fit)
        assertThat(fixture.session.shown().get().analysis().reports()).extracting(Report::file).containsExactly(
                Seeds.GAOXIN_2024.toAbsolutePath().toString(), Seeds.GAOXIN_2026.toAbsolutePath().toString());
        assertThat(fixture.review.open(theirs, NOT_ASKED)).isCompleted();
        // the same file, now naming other reports: asked again
        stranger.session.open(List.of(Seeds.DALIAN_2022.toString()));
        assertThat(stranger.review.save(theirs)).isCompletedWithValue(theirs);
        assertThat(fixture.review.open(theirs, (w, outside) -> asked.add(outside))).isCompleted();
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1)).contains(Seeds.DALIAN_2022.toAbsolutePath().toString());
    }

    @Test
    void aWorkspaceNamedWithReportsOpensAsAWorkspaceAndTheReportsAreAddedToIt() throws Exception {
        fixture = SessionFixture.inline(dir);
        fixture.session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        fixture.review.add(fixture.session.reports().get().get(1), 0, 4, "看这里", false);
        Path file = dir.resolve("named.rlw");
        assertThat(fixture.review.save(file)).isCompletedWithValue(file);

        // as on the command line: "reportlens named.rlw 2026.txt" (a workspace read as a report showed its JSON)
        SessionFixture other = restart();
        assertThat(other.review.openFiles(List.of(file.toString(), Seeds.GAOXIN_2026.toString()), (w, outside) -> true))
                .isCompleted();
        assertThat(other.session.reports().get()).extracting(Report::file).containsExactly(
                Seeds.DALIAN_2022.toAbsolutePath().toString(), Seeds.DALIAN_2024.toAbsolutePath().toString(),
                Seeds.GAOXIN_2026.toString());
        assertThat(other.review.notes().get()).singleElement().satisfies(n -> assertThat(n.text()).isEqualTo("看这里"));
        assertThat(other.review.file().get()).isEqualTo(file);

        // two workspaces: the first opens, a problem names the other; reports alone are reports
        Path second = Files.copy(file, dir.resolve("SECOND.RLW"));
        SessionFixture third = restart();
        assertThat(third.review.openFiles(List.of(file.toString(), second.toString()), (w, outside) -> true)).isCompleted();
        assertThat(third.review.file().get()).isEqualTo(file);
        assertThat(third.session.problems().get()).containsExactly(
                Notice.of("problem.oneWorkspace", file.toString(), second.toString()));
        third.close();
        SessionFixture fourth = restart();
        assertThat(fourth.review.openFiles(List.of(Seeds.GAOXIN_2026.toString()), NOT_ASKED)).isCompleted();
        assertThat(fourth.session.reports().get()).hasSize(1);
        assertThat(fourth.review.file().get()).isNull();
    }

    @Test
    void savingNeverWaitsBehindAnAnalysis() throws Exception {
        QueuedExecutor work = new QueuedExecutor();
        fixture = SessionFixture.with(dir, work, Runnable::run);
        fixture.session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        work.runNext(); // read; the analysis is queued and does not run
        assertThat(work.waiting()).isEqualTo(1);
        Report report = fixture.session.reports().get().get(0);
        assertThat(fixture.review.add(report, 0, 4, "先看这里", false)).isCompleted();
        assertThat(recovery()).exists();
        Path file = dir.resolve("now.rlw");
        assertThat(fixture.review.save(file)).isCompletedWithValue(file);
        assertThat(WorkspaceFile.load(file).notes()).hasSize(1);
        assertThat(work.waiting()).isEqualTo(1);
    }

    @Test
    void aNoteAddedWhileASaveIsUnderWayStaysUnsaved() throws Exception {
        QueuedExecutor files = new QueuedExecutor();
        fixture = SessionFixture.with(dir, Runnable::run, files);
        fixture.session.open(List.of(Seeds.DALIAN_2022.toString()));
        Report report = fixture.session.reports().get().get(0);
        fixture.review.add(report, 0, 4, "一", false);
        CompletableFuture<Path> save = fixture.review.save(dir.resolve("w.rlw"));
        fixture.review.add(report, 4, 8, "二", false);
        files.runAll();
        assertThat(save).isCompleted();
        assertThat(fixture.review.unsaved().get()).isTrue();
        assertThat(WorkspaceFile.load(dir.resolve("w.rlw")).notes()).hasSize(1);
        assertThat(WorkspaceFile.load(recovery()).notes()).hasSize(2);
    }

    @Test
    void notesOfASessionThatEndedBadlyStayUntilTheUserRestoresOrDiscardsThem() throws Exception {
        fixture = SessionFixture.inline(dir);
        fixture.session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        fixture.review.add(fixture.session.reports().get().get(0), 10, 20, "未保存的批注", false);
        assertThat(recovery()).exists();
        // the viewer dies; it starts again, and the user quits without choosing
        SessionFixture second = restart();
        assertThat(second.review.found().get()).isNotNull();
        assertThat(found()).hasSize(1);
        second.review.closing();
        assertThat(found()).hasSize(1);
        // a session working meanwhile saves its own notes for recovery without touching those found
        second.session.open(List.of(Seeds.DALIAN_2024.toString()));
        second.review.add(second.session.reports().get().get(0), 0, 2, "新会话的批注", false);
        second.review.closing();
        assertThat(WorkspaceFile.load(found().get(0)).notes()).extracting(Note::text).containsExactly("未保存的批注");
        // and it starts once more: both are offered, the newest first
        second.close();
        next = SessionFixture.inline(dir);
        assertThat(found()).hasSize(2);
        Path newest = next.review.found().get();
        assertThat(WorkspaceFile.load(newest).notes()).extracting(Note::text).containsExactly("新会话的批注");
        assertThat(next.review.discardRecovery()).isCompletedWithValue(newest);
        assertThat(newest).doesNotExist();
        Path older = next.review.found().get();
        assertThat(next.review.restoreRecovery()).isCompletedWithValue(older);
        assertThat(next.review.notes().get()).extracting(Note::text).containsExactly("未保存的批注");
        assertThat(next.review.unsaved().get()).isTrue();
        assertThat(next.review.file().get()).isNull(); // saving asks where: the recovery file is not the user's workspace
        assertThat(next.session.reports().get()).hasSize(2);
        // taken back: now in this session's own recovery file, and no longer offered
        assertThat(older).doesNotExist();
        assertThat(found()).isEmpty();
        assertThat(next.review.found().get()).isNull();
        assertThat(WorkspaceFile.load(next.settings.recoveryFile()).notes()).extracting(Note::text)
                .containsExactly("未保存的批注");
    }

    @Test
    void closingWithNothingUnsavedLeavesNoRecoveryFile() throws Exception {
        fixture = SessionFixture.inline(dir);
        fixture.session.open(List.of(Seeds.DALIAN_2022.toString()));
        fixture.review.add(fixture.session.reports().get().get(0), 0, 4, "一", true);
        fixture.review.save(dir.resolve("w.rlw"));
        fixture.review.closing();
        assertThat(recovery()).doesNotExist();
        assertThat(restart().review.found().get()).isNull();
    }

    @Test
    void aWorkspaceOpensOnTheColumnsItWasSavedWith() throws Exception {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.DALIAN_2024.toString(), Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()));
        session.showColumns(session.reports().get());
        List<String> shown = session.shown().get().columns().stream().map(r -> WorkspaceSnapshot.absolute(r.file())).toList();
        assertThat(shown).hasSize(3);
        Path file = dir.resolve("three.rlw");
        assertThat(fixture.review.save(file)).isCompletedWithValue(file);

        SessionFixture other = restart();
        assertThat(other.review.open(file, (w, outside) -> true)).isCompleted();
        assertThat(other.session.shown().get().columns()).extracting(r -> WorkspaceSnapshot.absolute(r.file()))
                .containsExactlyElementsOf(shown);
    }
}
