package org.reportlens.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.LongestIncreasing;

/**
 * The sections that changed place between two consecutive shown years: a report's order is its
 * priorities, and a section moved up (民生 from fourth to first) is news an editor looks for. Of the
 * pairs of parts, and of sections, that two years share, those off the longest run keeping its order
 * in both moved; of two sections that swapped places, one is said to have moved.
 */
final class Reordering {
    private Reordering() {
    }

    /** The rows (numbered sections, by identity) whose sections moved, with where from and where to. */
    static Map<AlignmentRow, List<AlignmentLine.Moved>> of(List<AlignmentRow> rows, AlignedSections sections) {
        Map<AlignmentRow, List<AlignmentLine.Moved>> moved = new IdentityHashMap<>();
        int years = sections == null ? 0 : sections.reports().size();
        for (int c = 0; c + 1 < years; c++) {
            for (int level = 1; level <= 2; level++) {
                int older = c;
                int lvl = level;
                List<AlignmentRow> shared = rows.stream().filter(r -> r.level() == lvl && sections.numbered(r)
                                && sections.node(r, older) != null && sections.node(r, older + 1) != null)
                        .sorted(Comparator.comparingInt(r -> sections.node(r, older).start())).toList();
                int[] places = shared.stream().mapToInt(r -> sections.node(r, older + 1).start()).toArray();
                boolean[] kept = new boolean[places.length];
                for (int i : LongestIncreasing.of(places)) {
                    kept[i] = true;
                }
                for (int i = 0; i < kept.length; i++) {
                    AlignmentRow row = shared.get(i);
                    if (!kept[i]) {
                        moved.computeIfAbsent(row, r -> new ArrayList<>()).add(new AlignmentLine.Moved(sections.reports().get(older),
                                sections.node(row, older), sections.reports().get(older + 1), sections.node(row, older + 1)));
                    }
                }
            }
        }
        return moved;
    }
}
