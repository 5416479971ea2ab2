package org.reportlens.core.load;

import java.nio.file.Path;

/** Lets tests in other packages make a named pipe as {@link HostileFilesTest} does. */
public final class HostileFilesTestAccess {
    private HostileFilesTestAccess() {
    }

    public static Path fifo(Path path) throws Exception {
        return HostileFilesTest.fifo(path);
    }
}
