package org.reportlens.core.report;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import java.util.concurrent.atomic.AtomicLong;
import org.reportlens.core.load.ReportLoadException;

/**
 * Runs the reading of one file so that nothing the file does can sink the caller: every throwable
 * a parser lets out — a {@link StackOverflowError} on deep nesting, an {@link OutOfMemoryError} on
 * a huge allocation, any runtime exception — comes back as a {@link Failure} with a reason for the
 * user, and a file that uses more processor time than it may, or is stuck for far longer on the
 * clock, is given up (its thread is interrupted, which the readers' own deadlines check). Each file runs on a thread of its own, with a stack of a
 * known size, so how deep a file may nest does not depend on who asked.
 */
final class FileGuard {
    /** Enough for any real document; a hostile one overflows it quickly and is refused. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ThreadMXBean THREAD_TIMES = ManagementFactory.getThreadMXBean();
    /** How often the processor time of a reading thread is looked at. */
    private static final Duration POLL = Duration.ofMillis(100);
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

    /**
     * Runs {@code work} on a reading thread of its own.
     *
     * @param busy    the processor time the reading thread may use: what a file costs, whatever
     *                else the machine is doing
     * @param stalled the time on the clock after which a file is given up however little it
     *                computed (a thread blocked on something that never comes)
     */
    static <T> T run(Callable<T> work, Duration busy, Duration stalled) throws Failure {
        AtomicLong worker = new AtomicLong(-1);
        Future<T> future = READERS.submit(() -> {
            worker.set(Thread.currentThread().getId());
            return work.call();
        });
        long start = System.nanoTime();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get(POLL.toNanos(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    // the caller's own interruption is passed on once the file is done with
                    interrupted = true;
                } catch (TimeoutException e) {
                    if (cpuTime(worker.get()) > busy.toNanos()) {
                        future.cancel(true);
                        throw new Failure("took longer than " + seconds(busy) + " to read and was given up", null);
                    }
                    if (System.nanoTime() - start > stalled.toNanos()) {
                        future.cancel(true);
                        throw new Failure("was still being read after " + seconds(stalled) + " and was given up", null);
                    }
                }
            }
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The processor time of thread {@code id}; its time on the clock where that is not measured. */
    private static long cpuTime(long id) {
        long cpu = id < 0 || !THREAD_TIMES.isThreadCpuTimeSupported() ? -1 : THREAD_TIMES.getThreadCpuTime(id);
        return cpu < 0 ? 0 : cpu;
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    static Failure failure(Throwable t) {
        if (t instanceof ReportLoadException e) {
            return new Failure(e.problem(), null);
        }
        if (t instanceof InvalidPathException e) {
            return new Failure(InvalidFileName.reason(e), null);
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
