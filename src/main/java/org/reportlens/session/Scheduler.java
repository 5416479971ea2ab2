package org.reportlens.session;

import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.reportlens.core.compare.Cancellation;

/**
 * Where the session's background work runs, and how its results come back. Two lanes: the work
 * lane reads reports and analyses them, one job at a time; the files lane saves workspaces, the
 * recovery notes and exports, so a save never waits behind a long analysis. A result is applied on
 * the session's thread. On the work lane the newest analysis wins: starting one cancels the one
 * before it, which stops at its next check and is never applied. Every other failure is reported,
 * with the task that failed, to the session's failure handler — none is lost.
 *
 * <p>The executors are given: threads in the viewer ({@link #threads}), the caller's own thread or
 * a queue run by hand in tests, so the session is tested without a window or a clock.
 */
public final class Scheduler implements AutoCloseable {
    /** How long closing waits for a save under way, so a workspace being written is finished. */
    private static final long SAVE_GRACE_SECONDS = 5;

    /** Background work; long work asks {@code cancellation} between its steps. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Cancellation cancellation) throws Exception;
    }

    private final Executor work;
    private final Executor files;
    private final Executor session;
    private final Delays delays;
    private final Runnable shutdown;
    private final AtomicLong latest = new AtomicLong();
    private volatile boolean closed;
    private Consumer<Failure> failures = failure -> { };
    private List<Thread> threads = List.of();

    /**
     * @param work     runs reading and analysis, one job at a time, in order
     * @param files    runs saving and exporting, in order
     * @param session  runs results on the session's thread
     * @param delays   runs something on the session's thread later (the debounce of option changes)
     * @param shutdown stops the executors when the session closes
     */
    public Scheduler(Executor work, Executor files, Executor session, Delays delays, Runnable shutdown) {
        this.work = Objects.requireNonNull(work, "work must not be null");
        this.files = Objects.requireNonNull(files, "files must not be null");
        this.session = Objects.requireNonNull(session, "session must not be null");
        this.delays = Objects.requireNonNull(delays, "delays must not be null");
        this.shutdown = Objects.requireNonNull(shutdown, "shutdown must not be null");
    }

    /** A thread for each lane and one for delays; results are handed to {@code session} (the FX thread). */
    public static Scheduler threads(Executor session) {
        List<Thread> created = new CopyOnWriteArrayList<>();
        ExecutorService work = Executors.newSingleThreadExecutor(daemon("reportlens-analysis", created));
        ExecutorService files = Executors.newSingleThreadExecutor(daemon("reportlens-files", created));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("reportlens-timer", created));
        Delays delays = (delay, action) -> timer.schedule(() -> session.execute(action), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        Scheduler scheduler = new Scheduler(work, files, session, delays, () -> {
            work.shutdownNow();
            timer.shutdownNow();
            files.shutdown();
            try {
                files.awaitTermination(SAVE_GRACE_SECONDS, TimeUnit.SECONDS);
                work.awaitTermination(SAVE_GRACE_SECONDS, TimeUnit.SECONDS);
                timer.awaitTermination(SAVE_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        scheduler.threads = created;
        return scheduler;
    }

    private static ThreadFactory daemon(String name, List<Thread> created) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            created.add(t);
            return t;
        };
    }

    /** The threads it started, for a test that they end. */
    List<Thread> threads() {
        return threads;
    }

    /** Where failures go (on the session's thread); the session shows them as problems. */
    void onFailure(Consumer<Failure> handler) {
        this.failures = Objects.requireNonNull(handler, "handler must not be null");
    }

    /**
     * Runs {@code job} on the work lane after what is queued there and {@code apply}s its result on
     * the session's thread. The future completes after that, or exceptionally with the failure.
     */
    public <T> CompletableFuture<T> work(Notice task, Job<T> job, Consumer<? super T> apply) {
        return submit(work, task, job, apply, () -> true);
    }

    /** As {@link #work}, but a later call overtakes this one: it is cancelled, and its result is dropped. */
    public <T> CompletableFuture<T> latest(Notice task, Job<T> job, Consumer<? super T> apply) {
        long mine = latest.incrementAndGet();
        return submit(work, task, job, apply, () -> latest.get() == mine);
    }

    /** Cancels the newest {@link #latest} job (new reports are coming, which need another one). */
    public void cancelLatest() {
        latest.incrementAndGet();
    }

    /** Runs {@code job} on the files lane: saving and exporting, never behind an analysis. */
    public <T> CompletableFuture<T> files(Notice task, Job<T> job, Consumer<? super T> apply) {
        return submit(files, task, job, apply, () -> true);
    }

    /** Runs {@code action} on the session's thread after {@code delay}, unless closed by then. */
    public void after(Duration delay, Runnable action) {
        if (closed) {
            return;
        }
        try {
            delays.after(delay, () -> {
                if (!closed) {
                    action.run();
                }
            });
        } catch (RejectedExecutionException e) {
            // closing: nothing is left to do later
        }
    }

    private <T> CompletableFuture<T> submit(Executor lane, Notice task, Job<T> job, Consumer<? super T> apply,
                                            BooleanSupplier current) {
        CompletableFuture<T> done = new CompletableFuture<>();
        // only an overtaken analysis is cancelled (closing overtakes it too); a save queued before closing still runs
        Cancellation cancellation = () -> !current.getAsBoolean();
        Runnable run = () -> {
            T result = null;
            Throwable error = null;
            try {
                cancellation.check();
                result = job.run(cancellation);
            } catch (Throwable e) { // a stack overflow in a parser is reported like any other failure
                error = e;
            }
            T value = result;
            Throwable failure = error;
            toSession(() -> settle(task, value, failure, current, apply, done));
        };
        try {
            lane.execute(run);
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(new CancellationException("the session is closed"));
        }
        return done;
    }

    private <T> void settle(Notice task, T result, Throwable error, BooleanSupplier current,
                            Consumer<? super T> apply, CompletableFuture<T> done) {
        // work that finished is applied even while closing (a save is a save); work overtaken or stopped is not
        if (!current.getAsBoolean() || error instanceof CancellationException
                || closed && (error instanceof InterruptedException || error instanceof ClosedByInterruptException)) {
            done.completeExceptionally(new CancellationException("overtaken by newer work"));
            return;
        }
        if (error != null) {
            failures.accept(new Failure(task, error));
            done.completeExceptionally(error);
            return;
        }
        try {
            apply.accept(result);
        } catch (RuntimeException e) {
            failures.accept(new Failure(task, e));
            done.completeExceptionally(e);
            return;
        }
        done.complete(result);
    }

    /** Runs {@code action} on the session's thread (a future completed elsewhere hands its result over this way). */
    void inSession(Runnable action) {
        toSession(action);
    }

    private void toSession(Runnable action) {
        try {
            session.execute(action);
        } catch (RuntimeException e) {
            // the session's thread is gone (the toolkit exited): nobody is left to tell
        }
    }

    /** Stops the lanes: an analysis under way is cancelled, a save under way is finished first. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        latest.incrementAndGet();
        shutdown.run();
    }

    public boolean closed() {
        return closed;
    }
}
