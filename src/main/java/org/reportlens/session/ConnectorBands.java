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
 * would stand in the other. A band is drawn while some of what it joins shows in either column (for a
 * part, where it begins; for a wedge, its section); where it leaves the screen on one side it runs to
 * that side's edge. What to join is worked out once for an analysis; where the bands lie, for every
 * frame.
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
            if (row < 0) {
                throw new IllegalArgumentException("row must not be negative: " + row);
            }
            if (leftBottom < leftTop || rightBottom < rightTop) {
                throw new IllegalArgumentException("a band's bottom is above its top");
            }
        }
    }

    /**
     * What one band joins, in offsets of the two reports' original texts.
     *
     * @param kind      what it joins
     * @param row       index of its alignment row
     * @param left      the text it joins in the left column (for a part, where it begins; for a new
     *                  section, where it would stand: an empty span)
     * @param right     likewise in the right column
     * @param alternate every other section band
     */
    private record Join(Kind kind, int row, Span left, Span right, boolean alternate) {
    }

    private final List<Join> joins = new ArrayList<>();

    /**
     * The joins between column {@code left} and column {@code right} (indexes of the compared reports,
     * as in the rows' sections) of these alignment rows.
     */
    public ConnectorBands(List<AlignmentRow> rows, AlignedSections sections, int left, int right) {
        Set<String> leftIds = ids(rows, sections, left);
        Set<String> rightIds = ids(rows, sections, right);
        List<OutlineNode> aloneLeft = alone(rows, sections, left, right);
        List<OutlineNode> aloneRight = alone(rows, sections, right, left);
        int filled = 0;
        for (int r = 0; r < rows.size(); r++) {
            AlignmentRow row = rows.get(r);
            OutlineNode a = sections.node(row, left);
            OutlineNode b = sections.node(row, right);
            if (a == null && b != null && !insideAnother(b, aloneRight)) {
                int at = nextStart(rows, sections, r, left);
                joins.add(new Join(Kind.NEW, r, new Span(at, at), span(b), false));
            }
            if (a != null && b == null && !insideAnother(a, aloneLeft)) {
                int at = nextStart(rows, sections, r, right);
                joins.add(new Join(Kind.DROPPED, r, span(a), new Span(at, at), false));
            }
            if (a != null && b != null) {
                if (hasAligned(a, leftIds) || hasAligned(b, rightIds)) {
                    joins.add(new Join(Kind.PART, r, new Span(a.start(), a.start()), new Span(b.start(), b.start()), false));
                } else {
                    joins.add(new Join(Kind.SECTION, r, span(a), span(b), filled % 2 == 1));
                    filled++;
                }
            }
            for (AlsoIn also : row.alsoIn()) {
                alsoJoin(r, also, left, right);
            }
        }
    }

    /** The bands for what the two columns show now. */
    public List<Band> on(ColumnViewport leftView, ColumnViewport rightView) {
        List<Band> bands = new ArrayList<>();
        for (Join j : joins) {
            boolean shows = switch (j.kind()) {
                case NEW -> rightView.shows(j.right());
                case DROPPED -> leftView.shows(j.left());
                default -> leftView.shows(j.left()) || rightView.shows(j.right());
            };
            if (shows) {
                double leftTop = leftView.topOf(j.left().start());
                double rightTop = rightView.topOf(j.right().start());
                // never upside down, even if the toolkit reports paragraphs out of place for a moment
                bands.add(new Band(j.kind(), j.row(), leftTop, Math.max(leftTop, bottom(leftView, j.left())), rightTop,
                        Math.max(rightTop, bottom(rightView, j.right())), j.alternate()));
            }
        }
        return bands;
    }

    /** Where a joined text ends on screen; an empty one (a point) ends where it begins. */
    private static double bottom(ColumnViewport view, Span span) {
        return span.length() == 0 ? view.topOf(span.start()) : view.bottomOf(span.end());
    }

    private static Span span(OutlineNode node) {
        return new Span(node.start(), node.end());
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

    /** A split or merge between these two columns, from the paragraphs here to those there; nothing if it joins others. */
    private void alsoJoin(int row, AlsoIn also, int left, int right) {
        if (also.here().isEmpty() || also.there().isEmpty()) {
            return;
        }
        Span here = cover(also.here());
        Span there = cover(also.there());
        if (also.from() == left && also.report() == right) {
            joins.add(new Join(Kind.ALSO, row, here, there, false));
        } else if (also.from() == right && also.report() == left) {
            joins.add(new Join(Kind.ALSO, row, there, here, false));
        }
    }

    private static Span cover(List<Span> spans) {
        int start = spans.stream().mapToInt(Span::start).min().orElseThrow();
        int end = spans.stream().mapToInt(Span::end).max().orElseThrow();
        return new Span(start, end);
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
