package org.reportlens.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * One stretch of a compared pair as a reader reviews it: whole sentences (one or several in a row)
 * that stayed the same, were edited, are new, were dropped, moved, or changed only routinely.
 * Spans are {@code [start, end)} in each report's original text, from the first sentence's first
 * compared character to the last one's end.
 *
 * @param a          the older report's sentences; null for {@link UnitKind#NEW}
 * @param b          the newer report's sentences; null for {@link UnitKind#DROPPED}
 * @param similarity 1 for {@code same}; for {@code edited}, {@code routine} and {@code moved} the
 *                   bigram Dice of the two sides' comparison keys (the older side's years moved on);
 *                   0 for {@code new} and {@code dropped}
 * @param changes    the edits inside, with spans in the same original texts: for {@code edited},
 *                   {@code routine} and {@code moved} the word (or character) changes, routine ones
 *                   flagged; for {@code new} and {@code dropped} the one insert or delete of the
 *                   whole unit, whose empty side is where the text would be in the other report;
 *                   none for {@code same}
 */
public record DiffUnit(UnitKind kind, ChangeEnd a, ChangeEnd b, double similarity, List<Change> changes) {
    public DiffUnit {
        Objects.requireNonNull(kind, "kind must not be null");
        changes = List.copyOf(changes);
        if ((a == null) != (kind == UnitKind.NEW) || (b == null) != (kind == UnitKind.DROPPED)) {
            throw new IllegalArgumentException(kind.id() + " unit with sides " + a + ", " + b);
        }
        if (a != null && a.end() <= a.start() || b != null && b.end() <= b.start()) {
            throw new IllegalArgumentException("empty side in " + kind.id() + " unit: " + a + ", " + b);
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity " + similarity + " outside [0, 1]");
        }
        if (kind == UnitKind.SAME && !changes.isEmpty()) {
            throw new IllegalArgumentException("a same unit has no changes");
        }
        if ((kind == UnitKind.NEW || kind == UnitKind.DROPPED) && changes.size() != 1) {
            throw new IllegalArgumentException("a " + kind.id() + " unit is one change");
        }
    }

    /** Where this unit is in the older report: its side, or the empty place its text would have. */
    public ChangeEnd placeInA() {
        return a != null ? a : changes.get(0).a();
    }

    /** Where this unit is in the newer report: its side, or the empty place its text would have had. */
    public ChangeEnd placeInB() {
        return b != null ? b : changes.get(0).b();
    }
}
