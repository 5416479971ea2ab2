package org.reportlens;

import org.reportlens.cli.Cli;

/**
 * The jar's entry point. A plain class, not the JavaFX {@code Application}, so that the command
 * line runs with no display and no JavaFX toolkit at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.launch(args, System.out, System.err));
        }
        String[] files = args.length > 0 && args[0].equals("view")
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        org.reportlens.ui.ReportLensApp.launchViewer(files);
    }
}
