package org.reportlens.ui;

import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the main window on the files given (or {@code ./seeds}). */
public final class ReportLensApp extends Application {

    public static void launchViewer(String[] files) {
        Application.launch(ReportLensApp.class, files);
    }

    @Override
    public void start(Stage stage) {
        List<String> files = getParameters().getUnnamed();
        MainWindow window = new MainWindow(Messages.forDefaultLocale());
        window.show(stage);
        window.viewModel().open(files.isEmpty() ? InputFiles.defaultInputs() : files);
    }
}
