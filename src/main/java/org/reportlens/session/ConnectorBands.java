package org.reportlens.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.AlsoIn;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.text.Span;

/**
 * The bands drawn in the gutter between two neighbouring columns, joining each section to the one it
 * is aligned with, so that what lines up with what stays in sight while the columns scroll (as Meld
 * and Beyond Compare join their blocks); a section only in one column is a wedge pointing where it
 * would stand in the other. A band that leaves the screen on one side runs to that side's edge; one
 * off the screen on both sides is not drawn.
 */
public final class ConnectorBands {
    /** What a band joins. */
    public enum Kind {
        /** Two aligned sections with no aligned sections of their own: a filled band from start to end. */
        SECTION,
        /** Two aligned parts whose sections have bands of their own: a line joining where they begin. */
        PART,
        /** Paragraphs of a section that went into a section of another row (a split or a merge): a dashed band. */
        ALSO,
        /** A section only in the right column: a wedge from where it would stand in the left one. */
        NEW,
        /** A section only in the left column: a wedge to where it would stand in the right one. */
        DROPPED
    }

    /**
     * One band, its edges as y in the columns' shared coordinates.
     *
     * @param kind        what it joins
     * @param row         index of its alignment row in the rows given
     * @param leftTop     where it begins in the left column
     * @param leftBottom  where it ends in the left column
     * @param rightTop    where it begins in the right column
     * @param rightBottom where it ends in the right column
     * @param alternate   every other section band, so that two bands side by side can be told apart
     */
    public record Band(Kind kind, int row, double leftTop, double leftBottom, double rightTop, double rightBottom,
                       boolean alternate) {
        public Band {
            if (leftBottom < leftTop || rightBottom < rightTop) {
                throw new IllegalArgumentException("a band's bottom is above its top");
            }
        }
    }

    private ConnectorBands() {
    }

    /**
     * The bands between column {@code left} and column {@code right} (indexes of the compared reports,
     * as in the rows' sections) for what the two columns show now.
     */
    public static List<Band> between(List<AlignmentRow> rows, AlignedSections sections, int left, int right,
                                     ColumnViewport leftView, ColumnViewport rightView) {
        Set<String> leftIds = ids(rows, sections, left);
        Set<String> rightIds = ids(rows, sections, right);
        List<OutlineNode> aloneLeft = alone(rows, sections, left, right);
        List<OutlineNode> aloneRight = alone(rows, sections, right, left);
        List<Band> bands = new ArrayList<>();
        int filled = 0;
        for (int r = 0; r < rows.size(); r++) {
            AlignmentRow row = rows.get(r);
            OutlineNode a = sections.node(row, left);
            OutlineNode b = sections.node(row, right);
            if (a == null && b != null && !insideAnother(b, aloneRight)) {
                int at = nextStart(rows, sections, r, left);
                add(bands, new Band(Kind.NEW, r, leftView.topOf(at), leftView.topOf(at), rightView.topOf(b.start()),
                        rightView.bottomOf(b.end()), false), leftView, rightView);
            }
            if (a != null && b == null && !insideAnother(a, aloneLeft)) {
                int at = nextStart(rows, sections, r, right);
                add(bands, new Band(Kind.DROPPED, r, leftView.topOf(a.start()), leftView.bottomOf(a.end()),
                        rightView.topOf(at), rightView.topOf(at), false), leftView, rightView);
            }
            if (a != null && b != null) {
                boolean part = hasAligned(a, leftIds) || hasAligned(b, rightIds);
                Band band = part
                        ? band(Kind.PART, r, new Span(a.start(), a.end()), new Span(b.start(), b.end()),
                                leftView, rightView, false)
                        : band(Kind.SECTION, r, new Span(a.start(), a.end()), new Span(b.start(), b.end()),
                                leftView, rightView, filled % 2 == 1);
                filled += part ? 0 : 1;
                add(bands, band, leftView, rightView);
            }
            for (AlsoIn also : row.alsoIn()) {
                Band band = alsoBand(r, also, left, right, leftView, rightView);
                if (band != null) {
                    add(bands, band, leftView, rightView);
                }
            }
        }
        return bands;
    }

