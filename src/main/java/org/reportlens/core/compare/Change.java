package org.reportlens.core.compare;

import java.util.Objects;

/**
 * A change between report {@code a} (older) and report {@code b}.
 *
 * @param coarse true when refinement was over budget and the change is a whole sentence replaced
 */
public record Change(ChangeKind kind, ChangeEnd a, ChangeEnd b, boolean coarse) {
    public Change {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
    }
}
