package org.reportlens.ui;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the main window on the files given (or {@code ./seeds}). With
 * {@code -Dreportlens.timing=true} it prints to stderr when the first analysis is painted,
 * counted from the start of the JVM.
 */
public final class ReportLensApp extends Application {

    public static void launchViewer(String[] files) {
        Application.launch(ReportLensApp.class, files);
    }

    @Override
    public void start(Stage stage) {
        List<String> files = getParameters().getUnnamed();
        Settings settings = Settings.forUser();
        MainWindow window = new MainWindow(messages(settings), settings);
        if (Boolean.getBoolean("reportlens.timing")) {
            window.onFirstPaint(() -> System.err.printf(Locale.ROOT, "reportlens: first highlighted paint %d ms after start%n",
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
        window.show(stage);
        window.viewModel().open(files.isEmpty() ? InputFiles.defaultInputs() : files);
    }

    /** {@code -Dreportlens.lang} first, then the language chosen in the window, then the system's. */
    private static Messages messages(Settings settings) {
        if (System.getProperty("reportlens.lang") == null && settings.language() != null) {
            return Messages.forLocale(Locale.forLanguageTag(settings.language()));
        }
        return Messages.forDefaultLocale();
    }
}
