package org.reportlens;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.reportlens.cli.Cli;
import org.reportlens.cli.StandardOutput;
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
        String[] files = args.length > 0 && args[0].equals("view")
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        org.reportlens.ui.ReportLensApp.launchViewer(files);
    }
}
