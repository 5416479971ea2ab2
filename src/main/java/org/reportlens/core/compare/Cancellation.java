package org.reportlens.core.compare;

import java.util.concurrent.CancellationException;

/** Asked between steps of a long comparison; the viewer cancels work the user no longer wants. */
@FunctionalInterface
public interface Cancellation {
    Cancellation NEVER = () -> false;

    boolean isCancelled();

    default void check() {
        if (isCancelled()) {
            throw new CancellationException("comparison cancelled");
        }
    }
}
