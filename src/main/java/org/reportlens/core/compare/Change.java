package org.reportlens.core.compare;

import java.util.Objects;

/**
 * A change between report {@code a} (older) and report {@code b}.
 *
 * @param coarse  true when refinement was over budget and the change is a whole sentence replaced
 * @param routine true when the change only moves a year on by the years between the two reports
 *                ({@link UnitKind#ROUTINE})
 */
public record Change(ChangeKind kind, ChangeEnd a, ChangeEnd b, boolean coarse, boolean routine) {
    public Change {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
    }

    /** A change that is not routine. */
    public Change(ChangeKind kind, ChangeEnd a, ChangeEnd b, boolean coarse) {
        this(kind, a, b, coarse, false);
    }
}
