package org.reportlens.session;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.compare.ColumnChoice;
import org.reportlens.core.compare.Comparer;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionLinks;
import org.reportlens.core.export.ChineseFont;
import org.reportlens.core.export.ComparisonTitle;
import org.reportlens.core.export.HtmlExport;
import org.reportlens.core.export.OutputFile;
import org.reportlens.core.export.PdfExport;
import org.reportlens.core.export.TargetTableCsv;
import org.reportlens.core.export.WordRedline;
import org.reportlens.core.meta.Correction;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.core.workspace.SavedState;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.core.workspace.WorkspaceReport;

/**
 * The working session behind the window: the reports loaded (each as detected, with the user's
 * correction), the 2–4 shown as columns, the options, what is shown of their analysis, and what
 * the user is told (status, problems). Reading and analysis run on the {@link Scheduler}; their
 * results come back to the session's thread, where all of this is read and changed. An analysis
 * overtaken by a newer one is cancelled; option changes in quick succession make one analysis.
 */
public final class Session implements AutoCloseable {
    public static final int MAX_COLUMNS = ColumnChoice.MAX_COLUMNS;
    /** Option changes closer together than this make one analysis (a spinner held down, a few boxes ticked). */
    public static final Duration OPTION_DELAY = Duration.ofMillis(250);
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2200;

    /** What an export writes. */
    public enum ExportFormat { HTML, CSV, DOCX, PDF }

    private final Settings settings;
    private final Scheduler scheduler;
    private final State<List<Report>> reports = new State<>(List.of());
    private final State<List<Report>> columns = new State<>(List.of());
    private final State<AnalysisOptions> options;
    private volatile Path workspaceFile;
    private final State<ShownAnalysis> shown = new State<>(ShownAnalysis.NOTHING);
    private final State<Boolean> busy = new State<>(false);
    private final State<Notice> status = new State<>(Notice.of("status.ready"));
    /** The hint the status shows ({@link #hint}), and what it said before; null without one. */
    private Notice hint;
    private Notice beforeHint;
    private final State<List<Notice>> problems;
    /** Each report as read, by id: a correction is always made from this, never from an earlier correction. */
    private final Map<String, Report> detected = new HashMap<>();
    private final Map<String, Correction> corrections = new HashMap<>();
    private int lastId;
    /** Counts option changes, so that only the last of several close together analyses. */
    private int optionChanges;

    /** @param start the options to start with, and problems met reading the user's own lists */
    public Session(Settings settings, Scheduler scheduler, UserFiles.Applied start) {
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler must not be null");
        this.options = new State<>(start.options());
        this.problems = new State<>(start.problems());
        scheduler.onFailure(failure -> problem(failure.notice()));
    }

