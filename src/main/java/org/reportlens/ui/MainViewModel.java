package org.reportlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.compare.ColumnChoice;
import org.reportlens.core.compare.Comparer;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.report.LoadProblem;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.core.workspace.SavedState;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.core.workspace.WorkspaceReport;

/**
 * The state of the main window: loaded reports, the 2–4 shown as columns, options, the analysis,
 * problems to show. Loading and analysis run on a background thread; results are applied on the FX
 * thread, and an analysis overtaken by a newer one is cancelled, so the window never freezes.
 */
final class MainViewModel {
    static final int MAX_COLUMNS = 4;
    private final Messages messages;
    private final Settings settings;
    private final ObservableList<Report> reports = FXCollections.observableArrayList();
    private final ObservableList<Report> columns = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Analysis> analysis = new SimpleObjectProperty<>();
    private final ObjectProperty<AnalysisOptions> options = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final AtomicLong generation = new AtomicLong();
    private volatile long analysisMillis;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reportlens-worker");
        t.setDaemon(true);
        return t;
    });

    MainViewModel(Messages messages, Settings settings, AnalysisOptions initial) {
        this.messages = messages;
        this.settings = settings;
        this.options.set(initial);
        status.set(messages.get("status.ready"));
    }

    ObservableList<Report> reports() {
        return reports;
    }

    /** The reports shown side by side, in year order. */
    ObservableList<Report> columns() {
        return columns;
    }

    ObservableList<String> problems() {
        return problems;
    }

    ObjectProperty<Analysis> analysisProperty() {
        return analysis;
    }

    ObjectProperty<AnalysisOptions> optionsProperty() {
        return options;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    StringProperty statusProperty() {
        return status;
    }

    Settings settings() {
        return settings;
    }

    long analysisMillis() {
        return analysisMillis;
    }

    /** Loads the files (directories stand for the reports in them) and adds them to the list. */
    Task<LoadResult> open(List<String> names) {
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                return new ReportLoader().load(InputFiles.expand(names));
            }
        };
        busy.set(true);
        status.set(messages.get("status.loading"));
        task.setOnSucceeded(e -> applyLoaded(task.getValue(), names));
        task.setOnFailed(e -> {
            busy.set(false);
            problems.add(messages.format("problem.unexpected", String.valueOf(task.getException().getMessage())));
            status.set(messages.get("status.ready"));
        });
        worker.submit(task);
        return task;
    }

    /** Takes reports read and analysed before the window was there; an analysis made with other options is redone. */
    void adopt(java.util.concurrent.CompletableFuture<Preload> preload) {
        busy.set(true);
        status.set(messages.get("status.loading"));
        if (preload.isDone()) {
            try {
                apply(preload.join(), null);
            } catch (java.util.concurrent.CompletionException e) {
                apply(null, e.getCause());
            }
        } else {
            preload.whenComplete((p, error) -> javafx.application.Platform.runLater(() -> apply(p, error)));
        }
    }

    private void apply(Preload p, Throwable error) {
        if (error != null) {
            busy.set(false);
            problems.add(messages.format("problem.unexpected", String.valueOf(error.getMessage())));
            status.set(messages.get("status.ready"));
            return;
        }
        boolean fresh = reports.isEmpty() && p.analysis() != null && p.options().equals(options.get());
        if (!fresh) {
            applyLoaded(p.loaded(), p.names());
            return;
        }
        reports.setAll(p.loaded().reports());
        p.loaded().problems().forEach(problem -> problems.add(problem.message()));
        settings.addRecent(p.names());
        generation.incrementAndGet();
        analysisMillis = p.analysisMillis();
        // the analysis first, then its columns: the window then draws them once, highlighted
        analysis.set(p.analysis());
        columns.setAll(p.columns());
        busy.set(false);
        status.set(messages.format("status.loaded", reports.size(), p.loaded().problems().size()));
    }

    /** The reports with ids r{after+1}, r{after+2}, … in order. */
    static List<Report> renumbered(List<Report> loaded, int after) {
        List<Report> out = new ArrayList<>();
        for (Report report : loaded) {
            out.add(report.withId("r" + (after + out.size() + 1)));
        }
        return out;
    }

    private void applyLoaded(LoadResult result, List<String> names) {
        List<Report> added = renumbered(result.reports(), reports.size());
        reports.addAll(added);
        for (LoadProblem problem : result.problems()) {
            problems.add(problem.message());
        }
        if (!added.isEmpty()) {
            settings.addRecent(names);
        }
        if (columns.size() < 2) {
            columns.clear(); // the analysis chooses the pair to show
        }
        busy.set(false);
        status.set(messages.format("status.loaded", reports.size(), result.problems().size()));
        analyze();
    }

    /**
     * Replaces everything loaded with a workspace's reports, read in the background, their
     * government and year as saved, and its options; {@code then} runs when they are in place.
     */
    void replaceWith(Workspace workspace, Runnable then) {
        List<String> names = workspace.reports().stream().map(WorkspaceReport::path).toList();
        busy.set(true);
        status.set(messages.get("status.loading"));
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                return new ReportLoader().load(names);
            }
        };
        task.setOnSucceeded(e -> {
            List<Report> loaded = renumbered(task.getValue().reports(), 0).stream()
                    .map(r -> SavedState.corrected(r, workspace.reports())).toList();
            task.getValue().problems().forEach(p -> problems.add(p.message()));
            generation.incrementAndGet();
            reports.setAll(loaded);
            columns.clear(); // the analysis chooses the pair to show
            options.set(SavedState.options(workspace, options.get()));
            busy.set(false);
            status.set(messages.format("status.loaded", reports.size(), task.getValue().problems().size()));
            analyze();
            then.run();
        });
        task.setOnFailed(e -> {
            busy.set(false);
            problems.add(messages.format("problem.unexpected", String.valueOf(task.getException().getMessage())));
        });
        worker.submit(task);
    }

    /** Runs {@code work} on the background thread, after whatever is queued there. */
    void inBackground(Runnable work) {
        worker.submit(work);
    }

    /** Shows these reports as columns (2 to 4, in year order) and compares them. */
    void showColumns(List<Report> chosen) {
        List<Report> shown = Comparer.byYear(chosen.stream().filter(reports::contains).distinct()
                .limit(MAX_COLUMNS).toList());
        if (shown.size() >= 1 && !shown.equals(columns)) {
            columns.setAll(shown);
            analyze();
        }
    }

    void remove(Report report) {
        reports.remove(report);
        if (columns.remove(report) && columns.size() < 2 && reports.size() >= 2) {
            columns.clear(); // the analysis chooses the pair to show
        }
        analyze();
    }

    void move(Report report, int by) {
        int at = reports.indexOf(report);
        int to = at + by;
        if (at >= 0 && to >= 0 && to < reports.size()) {
            reports.remove(at);
            reports.add(to, report);
        }
    }

    /** Replaces a report's detected government and year with the user's. */
    void correctMetadata(Report report, String government, Integer year) {
        ReportMetadata m = report.metadata();
        ReportMetadata corrected = new ReportMetadata(m.title(), government, year, m.reviewYear(),
                year != null ? year : m.planYear());
        Report fixed = report.withMetadata(corrected);
        int at = reports.indexOf(report);
        if (at < 0) {
            return;
        }
        reports.set(at, fixed);
        int column = columns.indexOf(report);
        if (column >= 0) {
            List<Report> shown = new ArrayList<>(columns);
            shown.set(column, fixed);
            columns.setAll(Comparer.byYear(shown));
        }
        analyze();
    }

    void setOptions(AnalysisOptions changed) {
        if (!changed.equals(options.get())) {
            options.set(changed);
            analyze();
        }
    }

    /**
     * Analyses in the background; an analysis started later makes this one stop and vanish. With
     * no columns chosen it chooses the pair to show there too, off the FX thread: that reads every
     * report's text.
     */
    void analyze() {
        long mine = generation.incrementAndGet();
        List<Report> all = List.copyOf(reports);
        List<Report> shown = List.copyOf(columns);
        AnalysisOptions chosen = options.get();
        if (all.isEmpty()) {
            analysis.set(null);
            return;
        }
        busy.set(true);
        status.set(messages.get("status.analysing"));
        Task<Analysis> task = new Task<>() {
            @Override
            protected Analysis call() {
                long start = System.nanoTime();
                List<Report> compared = shown.isEmpty() ? ColumnChoice.defaultPair(all) : shown;
                Analysis result = Analyzer.analyze(all, compared, chosen, () -> generation.get() != mine,
                        ReportAnalyzer.PhaseListener.NONE);
                analysisMillis = (System.nanoTime() - start) / 1_000_000;
                return result;
            }
        };
        task.setOnSucceeded(e -> {
            if (generation.get() == mine) {
                analysis.set(task.getValue());
                if (shown.isEmpty()) {
                    // after the analysis, so the columns are drawn once, with their highlights
                    columns.setAll(task.getValue().compared().stream()
                            .flatMap(id -> all.stream().filter(r -> r.id().equals(id))).toList());
                }
                busy.set(false);
                status.set(messages.format("status.analysed", reports.size(), analysisMillis));
            }
        });
        task.setOnFailed(e -> {
            if (generation.get() == mine) {
                busy.set(false);
                if (!(task.getException() instanceof java.util.concurrent.CancellationException)) {
                    problems.add(messages.format("problem.analysis", String.valueOf(task.getException().getMessage())));
                }
                status.set(messages.get("status.ready"));
            }
        });
        worker.submit(task);
    }

    /** Writes in the background, atomically: a file that was there stays whole if writing fails. */
    void export(Analysis current, String format, java.nio.file.Path file) {
        List<LoadProblem> read = List.of();
        worker.submit(() -> {
            try {
                String text = format.equals("html")
                        ? org.reportlens.core.export.HtmlExport.write(new LoadResult(current.reports(), read), current)
                        : org.reportlens.core.export.TargetTableCsv.write(current.targets().table());
                org.reportlens.core.export.AtomicFile.write(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                javafx.application.Platform.runLater(() -> status.set(messages.format("status.exported", file)));
            } catch (java.io.IOException | RuntimeException e) {
                javafx.application.Platform.runLater(() -> problems.add(messages.format("problem.export", file,
                        String.valueOf(e.getMessage()))));
            }
        });
    }

    void dismissProblems() {
        problems.clear();
    }
}
