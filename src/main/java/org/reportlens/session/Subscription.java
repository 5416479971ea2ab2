package org.reportlens.session;

/** A watcher's hold on a {@link State}; cancelling it stops the watcher being told. */
@FunctionalInterface
public interface Subscription {
    void cancel();
}
