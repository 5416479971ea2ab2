package org.reportlens.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.LongestIncreasing;
import org.reportlens.core.outline.OutlineNode;

/**
 * The sections that changed place between two consecutive shown years: a report's order is its
 * priorities, and a section moved up (民生 from fourth to first) is news an editor looks for. Of the
 * pairs of parts, and of sections, that two years share, those off the longest run keeping its order
 * in both moved; of two sections that swapped places, one is said to have moved. A section is placed
 * by its part's partner first: when a part moved, the part is marked, not each of its sections.
 */
final class Reordering {
    private Reordering() {
    }

    /** Of the rows of parts and sections ({@link ShownAnalysis#outlineRows}), by identity, those whose sections moved, with where from and where to. */
    static Map<AlignmentRow, List<AlignmentLine.Moved>> of(List<AlignmentRow> rows, AlignedSections sections) {
        Map<AlignmentRow, List<AlignmentLine.Moved>> moved = new IdentityHashMap<>();
        int years = sections == null ? 0 : sections.reports().size();
        for (int year = 0; year + 1 < years; year++) {
            int c = year;
            List<AlignmentRow> parts = shared(rows, sections, c, 1);
            mark(parts, parts.stream().mapToLong(r -> sections.node(r, c + 1).start()).toArray(), sections, c, moved);
            // a section is placed by its part's partner, then by itself: a part that moved moves, not each of its sections
            List<AlignmentRow> inParts = shared(rows, sections, c, 2);
            long[] places = inParts.stream().mapToLong(r -> {
                OutlineNode newer = sections.node(r, c + 1);
                OutlineNode partner = parts.stream().filter(p -> holds(sections.node(p, c + 1), newer)).map(p -> sections.node(p, c))
                        .findFirst().orElse(sections.node(r, c));
                return ((long) partner.start() << 32) | newer.start();
            }).toArray();
            mark(inParts, places, sections, c, moved);
        }
        return moved;
    }

    /** The numbered rows of one level with a section in years {@code c} and {@code c + 1}, in the order of year c. */
    private static List<AlignmentRow> shared(List<AlignmentRow> rows, AlignedSections sections, int c, int level) {
        return rows.stream().filter(r -> r.level() == level && sections.node(r, c) != null
                        && sections.node(r, c + 1) != null)
                .sorted(Comparator.comparingInt(r -> sections.node(r, c).start())).toList();
    }

    /** Marks the rows off the longest run whose places in year {@code c + 1} keep the order of year c. */
    private static void mark(List<AlignmentRow> shared, long[] places, AlignedSections sections, int c,
                             Map<AlignmentRow, List<AlignmentLine.Moved>> moved) {
        long[] distinct = Arrays.stream(places).distinct().sorted().toArray();
        int[] ranks = Arrays.stream(places).mapToInt(p -> Arrays.binarySearch(distinct, p)).toArray();
        boolean[] kept = new boolean[ranks.length];
        for (int i : LongestIncreasing.of(ranks)) {
            kept[i] = true;
        }
        for (int i = 0; i < kept.length; i++) {
            AlignmentRow row = shared.get(i);
            if (!kept[i]) {
                moved.computeIfAbsent(row, r -> new ArrayList<>()).add(new AlignmentLine.Moved(sections.reports().get(c),
                        sections.node(row, c), sections.reports().get(c + 1), sections.node(row, c + 1)));
            }
        }
    }

    private static boolean holds(OutlineNode part, OutlineNode section) {
        return part.start() <= section.start() && section.end() <= part.end();
    }
}
