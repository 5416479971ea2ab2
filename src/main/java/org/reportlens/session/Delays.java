package org.reportlens.session;

import java.time.Duration;

/** Runs something on the session's thread a little later: real time in the viewer, by hand in tests. */
@FunctionalInterface
public interface Delays {
    void after(Duration delay, Runnable action);
}
