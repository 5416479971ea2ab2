package org.reportlens.core.report;

import java.nio.file.InvalidPathException;

/** What to tell the user of a file name the system cannot take. */
public final class InvalidFileName {
    private InvalidFileName() {
    }

    /**
     * Why a file name is not one: most often, on a system whose locale is not installed, characters such as
     * Chinese that the JVM's file-name encoding (then ASCII) cannot write — so the reason says that, and
     * what helps.
     */
    public static String reason(InvalidPathException e) {
        boolean unmappable = e.getMessage() != null && e.getMessage().contains("unmappable");
        return unmappable ? "is not a valid file name here: its characters cannot be written in this system's "
                + "file-name encoding (" + System.getProperty("sun.jnu.encoding", "unknown")
                + "); run with an installed UTF-8 locale, e.g. LANG=C.UTF-8" : "is not a valid file name";
    }
}
