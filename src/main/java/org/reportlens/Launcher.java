package org.reportlens;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.reportlens.cli.Cli;
import org.reportlens.cli.StandardOutput;
import org.reportlens.cli.ViewerFailure;
import org.reportlens.core.load.LibraryLogging;

/**
 * The jar's entry point. A plain class, not the JavaFX {@code Application}, so that the command
 * line runs with no display and no JavaFX toolkit at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommandLine(args)) {
            PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            System.exit(Cli.launch(args, StandardOutput.open(), err));
        }
        // before any document library is loaded: their logging stays off the terminal
        LibraryLogging.quiet();
        boolean debug = Arrays.asList(args).contains(Cli.DEBUG);
        if (!debug) {
            // the toolkit warns on every start that it was loaded from the class path, which is how a shaded
            // jar runs it, and the settings store says on a first start that it made its folder: nothing the
            // user can act on
            JAVAFX_LOG.setLevel(Level.SEVERE);
            PREFERENCES_LOG.setLevel(Level.WARNING);
        }
        String[] given = Arrays.stream(args).filter(a -> !a.equals(Cli.DEBUG)).toArray(String[]::new);
        String[] files = given.length > 0 && given[0].equals("view") ? Arrays.copyOfRange(given, 1, given.length) : given;
        try {
            org.reportlens.ui.ReportLensApp.launchViewer(files);
        } catch (RuntimeException | LinkageError e) {
            if (debug) {
                throw e;
            }
            // a terminal without a display, typically: one line and the way on, not the toolkit's stack trace
            System.err.println(ViewerFailure.describe(e));
            System.exit(1);
        }
    }

    /** JavaFX's and the settings store's loggers; held here, as the logging framework holds loggers only weakly. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static final Logger PREFERENCES_LOG = Logger.getLogger("java.util.prefs");
}
