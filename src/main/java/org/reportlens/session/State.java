package org.reportlens.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of session state that views watch. It is read and changed on the session's thread only
 * (the FX thread in the viewer, the test's own thread in tests); a watcher hears each change right
 * after it is made, on that thread. Setting an equal value changes nothing and tells no one.
 *
 * @param <T> the value; may be null where the owner says so
 */
public final class State<T> {
    private final List<Consumer<? super T>> watchers = new ArrayList<>();
    private T value;

    State(T initial) {
        this.value = initial;
    }

    public T get() {
        return value;
    }

    void set(T changed) {
        if (Objects.equals(value, changed)) {
            return;
        }
        value = changed;
        // a watcher may stop watching while it is told
        for (Consumer<? super T> watcher : List.copyOf(watchers)) {
            watcher.accept(changed);
        }
    }

    /** Tells {@code watcher} of every later change until the subscription is cancelled. */
    public Subscription watch(Consumer<? super T> watcher) {
        Objects.requireNonNull(watcher, "watcher must not be null");
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }
}
