package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The comparison of report {@code a} (older) with report {@code b}.
 *
 * @param yearsApart the years between the two reports (b's year minus a's), by which routine edits
 *                   move years on; null when either year is unknown (nothing is then routine)
 * @param units      the pair's units in the order of {@code b}'s text: every compared sentence of
 *                   either report is in exactly one unit (a moved sentence's two places in the moved
 *                   unit); a dropped unit sits where its text would be in {@code b}, before the unit
 *                   that starts there
 * @param fallbacks  the steps that went over budget and kept a coarser result; empty for real reports
 */
public record PairComparison(String a, String b, Integer yearsApart, List<DiffUnit> units, Set<Fallback> fallbacks) {
    public PairComparison {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        units = List.copyOf(units);
        fallbacks = Set.copyOf(fallbacks);
    }

    /**
     * The units a reader is shown: all of them, or without routine units and without the routine
     * changes inside the others when {@code hideRoutine}.
     */
    public List<DiffUnit> units(boolean hideRoutine) {
        if (!hideRoutine) {
            return units;
        }
        List<DiffUnit> out = new ArrayList<>(units.size());
        for (DiffUnit u : units) {
            if (u.kind() == UnitKind.ROUTINE) {
                continue;
            }
            List<Change> changes = u.changes().stream().filter(c -> !c.routine()).toList();
            out.add(changes.size() == u.changes().size() ? u
                    : new DiffUnit(u.kind(), u.a(), u.b(), u.similarity(), changes));
        }
        return out;
    }

    /** Every change of every unit, as {@link #changes()}. */
    public List<Change> changes() {
        return changes(false);
    }

    /**
     * Every change of every unit shown ({@link #units(boolean)}), in the order of {@code b}'s text:
     * the form before units, kept for its readers. A moved unit is one {@link ChangeKind#MOVE} with
     * both spans (the edits inside it are in the unit); {@code same} units have none.
     */
    public List<Change> changes(boolean hideRoutine) {
        List<Change> out = new ArrayList<>();
        for (DiffUnit u : units(hideRoutine)) {
            if (u.kind() == UnitKind.MOVED) {
                out.add(new Change(ChangeKind.MOVE, u.a(), u.b(), false));
            } else {
                out.addAll(u.changes());
            }
        }
        return out;
    }
}