    private static void add(List<Band> bands, Band band, ColumnViewport leftView, ColumnViewport rightView) {
        if (onScreen(band, leftView, rightView)) {
            bands.add(band);
        }
    }

    /**
     * Where a section missing from {@code column} would stand there: where the section of the next row
     * that has one in that column begins (rows are in reading order); the end of the text after the last.
     */
    private static int nextStart(List<AlignmentRow> rows, AlignedSections sections, int row, int column) {
        for (int r = row + 1; r < rows.size(); r++) {
            OutlineNode n = sections.node(rows.get(r), column);
            if (n != null) {
                return n.start();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A split or merge between these two columns, from the paragraphs here to those there; null if it joins others. */
    private static Band alsoBand(int row, AlsoIn also, int left, int right, ColumnViewport leftView,
                                 ColumnViewport rightView) {
        if (also.here().isEmpty() || also.there().isEmpty()) {
            return null;
        }
        Span here = cover(also.here());
        Span there = cover(also.there());
        if (also.from() == left && also.report() == right) {
            return band(Kind.ALSO, row, here, there, leftView, rightView, false);
        }
        if (also.from() == right && also.report() == left) {
            return band(Kind.ALSO, row, there, here, leftView, rightView, false);
        }
        return null;
    }

    private static Span cover(List<Span> spans) {
        int start = spans.stream().mapToInt(Span::start).min().orElseThrow();
        int end = spans.stream().mapToInt(Span::end).max().orElseThrow();
        return new Span(start, end);
    }

    private static Band band(Kind kind, int row, Span a, Span b, ColumnViewport leftView, ColumnViewport rightView,
                             boolean alternate) {
        return kind == Kind.PART
                ? new Band(kind, row, leftView.topOf(a.start()), leftView.topOf(a.start()), rightView.topOf(b.start()),
                        rightView.topOf(b.start()), false)
                : new Band(kind, row, leftView.topOf(a.start()), leftView.bottomOf(a.end()), rightView.topOf(b.start()),
                        rightView.bottomOf(b.end()), alternate);
    }

    /** Whether any of the band shows: not pressed flat against the same edge of both columns. */
    private static boolean onScreen(Band band, ColumnViewport leftView, ColumnViewport rightView) {
        boolean above = band.leftBottom() <= leftView.top() && band.rightBottom() <= rightView.top();
        boolean below = band.leftTop() >= leftView.bottom() && band.rightTop() >= rightView.bottom();
        return !above && !below;
    }

    /** The sections of column {@code in} with no partner in column {@code other}. */
    private static List<OutlineNode> alone(List<AlignmentRow> rows, AlignedSections sections, int in, int other) {
        List<OutlineNode> alone = new ArrayList<>();
        for (AlignmentRow row : rows) {
            OutlineNode n = sections.node(row, in);
            if (n != null && sections.node(row, other) == null) {
                alone.add(n);
            }
        }
        return alone;
    }

    /** Whether a section alone lies inside a part that is alone too: one wedge for the part says it. */
    private static boolean insideAnother(OutlineNode node, List<OutlineNode> alone) {
        for (OutlineNode outer : alone) {
            if (outer != node && outer.level() < node.level() && outer.start() <= node.start() && node.end() <= outer.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a node has a section of its own that is aligned too (then its band would hide theirs). */
    private static boolean hasAligned(OutlineNode node, Set<String> aligned) {
        return node.children().stream().anyMatch(c -> aligned.contains(c.id()));
    }

    private static Set<String> ids(List<AlignmentRow> rows, AlignedSections sections, int column) {
        Set<String> ids = new HashSet<>();
        for (AlignmentRow row : rows) {
            OutlineNode n = sections.node(row, column);
            if (n != null) {
                ids.add(n.id());
            }
        }
        return ids;
    }
}
