package org.reportlens.core.load;

import java.time.Duration;

/**
 * The moment reading one file must be done by. Parsers that loop over a file's parts (a PDF's
 * pages, its text) ask {@link #check()} as they go, so an endless or enormous file stops there
 * instead of running on; an interrupted thread stops the same way.
 */
final class Deadline {
    private final long endNanos;
    private final Duration budget;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
    }

    static Deadline in(Duration budget) {
        return new Deadline(budget);
    }

    /** Throws once the time is up or the thread was interrupted (the caller gave up on it). */
    void check() {
        if (System.nanoTime() - endNanos > 0) {
            throw new BudgetExceeded("took longer than " + seconds(budget) + " to read (the limit per file)");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new BudgetExceeded("was given up while being read");
        }
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /**
     * Thrown from inside a parser's callbacks, which cannot throw checked exceptions; the reader
     * turns it into an {@link UndecodableException} with the same reason.
     */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded(String problem) {
            super(problem, null, false, false);
        }
    }
}
