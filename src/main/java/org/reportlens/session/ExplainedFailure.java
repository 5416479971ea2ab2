package org.reportlens.session;

import java.util.Objects;

/**
 * Background work that stopped for a reason the session can put in the interface's words (a
 * message key), where a core exception's message would reach the window in English.
 */
public final class ExplainedFailure extends Exception {
    private final transient Notice reason;

    public ExplainedFailure(Notice reason) {
        super(Objects.requireNonNull(reason, "reason must not be null").key());
        this.reason = reason;
    }

    /** Why, as the interface says it. */
    public Notice reason() {
        return reason;
    }
}