    public Settings settings() {
        return settings;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /** The reports loaded, in the user's order, with their corrections. */
    public State<List<Report>> reports() {
        return reports;
    }

    /** The reports shown side by side, in year order; empty while the analysis chooses the pair. */
    public State<List<Report>> columns() {
        return columns;
    }

    public State<AnalysisOptions> options() {
        return options;
    }

    /** What the window shows: the columns with their marks, navigation, tooltips, counts. */
    public State<ShownAnalysis> shown() {
        return shown;
    }

    /** Whether reading or analysis is under way. */
    public State<Boolean> busy() {
        return busy;
    }

    public State<Notice> status() {
        return status;
    }

    /** Problems to show until dismissed: files that could not be read, work that failed. */
    public State<List<Notice>> problems() {
        return problems;
    }

    /** The correction the user made to a report; {@link Correction#NONE} if none. */
    public Correction correction(Report report) {
        return corrections.getOrDefault(report.id(), Correction.NONE);
    }

    public void say(Notice notice) {
        status.set(notice);
        hint = null;
    }

    /**
     * Says what holds of the window only now — a column standing where a section would be, not showing it — until the
     * next hint: an empty one gives back what the status said before, unless something else was said since.
     */
    public void hint(Optional<Notice> now) {
        if (hint != null && status.get().equals(hint)) {
            status.set(beforeHint);
        }
        if (now.isPresent()) {
            beforeHint = status.get();
            status.set(now.get());
        }
        hint = now.orElse(null);
    }

    public void problem(Notice notice) {
        List<Notice> all = new ArrayList<>(problems.get());
        all.add(notice);
        problems.set(all);
    }

    public void dismissProblems() {
        problems.set(List.of());
    }

    /** Reads the files (a folder stands for the reports under it) and adds them to the reports. */
    public CompletableFuture<LoadResult> open(List<String> names) {
        working("status.loading");
        scheduler.cancelLatest(); // the reports coming need an analysis of their own
        return idleOnFailure(scheduler.work(Notice.of("task.read", String.join(", ", names)),
                cancellation -> new ReportLoader().loadNamed(names), loaded -> added(loaded, names)));
    }

    /** Takes the reports read and analysed before the window was there; an analysis made with other options is redone. */
    public void adopt(CompletableFuture<Preload> preload) {
        working("status.loading");
        if (preload.isDone()) {
            adoptNow(preload);
        } else {
            preload.whenComplete((p, error) -> scheduler.inSession(() -> adoptNow(preload)));
        }
    }

    private void adoptNow(CompletableFuture<Preload> preload) {
        Preload p = preload.join(); // it never fails: a failure comes inside it
        if (p.failure() != null) {
            problem(new Failure(Notice.of("task.read", String.join(", ", p.names())), p.failure()).notice());
            idle();
            say(Notice.of("status.ready"));
            return;
        }
        boolean fresh = lastId == 0 && p.shown() != null && p.options().equals(options.get());
        if (!fresh) {
            added(p.loaded(), p.names());
            return;
        }
        List<Report> numbered = number(p.loaded().reports()); // r1, r2, … as the preload numbered them
        reports.set(numbered);
        p.loaded().problems().forEach(problem -> problem(Notice.verbatim(problem.message())));
        settings.addRecent(p.names());
        shown.set(p.shown()); // the analysis with its columns: the window draws them once, highlighted
        columns.set(p.shown().columns());
        idle();
        say(Notice.of("status.loaded", numbered.size(), p.loaded().problems().size()));
    }

    private void added(LoadResult loaded, List<String> names) {
        List<Report> added = number(loaded.reports());
        List<Report> all = new ArrayList<>(reports.get());
        all.addAll(added);
        reports.set(all);
        loaded.problems().forEach(problem -> problem(Notice.verbatim(problem.message())));
        idle();
        say(Notice.of("status.loaded", all.size(), loaded.problems().size()));
        if (added.isEmpty()) {
            return; // nothing new to analyse
        }
        settings.addRecent(names);
        if (columns.get().size() < 2) {
            columns.set(List.of()); // the analysis chooses the pair to show
        }
        analyze();
    }

    /** Ids that stay unique for the session, whatever is removed in between. */
    private List<Report> number(List<Report> loaded) {
        List<Report> out = new ArrayList<>();
        for (Report r : loaded) {
            Report numbered = r.withId("r" + (++lastId));
            detected.put(numbered.id(), numbered);
            out.add(numbered);
        }
        return out;
    }

    /**
     * Replaces everything loaded with a workspace's reports, read in the background, with its
     * corrections and options. The future completes when they are in place.
     */
    public CompletableFuture<LoadResult> replaceWith(Workspace workspace) {
        List<String> paths = workspace.reports().stream().map(WorkspaceReport::path).toList();
        working("status.loading");
        scheduler.cancelLatest();
        return idleOnFailure(scheduler.work(Notice.of("task.read", String.join(", ", paths)),
                cancellation -> new ReportLoader().load(paths), loaded -> {
                    detected.clear();
                    corrections.clear();
                    // the ids go on from those of the reports replaced: the analysis shown keeps its marks for reports of
                    // the same ids (ShownAnalysis.withColumns), and r1, r2 again drew those of the reports before over
                    // the workspace's, whose texts they did not fit
                    List<Report> corrected = new ArrayList<>();
                    for (Report r : number(loaded.reports())) {
                        corrected.add(corrected(r, SavedState.correction(r, workspace.reports())));
                    }
                    loaded.problems().forEach(problem -> problem(Notice.verbatim(problem.message())));
                    reports.set(corrected);
                    columns.set(savedColumns(corrected, workspace.columns()));
                    options.set(SavedState.options(workspace, options.get()));
                    idle();
                    say(Notice.of("status.loaded", corrected.size(), loaded.problems().size()));
                    analyze();
                }));
    }

    /**
     * The columns the workspace was saved with, in year order, when two to four of its reports are still
     * there; else none, and the analysis chooses the pair to show (a workspace saved before columns were).
     */
    private static List<Report> savedColumns(List<Report> loaded, List<String> paths) {
        List<Report> shownThen = Comparer.byYear(loaded.stream()
                .filter(r -> paths.contains(WorkspaceSnapshot.absolute(r.file()))).toList());
        return shownThen.size() >= 2 && shownThen.size() <= MAX_COLUMNS ? shownThen : List.of();
    }

    /** The report as detected with {@code correction} on it, which is remembered (and saved in a workspace). */
    private Report corrected(Report detectedReport, Correction correction) {
        if (correction.isNone()) {
            corrections.remove(detectedReport.id());
            return detectedReport;
        }
        corrections.put(detectedReport.id(), correction);
        return detectedReport.withMetadata(correction.applyTo(detectedReport.metadata()));
    }

    /**
     * Corrects a report's government and year as the user typed them. A value that is what was
     * detected corrects nothing; a blank government keeps the detected one. A year that is not a
     * year changes nothing and says so.
     *
     * @return whether the report changed
     */
    public boolean correct(Report report, String government, String year) {
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                y = null;
            }
            if (y == null || y < EARLIEST_YEAR || y > LATEST_YEAR) {
                say(Notice.of("status.badYear", year.strip()));
                return false;
            }
        }
        Report original = detected.get(report.id());
        if (original == null) {
            return false;
        }
        Report fixed = corrected(original, Correction.between(original.metadata(), Comparer.yearOf(original), government, y));
        reports.set(reports.get().stream().map(r -> r.id().equals(fixed.id()) ? fixed : r).toList());
        if (columns.get().stream().anyMatch(r -> r.id().equals(fixed.id()))) {
            columns.set(Comparer.byYear(columns.get().stream().map(r -> r.id().equals(fixed.id()) ? fixed : r).toList()));
        }
        analyze();
        return true;
    }

    /** Shows these reports as columns (up to four, in year order) and compares them. */
    public void showColumns(List<Report> chosen) {
        List<String> ids = chosen.stream().map(Report::id).distinct().toList();
        List<Report> shownNow = Comparer.byYear(ids.stream().flatMap(id -> reports.get().stream()
                .filter(r -> r.id().equals(id))).limit(MAX_COLUMNS).toList());
        if (!shownNow.isEmpty() && !shownNow.equals(columns.get())) {
            columns.set(shownNow);
            analyze();
        }
    }

    /**
     * Ticks or unticks a report's column. A fifth column, or none at all, is refused.
     *
     * @return whether the columns are as asked
     */
    public boolean toggleColumn(Report report, boolean show) {
        List<Report> chosen = new ArrayList<>(columns.get());
        boolean there = chosen.stream().anyMatch(r -> r.id().equals(report.id()));
        if (show && !there) {
            if (chosen.size() >= MAX_COLUMNS) {
                say(Notice.of("status.maxColumns", MAX_COLUMNS));
                return false;
            }
            chosen.add(report);
        } else if (!show) {
            chosen.removeIf(r -> r.id().equals(report.id()));
        }
        if (chosen.isEmpty()) {
            return false;
        }
        showColumns(chosen);
        return true;
    }

    /** Puts a report in a column (in place of the newest when four are shown), to show a passage of it. */
    public void bringIntoColumns(String reportId) {
        Report report = reports.get().stream().filter(r -> r.id().equals(reportId)).findFirst().orElse(null);
        if (report == null) {
            return;
        }
        List<Report> chosen = new ArrayList<>(columns.get());
        if (chosen.size() >= MAX_COLUMNS) {
            chosen.remove(chosen.size() - 1);
        }
        chosen.add(report);
        showColumns(chosen);
    }

    public void remove(Report report) {
        reports.set(reports.get().stream().filter(r -> !r.id().equals(report.id())).toList());
        detected.remove(report.id());
        corrections.remove(report.id());
        List<Report> left = columns.get().stream().filter(r -> !r.id().equals(report.id())).toList();
        if (left.size() != columns.get().size()) {
            columns.set(left.size() < 2 && reports.get().size() >= 2 ? List.of() : left);
        }
        analyze();
    }

    /** Moves a report up or down the list by {@code by} places. */
    public void move(Report report, int by) {
        List<Report> all = new ArrayList<>(reports.get());
        int at = all.indexOf(report);
        int to = at + by;
        if (at >= 0 && to >= 0 && to < all.size()) {
            all.add(to, all.remove(at));
            reports.set(all);
        }
    }

    /** Options set for this session only (a workspace's): analysed at once, not remembered. */
    public void useOptions(AnalysisOptions changed) {
        if (!changed.equals(options.get())) {
            options.set(changed);
            analyze();
        }
    }

    /**
     * The user's correction of a section pair (from the alignment pane), kept with the options — so a
     * saved workspace keeps it — and analysed at once; one that undoes the user's own correction of the
     * same two sections takes it back ({@link SectionLinks#corrected}).
     */
    public void correctAlignment(SectionLink link) {
        AnalysisOptions now = options.get();
        useOptions(now.withCompare(now.compare().withLinks(now.compare().links().corrected(link))));
    }

    /** Takes back the user's correction of a section pair: the aligner decides again. */
    public void withdrawCorrection(SectionLink link) {
        AnalysisOptions now = options.get();
        useOptions(now.withCompare(now.compare().withLinks(now.compare().links().without(link))));
    }

    /** The workspace the review saves to or opened (null for none): never written over by an export. */
    void workspaceIs(Path file) {
        workspaceFile = file;
    }

    /** Options the user chose: remembered for the next start, analysed once changes stop for {@link #OPTION_DELAY}. */
    public void chooseOptions(AnalysisOptions changed) {
        if (changed.equals(options.get())) {
            return;
        }
        settings.remember(changed);
        options.set(changed);
        int mine = ++optionChanges;
        scheduler.after(OPTION_DELAY, () -> {
            if (mine == optionChanges) {
                analyze();
            }
        });
    }

    /**
     * Analyses in the background; an analysis started later makes this one stop and vanish. With
     * no columns chosen the analysis chooses the pair to show, in the background too: that reads
     * every report's text.
     */
    public void analyze() {
        optionChanges++; // an option change waiting for its analysis gets this one
        List<Report> all = reports.get();
        List<Report> chosen = columns.get();
        AnalysisOptions chosenOptions = options.get();
        if (all.isEmpty()) {
            scheduler.cancelLatest();
            shown.set(ShownAnalysis.NOTHING);
            idle();
            return;
        }
        shown.set(shown.get().withColumns(chosen));
        working("status.analysing");
        idleOnFailure(scheduler.latest(Notice.of("task.analysis", all.size()),
                cancellation -> ShownAnalysis.analyse(all, chosen, chosenOptions, cancellation), view -> {
                    shown.set(view); // first: the window draws the new columns once, highlighted
                    if (chosen.isEmpty()) {
                        columns.set(view.columns());
                    }
                    idle();
                    say(Notice.of("status.analysed", all.size(), view.millis()));
                }));
    }

    /**
     * The folder an export is offered in: the one holding the reports shown (the first's), where the user
     * keeps them, if it is a folder one may write in; empty otherwise (the dialog's own default, often the
     * folder the program was started from, which an editor from a tour found odd).
     */
    public Optional<Path> exportFolder() {
        Analysis analysis = shown.get().analysis();
        if (analysis == null || analysis.reports().isEmpty()) {
            return Optional.empty();
        }
        Path folder = Path.of(analysis.reports().get(0).file()).toAbsolutePath().getParent();
        return folder != null && Files.isDirectory(folder) && Files.isWritable(folder) ? Optional.of(folder) : Optional.empty();
    }

    /** Whether the analysis shown has anything to export in {@code format}: a Word redline needs a compared pair. */
    public boolean exportable(ExportFormat format) {
        Analysis analysis = shown.get().analysis();
        return analysis != null && (format != ExportFormat.DOCX || !analysis.comparison().pairs().isEmpty());
    }

    /**
     * The file name an export of the analysis shown is offered under: what it compares ("惠州市 2021-2024.html";
     * the Word redline names its pair), then {@code suffix} ("目标" for the target table, "修订" for the redline,
     * in the interface's words) and the format's extension; "reportlens.html" and the like with nothing shown.
     */
    public String exportName(ExportFormat format, Function<ExportFormat, String> suffix) {
        Analysis analysis = shown.get().analysis();
        List<Report> compared = analysis == null ? List.of()
                : format == ExportFormat.DOCX && !analysis.comparison().pairs().isEmpty()
                ? List.of(analysis.report(analysis.comparison().pairs().get(0).a()),
                        analysis.report(analysis.comparison().pairs().get(0).b()))
                : analysis.reports();
        String words = suffix.apply(format);
        return ComparisonTitle.asFileName(compared)
                + (words == null || words.isBlank() ? "" : " " + words) + "." + format.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes the analysis shown as one HTML page (or that page printed to PDF), its target table as
     * CSV, or the first compared pair as a Word redline (the later report with tracked changes
     * against the earlier), atomically, on the files lane.
     */
    public CompletableFuture<Path> export(ExportFormat format, Path file) {
        return export(format, file, Locale.getDefault());
    }

    /** {@link #export(ExportFormat, Path)} with the HTML page's words in {@code language} (the interface's). */
    public CompletableFuture<Path> export(ExportFormat format, Path file, Locale language) {
        Analysis analysis = shown.get().analysis();
        if (!exportable(format)) {
            say(Notice.of("status.nothingToExport"));
            return CompletableFuture.failedFuture(new IllegalStateException("nothing to export"));
        }
        return scheduler.files(Notice.of("task.export", file), cancellation -> {
            byte[] bytes = switch (format) {
                case HTML -> HtmlExport.write(new LoadResult(analysis.reports(), List.of()), analysis, language)
                        .getBytes(StandardCharsets.UTF_8);
                case CSV -> TargetTableCsv.write(analysis.targets().table()).getBytes(StandardCharsets.UTF_8);
                case DOCX -> WordRedline.write(analysis, java.time.Instant.now());
                case PDF -> PdfExport.write(HtmlExport.write(new LoadResult(analysis.reports(), List.of()), analysis, language),
                        ChineseFont.installed().orElseThrow(() -> new ExplainedFailure(Notice.of("problem.noChineseFont"))));
            };
            // never over a report that is open, the workspace, or the user's own files: the export would replace it
            Map<Path, String> kept = new LinkedHashMap<>();
            analysis.reports().forEach(r -> kept.put(Path.of(r.file()), "the report " + r.file()));
            if (workspaceFile != null) {
                kept.put(workspaceFile, "the workspace " + workspaceFile);
            }
            kept.put(settings.recoveryFile(), "the recovery file " + settings.recoveryFile());
            UserFiles.own().forEach(f -> kept.put(f, "your list " + f));
            OutputFile.write(file, bytes, kept);
            return file;
        }, written -> say(Notice.of("status.exported", written)));
    }

    private void working(String statusKey) {
        busy.set(true);
        say(Notice.of(statusKey));
    }

    private void idle() {
        busy.set(false);
    }

    /** After a failure (already shown as a problem) the session is idle again; an overtaken job leaves that to its successor. */
    private <T> CompletableFuture<T> idleOnFailure(CompletableFuture<T> job) {
        job.whenComplete((value, error) -> {
            if (error != null && !(error instanceof CancellationException)) {
                idle();
                say(Notice.of("status.ready"));
            }
        });
        return job;
    }

    /** Stops the background work: an analysis under way is cancelled, a save under way is finished. */
    @Override
    public void close() {
        scheduler.close();
    }
}
