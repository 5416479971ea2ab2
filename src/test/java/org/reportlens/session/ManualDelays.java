package org.reportlens.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Delays that pass when the test says so. */
final class ManualDelays implements Delays {
    private final List<Runnable> pending = new ArrayList<>();
    private Duration last;

    @Override
    public void after(Duration delay, Runnable action) {
        last = delay;
        pending.add(action);
    }

    int pending() {
        return pending.size();
    }

    Duration lastDelay() {
        return last;
    }

    /** The time passes: everything waiting runs, in order. */
    void elapse() {
        List<Runnable> due = List.copyOf(pending);
        pending.clear();
        due.forEach(Runnable::run);
    }
}
