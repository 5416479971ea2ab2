package org.reportlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.reportlens.core.report.LoadProblem;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;

/**
 * The state of the main window: loaded reports, the selected one, problems to show. Loading runs
 * on a background thread; results are applied on the FX thread, so the window never freezes.
 */
final class MainViewModel {
    private final Messages messages;
    private final ObservableList<Report> reports = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Report> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reportlens-loader");
        t.setDaemon(true);
        return t;
    });

    MainViewModel(Messages messages) {
        this.messages = messages;
        status.set(messages.get("status.ready"));
    }

    ObservableList<Report> reports() {
        return reports;
    }

    ObservableList<String> problems() {
        return problems;
    }

    ObjectProperty<Report> selectedProperty() {
        return selected;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    StringProperty statusProperty() {
        return status;
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
        task.setOnSucceeded(e -> applyLoaded(task.getValue()));
        task.setOnFailed(e -> {
            busy.set(false);
            Throwable error = task.getException();
            problems.add(messages.format("problem.unexpected", String.valueOf(error.getMessage())));
            status.set(messages.get("status.ready"));
        });
        worker.submit(task);
        return task;
    }

    private void applyLoaded(LoadResult result) {
        List<Report> added = new ArrayList<>();
        for (Report report : result.reports()) {
            added.add(report.withId("r" + (reports.size() + added.size() + 1)));
        }
        reports.addAll(added);
        for (LoadProblem problem : result.problems()) {
            problems.add(problem.message());
        }
        if (selected.get() == null && !reports.isEmpty()) {
            selected.set(reports.get(0));
        }
        busy.set(false);
        status.set(messages.format("status.loaded", reports.size(), result.problems().size()));
    }

    void dismissProblems() {
        problems.clear();
    }
}
