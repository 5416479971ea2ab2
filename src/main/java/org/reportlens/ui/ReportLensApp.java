package org.reportlens.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.reportlens.session.Preload;
import org.reportlens.session.Review;
import org.reportlens.session.Scheduler;
import org.reportlens.session.Session;
import org.reportlens.session.Settings;
import org.reportlens.session.UserFiles;

/**
 * The JavaFX application: opens the main window on the files given (or {@code ./seeds}). With
 * {@code -Dreportlens.timing=true} (or {@code exit}) it prints to stderr when the first analysis
 * is painted, counted from the start of the JVM, then times scrolling ({@link ScrollTiming}).
 */
public final class ReportLensApp extends Application {

    /** How long the window waits for the reports it starts on before it opens without them. */
    private static final long PRELOAD_WAIT_MILLIS = 1500;
    private static final String DEFAULT_FOLDER = "seeds";
    private static CompletableFuture<Preload> preload;
    private static Settings settings;
    private static UserFiles.Applied startOptions;
    private Session session;

    public static void launchViewer(String[] files) {
        // read and analyse while the toolkit starts; the window takes the result when it is up
        settings = Settings.forUser();
        startOptions = UserFiles.startOptions(settings);
        // a workspace opens in the window, which may have to ask whether to trust it: nothing to read before
        preload = Arrays.stream(files).anyMatch(Review::isWorkspace) ? null
                : Preload.start(files.length == 0 ? defaultInputs() : List.of(files), startOptions.options());
        Application.launch(ReportLensApp.class, files);
    }

    private static List<String> defaultInputs() {
        return Files.isDirectory(Path.of(DEFAULT_FOLDER)) ? List.of(DEFAULT_FOLDER) : List.of();
    }

    @Override
    public void start(Stage stage) {
        List<String> files = getParameters().getUnnamed();
        if (settings == null) {
            settings = Settings.forUser();
            startOptions = UserFiles.startOptions(settings);
        }
        session = new Session(settings, Scheduler.threads(Platform::runLater), startOptions);
        MainWindow window = new MainWindow(messages(settings), session);
        String timing = System.getProperty("reportlens.timing", "");
        if (timing.equals("true") || timing.equals("exit")) {
            window.onFirstPaint(() -> {
                System.err.printf(Locale.ROOT, "reportlens: first highlighted paint %d ms after start%n",
                        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
                new ScrollTiming(window.compareView(), timing.equals("exit")).start();
            });
        }
        // the window is built while the reports are read; it opens with them when they are ready in time
        window.show(stage, () -> {
            if (preload != null) {
                waitBriefly(preload);
                session.adopt(preload);
            }
        });
        if (preload == null) {
            window.openFiles(files.isEmpty() ? defaultInputs() : files);
        }
    }

    /** However the application ends, its background work stops. */
    @Override
    public void stop() {
        if (session != null) {
            session.close();
        }
    }

    private static void waitBriefly(CompletableFuture<Preload> preload) {
        try {
            preload.get(PRELOAD_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // not ready, or failed: the window opens at once and takes (or reports) it later
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code -Dreportlens.lang} first, then the language chosen in the window, then the system's. */
    private static Messages messages(Settings settings) {
        if (System.getProperty("reportlens.lang") == null && settings.language() != null) {
            return Messages.forLocale(Locale.forLanguageTag(settings.language()));
        }
        return Messages.forDefaultLocale();
    }
}
