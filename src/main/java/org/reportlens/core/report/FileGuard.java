package org.reportlens.core.report;

import java.nio.file.InvalidPathException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.reportlens.core.load.ReportLoadException;

/**
 * Runs the reading of one file so that nothing the file does can sink the caller: every throwable
 * a parser lets out — a {@link StackOverflowError} on deep nesting, an {@link OutOfMemoryError} on
 * a huge allocation, any runtime exception — comes back as a {@link Failure} with a reason for the
 * user, and a file still being read after the time limit is given up (its thread is interrupted,
 * which the readers' own deadlines check). Each file runs on a thread of its own, with a stack of a
 * known size, so how deep a file may nest does not depend on who asked.
 */
final class FileGuard {
    /** Enough for any real document; a hostile one overflows it quickly and is refused. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "reportlens-read-" + THREADS.incrementAndGet(), STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    private FileGuard() {
    }

    /** A file that could not be read: the reason for the user, and the unexpected error behind it if any. */
    static final class Failure extends Exception {
        private final String problem;

        Failure(String problem, Throwable unexpected) {
            super(problem, unexpected, false, false);
            this.problem = problem;
        }

        String problem() {
            return problem;
        }

        Throwable unexpected() {
            return getCause();
        }
    }

    static <T> T run(Callable<T> work, Duration limit) throws Failure {
        Future<T> future = READERS.submit(work);
        long end = System.nanoTime() + limit.toNanos();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    // the caller's own interruption is passed on once the file is done with
                    interrupted = true;
                }
            }
        } catch (TimeoutException e) {
            future.cancel(true);
            long ms = limit.toMillis();
            throw new Failure("took longer than " + (ms % 1000 == 0 ? ms / 1000 + " s"
                    : String.format(Locale.ROOT, "%.1f s", ms / 1000.0)) + " to read and was given up", null);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static Failure failure(Throwable t) {
        if (t instanceof ReportLoadException e) {
            return new Failure(e.problem(), null);
        }
        if (t instanceof InvalidPathException) {
            return new Failure("is not a valid file name", null);
        }
        if (t instanceof StackOverflowError) {
            return new Failure("cannot be read (its structure nests too deeply to follow)", t);
        }
        if (t instanceof OutOfMemoryError) {
            return new Failure("cannot be read (it needs more memory than there is)", t);
        }
        String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("").strip();
        if (message.length() > 200) {
            message = message.substring(0, 200) + "…";
        }
        return new Failure("cannot be read (" + t.getClass().getSimpleName()
                + (message.isEmpty() ? "" : ": " + message) + ")", t);
    }
}
