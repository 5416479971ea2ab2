package org.reportlens.core.workspace;

import java.util.Objects;

/** A reviewer's note on a change or duplicate, and whether it has been reviewed. */
public record Note(Anchor anchor, String text, boolean reviewed) {
    public Note {
        Objects.requireNonNull(anchor, "anchor must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }
}
