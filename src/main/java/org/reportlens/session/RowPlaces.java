package org.reportlens.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.AlsoIn;
import org.reportlens.core.outline.OutlineNode;

/**
 * Where a click on an alignment row takes each column. A column with a section in the row shows it at the
 * top; one without, the section there that a line under the row names, surely or for a fifth of the section or
 * more ({@link AlignmentLine#saysWhereItWent}; the one taking most of it). Any other column follows its nearest
 * year that shows a section: a named section's own row partner (国务院 2019–2021: a click on 2021's "五是大力促
 * 进科技创新", whose line names 2020's "——发展新动能不断增强", took 2019 to where the section would stand, "六是统
 * 筹城乡区域发展", not to "四是深入实施创新驱动", the 2020 section's partner — a tour), else the place level with
 * it ({@link ScrollMap}). Where no place is level (counterparts cross), where the row stands in the pane's order,
 * before the next row's section or after the last one's — a column that did not move kept showing the last
 * click's section as if it were this row's.
 */
public final class RowPlaces {
    private final List<AlignmentRow> rows;
    private final AlignedSections sections;
    private final ScrollMap map;

    /** @param rows the rows of the pane, in its order */
    RowPlaces(List<AlignmentRow> rows, AlignedSections sections, ScrollMap map) {
        this.rows = rows;
        this.sections = sections;
        this.map = map;
    }

    /**
     * Where a click on a row takes the columns.
     *
     * @param tops    per column the offset to show at the top; -1 where the column stays (no place for it)
     * @param standIn per column whether it shows no section of the row — its own, one a line names, or the
     *                partner of one — only where the section would stand: nothing there is the row's
     */
    public record Places(List<Integer> tops, List<Boolean> standIn) {
        public Places {
            tops = List.copyOf(tops);
            standIn = List.copyOf(standIn);
        }
    }

    Places of(AlignmentRow row) {
        int columns = sections.reports().size();
        OutlineNode[] shown = new OutlineNode[columns];
        boolean[] own = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            shown[c] = sections.node(row, c);
            own[c] = shown[c] != null;
        }
        for (int c = 0; c < columns; c++) {
            if (shown[c] == null) {
                shown[c] = linked(row, c);
            }
        }
        int[] tops = new int[columns];
        boolean[] placed = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            placed[c] = shown[c] != null;
            tops[c] = placed[c] ? shown[c].start() : -1;
        }
        // outward from the years that show a section: the nearest first, so that a partner found carries on
        for (int distance = 1; distance < columns; distance++) {
            for (int c = 0; c < columns; c++) {
                int from = placed[c] ? -1 : nearestShown(shown, c, distance);
                if (from < 0) {
                    continue;
                }
                OutlineNode partner = own[from] ? null : partnerOf(shown[from], from, c);
                shown[c] = partner;
                tops[c] = partner != null ? partner.start() : map.levelFrom(from, shown[from].start(), c);
                placed[c] = true;
            }
        }
        List<Integer> result = new ArrayList<>();
        List<Boolean> standIn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            result.add(tops[c] >= 0 ? tops[c] : whereTheRowStands(row, c));
            standIn.add(shown[c] == null && result.get(c) >= 0); // a column that stays put stands in for nothing
        }
        return new Places(result, standIn);
    }

    /** The section of column {@code c} a line under the row names as holding its text; null if none does. */
    private OutlineNode linked(AlignmentRow row, int c) {
        return row.alsoIn().stream().filter(a -> a.report() == c && AlignmentLine.saysWhereItWent(a))
                .max(Comparator.comparingDouble(AlsoIn::shareHere)).map(sections::node).orElse(null);
    }

    /** The column {@code distance} years from {@code c} showing a section (the year before first); -1 if none. */
    private static int nearestShown(OutlineNode[] shown, int c, int distance) {
        for (int from : new int[] {c - distance, c + distance}) {
            if (from >= 0 && from < shown.length && shown[from] != null) {
                return from;
            }
        }
        return -1;
    }

    /** The section of column {@code to} in the row of {@code node} of column {@code from}; null if none. */
    private OutlineNode partnerOf(OutlineNode node, int from, int to) {
        for (AlignmentRow r : rows) {
            if (sections.node(r, from) == node) {
                return sections.node(r, to);
            }
        }
        return null;
    }

    /**
     * Where the row stands in column {@code c} in the pane's order: the start of its section in the nearest row
     * below that has one, or after its section in the nearest row above; -1 if no row has one.
     */
    private int whereTheRowStands(AlignmentRow row, int c) {
        int at = rows.indexOf(row);
        for (int i = at + 1; at >= 0 && i < rows.size(); i++) {
            OutlineNode node = sections.node(rows.get(i), c);
            if (node != null) {
                return node.start();
            }
        }
        for (int i = at - 1; i >= 0; i--) {
            OutlineNode node = sections.node(rows.get(i), c);
            if (node != null) {
                return node.end();
            }
        }
        return -1;
    }
}
