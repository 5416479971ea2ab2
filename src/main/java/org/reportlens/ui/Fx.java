package org.reportlens.ui;

import java.util.function.Consumer;
import org.reportlens.session.State;

/** Binds views to session state: the session's thread is the FX thread, so a change is shown as it is told. */
final class Fx {
    private Fx() {
    }

    /** Calls {@code show} with the state's value now and after each change. */
    static <T> void show(State<T> state, Consumer<? super T> show) {
        show.accept(state.get());
        state.watch(show);
    }
}
