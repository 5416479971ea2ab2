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
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.meta.Correction;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.testing.Seeds;

/** The session without a window: every lane runs on the test's thread, or when the test lets it. */
class SessionTest {
    @TempDir
    Path dir;
    private SessionFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private static List<String> files(List<Report> reports) {
        return reports.stream().map(r -> Path.of(r.file()).getFileName().toString()).toList();
    }

    private Report report(Session session, String fileName) {
        return session.reports().get().stream().filter(r -> r.file().endsWith(fileName)).findFirst().orElseThrow();
    }

    @Test
    void aFolderOpensItsReportsWithTheLatestTwoOfOneGovernmentSideBySide() {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.DIR.toString()));
        assertThat(session.reports().get()).hasSize(5);
        assertThat(files(session.columns().get())).containsExactly("002_ca4b8885897b7fc4.txt", "004_8214ba83723716f4.txt");
        assertThat(session.shown().get().columns()).isEqualTo(session.columns().get());
        assertThat(session.shown().get().analysed()).isTrue();
        assertThat(session.busy().get()).isFalse();
        assertThat(session.status().get().key()).isEqualTo("status.analysed");
        assertThat(fixture.settings.recentFiles()).containsExactly(Seeds.DIR.toAbsolutePath().toString());
    }

    @Test
    void aHintHoldsUntilTheNextAndGivesBackWhatTheStatusSaidUnlessSomethingElseWasSaid() {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        Notice analysed = Notice.of("status.analysed", 2, 900);
        Notice standIn = Notice.of("status.standIn", "2026");
        session.say(analysed);
        session.hint(java.util.Optional.of(standIn));
        assertThat(session.status().get()).isEqualTo(standIn);
        session.hint(java.util.Optional.of(Notice.of("status.standIn", "2024")));
        session.hint(java.util.Optional.empty());
        assertThat(session.status().get()).as("what it said before the hints").isEqualTo(analysed);
        session.hint(java.util.Optional.of(standIn));
        Notice noNext = Notice.of("status.noNextChange");
        session.say(noNext);
        session.hint(java.util.Optional.empty());
        assertThat(session.status().get()).as("said since: kept").isEqualTo(noNext);
    }

    @Test
    void aFolderIsReadWithItsSubfoldersAsOnTheCommandLineAndAnEmptyOneSaysSo() throws Exception {
        fixture = SessionFixture.inline(dir);
        Path years = Files.createDirectories(dir.resolve("东港/2024"));
        TwoYears.write(years);
        Files.createDirectories(dir.resolve("empty"));
        fixture.session.open(List.of(dir.resolve("东港").toString(), dir.resolve("empty").toString()));
        assertThat(files(fixture.session.reports().get())).containsExactly("newer.txt", "older.txt");
        assertThat(fixture.session.problems().get()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo(Notice.VERBATIM);
            assertThat((String) p.args().get(0)).startsWith(dir.resolve("empty") + ": is a folder with no report files in it");
        });
    }

    @Test
    void aCorrectionKeepsOnlyWhatTheUserChangedAndThatIsWhatASaveKeeps() {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()));
        Report gaoxin2024 = report(session, "002_ca4b8885897b7fc4.txt");
        Report gaoxin2026 = report(session, "004_8214ba83723716f4.txt");
        // both are read as 大连高新区 with the year they plan: never a correction of the user's
        assertThat(WorkspaceSnapshot.of(session, List.of()).reports())
                .allSatisfy(w -> assertThat(w.government()).isNull())
                .allSatisfy(w -> assertThat(w.year()).isNull());
        // the dialog shows the detected year; left as it is, it corrects nothing
        assertThat(session.correct(gaoxin2026, "大连高新技术产业园区", "2026")).isTrue();
        assertThat(session.correction(report(session, "004_8214ba83723716f4.txt")))
                .isEqualTo(new Correction("大连高新技术产业园区", null));
        assertThat(report(session, "004_8214ba83723716f4.txt").metadata().government()).isEqualTo("大连高新技术产业园区");
        // the detected name typed back is no correction
        session.correct(report(session, "004_8214ba83723716f4.txt"), "大连高新区", "2026");
        assertThat(session.correction(report(session, "004_8214ba83723716f4.txt")).isNone()).isTrue();
        session.correct(report(session, "004_8214ba83723716f4.txt"), "大连高新技术产业园区", "2026");
        assertThat(report(session, "004_8214ba83723716f4.txt").metadata().planYear()).isEqualTo(2026);
        session.correct(gaoxin2024, " 大连高新技术产业园区 ", "2023");
        Report corrected = report(session, "002_ca4b8885897b7fc4.txt");
        assertThat(corrected.metadata().year()).isEqualTo(2023);
        assertThat(corrected.metadata().planYear()).isEqualTo(2023);
        assertThat(corrected.metadata().reviewYear()).isEqualTo(2023); // as detected
        assertThat(files(session.columns().get())).containsExactly("002_ca4b8885897b7fc4.txt", "004_8214ba83723716f4.txt");
        Workspace saved = WorkspaceSnapshot.of(session, List.of());
        assertThat(saved.reports()).extracting(w -> Path.of(w.path()).getFileName() + " " + w.government() + " " + w.year())
                .containsExactly("002_ca4b8885897b7fc4.txt 大连高新技术产业园区 2023",
                        "004_8214ba83723716f4.txt 大连高新技术产业园区 null");
        // the detected values typed back undo the correction
        session.correct(corrected, "", "2024");
        assertThat(session.correction(report(session, "002_ca4b8885897b7fc4.txt")).isNone()).isTrue();
        assertThat(report(session, "002_ca4b8885897b7fc4.txt").metadata()).isEqualTo(gaoxin2024.metadata());
        assertThat(session.shown().get().analysis().reports()).contains(report(session, "002_ca4b8885897b7fc4.txt"));
    }

    @Test
    void somethingThatIsNotAYearChangesNothingAndSaysSo() {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.DALIAN_2022.toString()));
        Report dalian = session.reports().get().get(0);
        assertThat(session.correct(dalian, "大连", "二〇二二")).isFalse();
        assertThat(session.status().get()).isEqualTo(Notice.of("status.badYear", "二〇二二"));
        assertThat(session.correct(dalian, "大连", "22")).isFalse();
        assertThat(session.reports().get().get(0)).isSameAs(dalian);
        assertThat(session.correction(dalian).isNone()).isTrue();
    }

    @Test
    void idsStayUniqueWhenReportsAreRemovedAndMoreAreOpened() {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString(), Seeds.GAOXIN_2024.toString()));
        session.remove(session.reports().get().get(1));
        session.open(List.of(Seeds.GAOXIN_2026.toString()));
        assertThat(session.reports().get()).extracting(Report::id).containsExactly("r1", "r3", "r4");
        session.move(session.reports().get().get(2), -2);
        assertThat(session.reports().get()).extracting(Report::id).containsExactly("r4", "r1", "r3");
    }

    @Test
    void threeYearsOfOneGovernmentOpenInThreeColumnsAndAFourthReportOpenedLaterKeepsThem() throws Exception {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        List<String> files = new ArrayList<>();
        for (int year = 2022; year <= 2024; year++) {
            Path file = dir.resolve("东港" + year + ".txt");
            Files.writeString(file, year + "年东港市政府工作报告\n一、" + (year - 1) + "年工作回顾\n经济稳中向好，办成了一批大事。\n");
            files.add(file.toString());
        }
        session.open(files);
        assertThat(session.columns().get()).extracting(r -> r.metadata().year()).containsExactly(2022, 2023, 2024);
        assertThat(session.shown().get().columns()).isEqualTo(session.columns().get());
        session.open(List.of(Seeds.DALIAN_2022.toString()));
        assertThat(session.columns().get()).as("the columns the user has stay").extracting(r -> r.metadata().year())
                .containsExactly(2022, 2023, 2024);
    }

    @Test
    void aFifthColumnIsRefusedAndNoColumnAtAllToo() {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.DIR.toString()));
        List<Report> all = session.reports().get();
        session.showColumns(all.subList(0, 4));
        assertThat(session.columns().get()).hasSize(4);
        assertThat(session.toggleColumn(all.get(4), true)).isFalse();
        assertThat(session.status().get()).isEqualTo(Notice.of("status.maxColumns", Session.MAX_COLUMNS));
        session.showColumns(all.subList(0, 1));
        assertThat(session.toggleColumn(all.get(0), false)).isFalse();
        assertThat(session.columns().get()).extracting(Report::id).containsExactly(all.get(0).id());
        session.bringIntoColumns(all.get(3).id());
        assertThat(session.columns().get()).extracting(Report::id).contains(all.get(0).id(), all.get(3).id());
        assertThat(session.shown().get().columns()).isEqualTo(session.columns().get());
    }

    @Test
    void anAnalysisOvertakenByANewerOneIsCancelledAndNeverShown() {
        QueuedExecutor work = new QueuedExecutor();
        fixture = SessionFixture.with(dir, work, Runnable::run);
        Session session = fixture.session;
        session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        work.runNext(); // reading; it asks for the first analysis
        assertThat(work.waiting()).isEqualTo(1);
        AnalysisOptions sentence = session.options().get().withCompare(
                session.options().get().compare().withGranularity(Granularity.SENTENCE));
        session.useOptions(sentence);
        assertThat(work.waiting()).isEqualTo(2);
        work.runNext(); // the first: cancelled before it starts, nothing shown
        assertThat(session.shown().get().analysis()).isNull();
        assertThat(session.busy().get()).isTrue();
        assertThat(session.problems().get()).isEmpty();
        work.runNext();
        assertThat(session.shown().get().analysis().options().compare().granularity()).isEqualTo(Granularity.SENTENCE);
        assertThat(session.busy().get()).isFalse();
    }

    @Test
    void optionChangesCloseTogetherMakeOneAnalysisWithTheLastOptions() {
        QueuedExecutor work = new QueuedExecutor();
        fixture = SessionFixture.with(dir, work, Runnable::run);
        Session session = fixture.session;
        session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        work.runAll();
        AnalysisOptions o = session.options().get();
        for (int min = 21; min <= 25; min++) { // the spinner held down
            session.chooseOptions(o.withDuplicates(o.duplicates().withMinLength(min)));
        }
        assertThat(work.waiting()).isZero();
        assertThat(fixture.delays.lastDelay()).isEqualTo(Session.OPTION_DELAY);
        assertThat(session.options().get().duplicates().minLength()).isEqualTo(25); // the bar shows it at once
        assertThat(fixture.settings.minDuplicateLength()).isEqualTo(25); // and it is remembered
        fixture.delays.elapse();
        assertThat(work.waiting()).isEqualTo(1);
        work.runAll();
        assertThat(session.shown().get().analysis().options().duplicates().minLength()).isEqualTo(25);
    }

    @Test
    void optionsOfAWorkspaceAreUsedAtOnceAndNotRemembered() {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        AnalysisOptions o = session.options().get();
        session.useOptions(o.withCompare(o.compare().withGranularity(Granularity.SENTENCE)));
        assertThat(session.shown().get().analysis().options().compare().granularity()).isEqualTo(Granularity.SENTENCE);
        assertThat(fixture.settings.granularity()).isEqualTo(new Settings(fixture.preferences).granularity());
        assertThat(fixture.delays.pending()).isZero();
    }

    @Test
    void anExportIsOfferedUnderTheNameOfWhatItCompares() throws Exception {
        // every export was offered as reportlens.html: a folder of them said nothing (from an editor's tour)
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        java.util.function.Function<Session.ExportFormat, String> words =
                f -> f == Session.ExportFormat.CSV ? "目标" : f == Session.ExportFormat.DOCX ? "修订" : "";
        assertThat(session.exportName(Session.ExportFormat.HTML, words)).isEqualTo("reportlens.html");
        assertThat(session.exportable(Session.ExportFormat.HTML)).isFalse();
        session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString(), Seeds.GAOXIN_2026.toString()));
        assertThat(session.exportName(Session.ExportFormat.HTML, words)).isEqualTo("大连市、大连高新区 2022-2024-2026.html");
        assertThat(session.exportName(Session.ExportFormat.CSV, words)).isEqualTo("大连市、大连高新区 2022-2024-2026 目标.csv");
        // the redline is of the first pair only
        assertThat(session.exportName(Session.ExportFormat.DOCX, words)).isEqualTo("大连市 2022-2024 修订.docx");
        assertThat(session.exportable(Session.ExportFormat.DOCX)).isTrue();
        // offered beside the reports, not in the folder the program was started from
        assertThat(session.exportFolder()).contains(Seeds.DALIAN_2022.toAbsolutePath().getParent());
        try (SessionFixture one = SessionFixture.inline(dir.resolve("single"))) {
            one.session.open(List.of(Seeds.DALIAN_2022.toString()));
            assertThat(one.session.exportable(Session.ExportFormat.HTML)).as("one report, no pair").isTrue();
            assertThat(one.session.exportable(Session.ExportFormat.DOCX)).isFalse();
        }
    }

    @Test
    void theComparisonAndTheTargetTableAreExported() throws Exception {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        Path html = dir.resolve("export.html");
        Path csv = dir.resolve("targets.csv");
        Path docx = dir.resolve("redline.docx");
        assertThat(session.export(Session.ExportFormat.HTML, html, java.util.Locale.SIMPLIFIED_CHINESE)).isCompletedWithValue(html);
        assertThat(session.export(Session.ExportFormat.DOCX, docx)).isCompletedWithValue(docx);
        Path pdf = dir.resolve("compare.pdf");
        assertThat(session.export(Session.ExportFormat.PDF, pdf, java.util.Locale.SIMPLIFIED_CHINESE)).isCompletedWithValue(pdf);
        try (var printed = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(printed)).contains("主要预期目标");
        }
        assertThat(session.export(Session.ExportFormat.CSV, csv)).isCompletedWithValue(csv);
        // the page in the interface's language (here Chinese), whatever the system's
        assertThat(Files.readString(html)).contains("<table class=\"compare\">", "<h2>主要预期目标</h2>");
        assertThat(new org.reportlens.core.export.DocxChanges(Files.readAllBytes(docx)).accepted().replaceAll("\\s", ""))
                .isEqualTo(Files.readString(Seeds.DALIAN_2024).replaceAll("\\s", ""));
        assertThat(Files.readString(csv)).contains("\"地区生产总值\",\"增长8%左右\"");
        assertThat(session.status().get()).isEqualTo(Notice.of("status.exported", csv));
    }

    @Test
    void aFailedExportIsShownWithWhatFailedAndWhy() throws Exception {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        session.open(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        Path target = notAFolder.resolve("export.html");
        assertThat(session.export(Session.ExportFormat.HTML, target)).isCompletedExceptionally();
        assertThat(session.problems().get()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("problem.failed");
            assertThat(p.args().get(0)).isEqualTo(Notice.of("task.export", target));
            assertThat(String.valueOf(p.args().get(1))).isNotBlank();
        });
        session.dismissProblems();
        assertThat(session.problems().get()).isEmpty();
    }

    @Test
    void nothingToExportSaysSo() {
        fixture = SessionFixture.inline(dir);
        assertThat(fixture.session.export(Session.ExportFormat.CSV, dir.resolve("t.csv"))).isCompletedExceptionally();
        assertThat(fixture.session.status().get()).isEqualTo(Notice.of("status.nothingToExport"));
        assertThat(dir.resolve("t.csv")).doesNotExist();
    }

    @Test
    void problemsWithTheUsersOwnListsAreShownInTheSession() {
        Notice broken = Notice.of("problem.metricNames", dir.resolve("metric-names.json"), "not valid JSON");
        fixture = SessionFixture.withProblems(dir, List.of(broken));
        assertThat(fixture.session.problems().get()).containsExactly(broken);
    }

    @Test
    void aPreloadMadeWithTheSessionsOptionsIsShownAsItIsAndLaterReportsAreNumberedOn() {
        QueuedExecutor work = new QueuedExecutor();
        fixture = SessionFixture.with(dir, work, Runnable::run);
        Session session = fixture.session;
        List<String> names = List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString());
        Preload preload = Preload.start(names, session.options().get()).join();
        session.adopt(CompletableFuture.completedFuture(preload));
        assertThat(work.waiting()).isZero(); // nothing analysed again
        assertThat(session.shown().get()).isSameAs(preload.shown());
        assertThat(session.columns().get()).isEqualTo(preload.shown().columns());
        assertThat(session.busy().get()).isFalse();
        assertThat(fixture.settings.recentFiles()).isEqualTo(names.stream().map(n -> Path.of(n).toAbsolutePath().toString()).toList());
        session.open(List.of(Seeds.GAOXIN_2026.toString()));
        work.runAll();
        assertThat(session.reports().get()).extracting(Report::id).containsExactly("r1", "r2", "r3");
    }

    @Test
    void aPreloadMadeWithOtherOptionsIsAnalysedAgainAndOneNotReadyIsTakenWhenItComes() {
        QueuedExecutor work = new QueuedExecutor();
        fixture = SessionFixture.with(dir, work, Runnable::run);
        Session session = fixture.session;
        CompletableFuture<Preload> coming = new CompletableFuture<>();
        session.adopt(coming);
        assertThat(session.busy().get()).isTrue();
        assertThat(session.status().get()).isEqualTo(Notice.of("status.loading"));
        AnalysisOptions other = AnalysisOptions.defaults().withCompare(
                AnalysisOptions.defaults().compare().withGranularity(Granularity.SENTENCE));
        coming.complete(Preload.start(List.of(Seeds.DALIAN_2022.toString()), other).join());
        assertThat(session.reports().get()).hasSize(1);
        assertThat(work.waiting()).isEqualTo(1);
        work.runAll();
        assertThat(session.shown().get().analysis().options()).isEqualTo(session.options().get());
    }

    @Test
    void aPreloadThatFailedIsShownWithWhatWasBeingRead() {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        Preload failed = new Preload(List.of("deep.docx"), new LoadResult(List.of(), List.of()), session.options().get(),
                null, new StackOverflowError());
        session.adopt(CompletableFuture.completedFuture(failed));
        assertThat(session.problems().get()).containsExactly(
                Notice.of("problem.failed", Notice.of("task.read", "deep.docx"), "StackOverflowError"));
        assertThat(session.busy().get()).isFalse();
        assertThat(session.status().get()).isEqualTo(Notice.of("status.ready"));
    }

    @Test
    void aReportThatCannotBeReadIsAProblemAndTheOthersStay() throws Exception {
        fixture = SessionFixture.inline(dir);
        Session session = fixture.session;
        Path binary = Files.write(dir.resolve("scan.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        session.open(List.of(Seeds.DALIAN_2022.toString(), binary.toString(), Seeds.GAOXIN_2026.toString()));
        assertThat(session.problems().get()).containsExactly(Notice.verbatim(binary + ": not a text file: it is a PNG image"));
        assertThat(session.reports().get()).hasSize(2);
        assertThat(session.status().get().key()).isEqualTo("status.analysed");
        ShownAnalysis before = session.shown().get();
        session.open(List.of(binary.toString()));
        assertThat(session.problems().get()).hasSize(2);
        assertThat(session.shown().get()).as("nothing new: nothing analysed again").isSameAs(before);
        assertThat(session.status().get()).isEqualTo(Notice.of("status.loaded", 2, 1));
        assertThat(session.busy().get()).isFalse();
    }
}
