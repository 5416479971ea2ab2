package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlens.core.report.Report;

/**
 * Collects a pair's units in the order the regions are diffed, then puts them together: a moved
 * sentence leaves its dropped place and becomes one moved unit at its new place; consecutive
 * dropped (or new) sentences of one region group (an alignment row, or two parts' closing remarks)
 * become one block; consecutive same (or routine) units of a group become one; and all are put in the order of the newer report's text.
 */
final class UnitAssembler {
    /** A finished unit, or a dropped or new sentence waiting for the move search; {@code at} as in {@link #dropped}. */
    private record Pending(DiffUnit unit, int group, DiffSentence dropped, DiffSentence added, int at) {
    }

    /** Units in the order of the newer text; a dropped unit before the unit starting where it would be. */
    static final Comparator<DiffUnit> READING_ORDER = Comparator.comparingInt((DiffUnit u) -> u.placeInB().start())
            .thenComparingInt(u -> u.kind() == UnitKind.DROPPED ? 0 : 1)
            .thenComparingInt(u -> u.placeInA().start());

    private final Report reportA;
    private final Report reportB;
    private final List<Pending> sequence = new ArrayList<>();
    private final List<DiffSentence> dropped = new ArrayList<>();
    private final List<DiffSentence> added = new ArrayList<>();

    UnitAssembler(Report reportA, Report reportB) {
        this.reportA = reportA;
        this.reportB = reportB;
    }

    /** A unit of paired sentences of alignment row {@code group}; joins the same or routine unit before it. */
    void paired(DiffUnit unit, int group) {
        Pending last = sequence.isEmpty() ? null : sequence.get(sequence.size() - 1);
        boolean joins = last != null && last.unit() != null && last.group() == group
                && last.unit().kind() == unit.kind() && (unit.kind() == UnitKind.SAME || unit.kind() == UnitKind.ROUTINE);
        if (joins) {
            sequence.set(sequence.size() - 1, new Pending(joined(last.unit(), unit), group, null, null, 0));
        } else {
            sequence.add(new Pending(unit, group, null, null, 0));
        }
    }

    /** Two sentences with equal keys: a same unit, or the end of the same unit before it. */
    void same(DiffSentence sa, DiffSentence sb) {
        paired(new DiffUnit(UnitKind.SAME, new ChangeEnd(reportA.id(), sa.span().start(), sa.span().end()),
                new ChangeEnd(reportB.id(), sb.span().start(), sb.span().end()), 1, List.of()), sa.region());
    }

    /** A sentence only in the older report; {@code atB} is where it would be in the newer one. */
    void dropped(DiffSentence s, int atB) {
        dropped.add(s);
        sequence.add(new Pending(null, s.region(), s, null, atB));
    }

    /** A sentence only in the newer report; {@code atA} is where it would have been in the older one. */
    void added(DiffSentence s, int atA) {
        added.add(s);
        sequence.add(new Pending(null, s.region(), null, s, atA));
    }

    List<DiffSentence> dropped() {
        return dropped;
    }

    List<DiffSentence> added() {
        return added;
    }

    /** Every unit, given the moves found (each dropped sentence that moved, to where it went). */
    List<DiffUnit> assemble(Map<DiffSentence, DiffSentence> moves, SentenceEdit edit) {
        Map<DiffSentence, DiffSentence> movedFrom = new IdentityHashMap<>();
        moves.forEach((from, to) -> movedFrom.put(to, from));
        Set<DiffSentence> movedAway = Collections.newSetFromMap(new IdentityHashMap<>());
        movedAway.addAll(moves.keySet());
        List<DiffUnit> out = new ArrayList<>();
        List<Pending> block = new ArrayList<>();
        for (Pending p : droppedBeforeAdded(sequence)) {
            if (p.unit() != null) {
                flush(block, out);
                out.add(p.unit());
            } else if (p.dropped() != null && movedAway.contains(p.dropped())) {
                continue; // shown at its new place
            } else if (p.added() != null && movedFrom.containsKey(p.added())) {
                flush(block, out);
                out.add(edit.unit(movedFrom.get(p.added()), p.added(), true));
            } else {
                if (!block.isEmpty() && !continues(block.get(block.size() - 1), p)) {
                    flush(block, out);
                }
                block.add(p);
            }
        }
        flush(block, out);
        out.sort(READING_ORDER);
        return out;
    }

    /**
     * The sequence with each stretch of dropped and new sentences of one row (between finished units)
     * reordered, dropped first, each kind in its order: a run of rewritten sentences ("d1 n1 d2 n2")
     * reads as one dropped and one new block, as a diff shows a replaced passage.
     */
    private static List<Pending> droppedBeforeAdded(List<Pending> sequence) {
        List<Pending> out = new ArrayList<>(sequence.size());
        List<Pending> added = new ArrayList<>();
        for (int i = 0; i < sequence.size(); i++) {
            Pending p = sequence.get(i);
            if (p.unit() != null) {
                out.add(p);
                continue;
            }
            if (p.dropped() != null) {
                out.add(p);
            } else {
                added.add(p);
            }
            Pending next = i + 1 < sequence.size() ? sequence.get(i + 1) : null;
            if (next == null || next.unit() != null || next.group() != p.group()) {
                out.addAll(added);
                added.clear();
            }
        }
        return out;
    }

    /** Whether {@code next} is the sentence right after {@code last}, of the same kind and row. */
    private static boolean continues(Pending last, Pending next) {
        if (last.group() != next.group()) {
            return false;
        }
        if (last.dropped() != null && next.dropped() != null) {
            return last.dropped().index() + 1 == next.dropped().index();
        }
        return last.added() != null && next.added() != null && last.added().index() + 1 == next.added().index();
    }

    private void flush(List<Pending> block, List<DiffUnit> out) {
        if (block.isEmpty()) {
            return;
        }
        Pending first = block.get(0);
        Pending last = block.get(block.size() - 1);
        if (first.dropped() != null) {
            ChangeEnd a = new ChangeEnd(reportA.id(), first.dropped().span().start(), last.dropped().span().end());
            ChangeEnd at = new ChangeEnd(reportB.id(), first.at(), first.at());
            out.add(new DiffUnit(UnitKind.DROPPED, a, null, 0, List.of(new Change(ChangeKind.DELETE, a, at, false))));
        } else {
            ChangeEnd b = new ChangeEnd(reportB.id(), first.added().span().start(), last.added().span().end());
            ChangeEnd at = new ChangeEnd(reportA.id(), first.at(), first.at());
            out.add(new DiffUnit(UnitKind.NEW, null, b, 0, List.of(new Change(ChangeKind.INSERT, at, b, false))));
        }
        block.clear();
    }

    private static DiffUnit joined(DiffUnit first, DiffUnit next) {
        ChangeEnd a = new ChangeEnd(first.a().report(), first.a().start(), next.a().end());
        ChangeEnd b = new ChangeEnd(first.b().report(), first.b().start(), next.b().end());
        List<Change> changes = new ArrayList<>(first.changes());
        changes.addAll(next.changes());
        return new DiffUnit(first.kind(), a, b, Math.min(first.similarity(), next.similarity()), changes);
    }
}
