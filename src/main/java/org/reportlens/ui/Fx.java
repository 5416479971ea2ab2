package org.reportlens.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
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

    /** The state as a JavaFX property, for bindings. */
    static <T> ReadOnlyObjectProperty<T> property(State<T> state) {
        ReadOnlyObjectWrapper<T> property = new ReadOnlyObjectWrapper<>(state.get());
        state.watch(property::set);
        return property.getReadOnlyProperty();
    }
}
