package org.reportlens.session;

import java.util.List;
import java.util.OptionalInt;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.outline.OutlineNode;

/**
 * Where column j should be when column i shows offset x, so that aligned sections stay level: x is
 * placed in the smallest section of column i around it that has a counterpart in column j, and
 * column j gets the same fraction of that counterpart. Columns are numbered as the compared reports.
 */
public final class ScrollMap {
    /** No alignment (one column, or not analysed yet): no column follows another. */
    public static final ScrollMap NONE = new ScrollMap(List.of(), null);
    private final List<AlignmentRow> rows;
    private final AlignedSections sections;

    ScrollMap(List<AlignmentRow> rows, AlignedSections sections) {
        this.rows = List.copyOf(rows);
        this.sections = sections;
    }

    /**
     * The offset in column {@code to} level with {@code offset} in column {@code from}: the same
     * fraction of the aligned section; in the opening before every aligned section (title, date,
     * greeting), the same fraction of the other's opening, so that the top of one report is level
     * with the top of the other (Ctrl+Home); empty elsewhere outside every aligned section.
     */
    public OptionalInt level(int from, int offset, int to) {
        OutlineNode bestFrom = null;
        OutlineNode bestTo = null;
        OutlineNode firstFrom = null;
        OutlineNode firstTo = null;
        for (AlignmentRow row : rows) {
            OutlineNode a = sections.node(row, from);
            OutlineNode b = sections.node(row, to);
            // each report's opening ends where its first section with a partner in the other begins
            if (a != null && b != null && (firstFrom == null || a.start() < firstFrom.start())) {
                firstFrom = a;
            }
            if (a != null && b != null && (firstTo == null || b.start() < firstTo.start())) {
                firstTo = b;
            }
            if (a == null || b == null || offset < a.start() || offset >= a.end()) {
                continue;
            }
            if (bestFrom == null || a.end() - a.start() < bestFrom.end() - bestFrom.start()) {
                bestFrom = a;
                bestTo = b;
            }
        }
        if (bestFrom == null) {
            return firstFrom != null && offset < firstFrom.start()
                    ? OptionalInt.of((int) Math.round((double) offset / firstFrom.start() * firstTo.start()))
                    : OptionalInt.empty();
        }
        double fraction = (double) (offset - bestFrom.start()) / Math.max(1, bestFrom.end() - bestFrom.start());
        return OptionalInt.of(bestTo.start() + (int) Math.round(fraction * (bestTo.end() - bestTo.start())));
    }
}
