package org.reportlens.core.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;

/**
 * The time reading one file may take. Parsers that loop over a file's parts (a PDF's pages, its
 * text) ask {@link #check()} as they go, so an endless or enormous file stops there instead of
 * running on; an interrupted thread (its caller gave up on it) stops the same way. The time is the
 * reading thread's own processor time where the platform measures it, so a machine busy with other
 * work does not make a file that reads in 2 s count as 10; a file that blocks instead of computing
 * is stopped by the caller's wall-clock guard.
 */
final class Deadline {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Duration budget;
    private final boolean cpu;
    private final long start;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.cpu = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
        this.start = now();
    }

    static Deadline in(Duration budget) {
        return new Deadline(budget);
    }

    private long now() {
        return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Throws once the time is up or the thread was interrupted. */
    void check() {
        if (now() - start > budget.toNanos()) {
            throw new BudgetExceeded("took longer than " + seconds(budget) + " to read (the limit per file)");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new BudgetExceeded("was given up while being read");
        }
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /**
     * Thrown from inside a parser's callbacks, which cannot throw checked exceptions; the reader
     * turns it into a refusal with the same reason.
     */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded(String problem) {
            super(problem, null, false, false);
        }
    }
}
