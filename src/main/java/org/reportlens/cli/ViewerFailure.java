package org.reportlens.cli;

/**
 * What to tell a user whose viewer did not start — typically a terminal with no display, where the
 * toolkit throws "Unable to open DISPLAY" — in one line instead of a stack trace, with the way on: the
 * commands need no display.
 */
public final class ViewerFailure {
    private ViewerFailure() {
    }

    /** The line for {@code failure}, thrown while the viewer was starting. */
    public static String describe(Throwable failure) {
        String reason = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (reason == null && message != null && message.contains("DISPLAY")) {
                reason = "there is no display to open a window on (DISPLAY is not set, or no X server answers there)";
            }
            root = t;
        }
        if (reason == null) {
            // the toolkit wraps what went wrong ("Application launch exception"): the innermost cause says it
            reason = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        }
        return "reportlens: the viewer cannot start: " + reason + ". The commands need no display: "
                + "reportlens analyze FILE..., and reportlens --help for the others (--debug shows where it failed)";
    }
}
