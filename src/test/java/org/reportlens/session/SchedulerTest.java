package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.reportlens.core.compare.Cancellation;

class SchedulerTest {

    @Test
    void aFailureOfAnyKindIsReportedWithTheTaskThatFailed() {
        List<Failure> failures = new ArrayList<>();
        Scheduler scheduler = new Scheduler(Runnable::run, Runnable::run, Runnable::run, new ManualDelays(), () -> { });
        scheduler.onFailure(failures::add);
        CompletableFuture<Object> overflow = scheduler.work(Notice.of("task.read", "deep.docx"), c -> {
            throw new StackOverflowError();
        }, r -> { });
        CompletableFuture<Object> applying = scheduler.files(Notice.of("task.saveWorkspace", "a.rlw"), c -> "saved", r -> {
            throw new IllegalStateException("the view could not take it");
        });
        assertThat(overflow).isCompletedExceptionally();
        assertThat(applying).isCompletedExceptionally();
        assertThat(failures).extracting(Failure::notice).containsExactly(
                Notice.of("problem.failed", Notice.of("task.read", "deep.docx"), "StackOverflowError"),
                Notice.of("problem.failed", Notice.of("task.saveWorkspace", "a.rlw"), "the view could not take it"));
    }

    @Test
    void anAnalysisOvertakenWhileItRunsStopsAtItsNextCheck() throws Exception {
        AtomicReference<Cancellation> seen = new AtomicReference<>();
        QueuedExecutor work = new QueuedExecutor();
        Scheduler scheduler = new Scheduler(work, Runnable::run, Runnable::run, new ManualDelays(), () -> { });
        CompletableFuture<String> first = scheduler.latest(Notice.of("task.analysis", 1), c -> {
            seen.set(c);
            scheduler.latest(Notice.of("task.analysis", 1), c2 -> "second", r -> { }); // the user changes an option now
            c.check();
            return "first";
        }, r -> { });
        work.runNext();
        assertThat(seen.get().isCancelled()).isTrue();
        assertThat(first.handle((v, e) -> e).get()).isInstanceOf(CancellationException.class);
    }

    @Test
    void savingRunsWhileTheAnalysisLaneIsBusy() {
        QueuedExecutor work = new QueuedExecutor();
        Scheduler scheduler = new Scheduler(work, Runnable::run, Runnable::run, new ManualDelays(), () -> { });
        CompletableFuture<String> analysis = scheduler.latest(Notice.of("task.analysis", 2), c -> "analysed", r -> { });
        CompletableFuture<String> save = scheduler.files(Notice.of("task.recovery"), c -> "saved", r -> { });
        assertThat(save).isCompletedWithValue("saved");
        assertThat(analysis).isNotDone();
        work.runAll();
        assertThat(analysis).isCompletedWithValue("analysed");
    }

    @Test
    void closingStopsItsThreadsAndCancelsTheAnalysisUnderWay() throws Exception {
        Scheduler scheduler = Scheduler.threads(Runnable::run);
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> analysis = scheduler.latest(Notice.of("task.analysis", 1), c -> {
            started.countDown();
            while (true) {
                c.check(); // a long analysis asks between its steps
                Thread.onSpinWait();
            }
        }, r -> { });
        CompletableFuture<String> save = scheduler.files(Notice.of("task.recovery"), c -> "saved", r -> { });
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        scheduler.close(); // waits for the lanes: the save is finished, the analysis stops
        assertThat(save.get(30, TimeUnit.SECONDS)).isEqualTo("saved");
        assertThat(analysis).isCompletedExceptionally();
        assertThat(scheduler.threads()).isNotEmpty();
        for (Thread t : scheduler.threads()) {
            t.join(30_000);
            assertThat(t.isAlive()).as(t.getName()).isFalse();
        }
        assertThat(scheduler.files(Notice.of("task.recovery"), c -> "late", r -> { })).isCompletedExceptionally();
    }
}
