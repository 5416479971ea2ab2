package org.reportlens.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Something the session tells the user — a status or a problem — as a message key of the
 * interface's texts and its arguments, so the session stays free of any language; a view turns it
 * into words. An argument may itself be a notice (the task in "{0} failed: {1}").
 *
 * @param key  a key of the interface texts, or {@link #VERBATIM} for a text already written
 * @param args the arguments; never null themselves (a missing one is written as "null")
 */
public record Notice(String key, List<Object> args) {
    /** The key of a text shown as it is: a problem message from {@code core}, which names its file. */
    public static final String VERBATIM = "verbatim";

    public Notice {
        Objects.requireNonNull(key, "key must not be null");
        List<Object> copy = new ArrayList<>();
        for (Object arg : args) {
            copy.add(arg == null ? "null" : arg);
        }
        args = List.copyOf(copy);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, java.util.Arrays.asList(args));
    }

    public static Notice verbatim(String text) {
        return new Notice(VERBATIM, List.of(text));
    }
}
