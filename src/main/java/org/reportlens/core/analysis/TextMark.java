package org.reportlens.core.analysis;

import java.util.Objects;

/** A marked span {@code [start, end)} of a report's original text. */
public record TextMark(int start, int end, MarkKind kind) {
    public TextMark {
        Objects.requireNonNull(kind, "kind must not be null");
    }
}
