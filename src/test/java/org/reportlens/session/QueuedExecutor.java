package org.reportlens.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor a test runs by hand: work waits in the queue until the test lets it run. */
final class QueuedExecutor implements Executor {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    int waiting() {
        return queue.size();
    }

    void runNext() {
        queue.removeFirst().run();
    }

    /** Runs everything queued, and what that queues in turn. */
    void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }
}
