package org.reportlens.session;

import java.util.List;
import org.reportlens.core.text.Span;

/**
 * What a column shows of its report at the moment: the paragraphs on screen with their places, in a
 * coordinate system shared with the other columns (the toolkit measures, this decides). Offsets are
 * those of the report's original text; a folded stub is a line covering the text it hides.
 *
 * @param lines  the paragraphs on screen, in text order
 * @param top    the y where the column's text begins
 * @param bottom the y where it ends
 */
public record ColumnViewport(List<Line> lines, double top, double bottom) {
    /**
     * A paragraph on screen.
     *
     * @param start  where it begins in the original text
     * @param end    where the next one begins (exclusive)
     * @param top    the y of its top edge
     * @param bottom the y of its bottom edge
     */
    public record Line(int start, int end, double top, double bottom) {
        public Line {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("invalid line [" + start + ", " + end + ")");
            }
            if (bottom < top) {
                throw new IllegalArgumentException("a line's bottom " + bottom + " is above its top " + top);
            }
        }
    }

    /** A column with nothing on screen. */
    public static final ColumnViewport EMPTY = new ColumnViewport(List.of(), 0, 0);

    public ColumnViewport {
        lines = List.copyOf(lines);
        if (bottom < top) {
            throw new IllegalArgumentException("a column's bottom " + bottom + " is above its top " + top);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).start() < lines.get(i - 1).start()) {
                throw new IllegalArgumentException("lines out of text order at " + i);
            }
        }
    }

    /**
     * Where text beginning at {@code offset} begins on screen: the top of its paragraph. Text above what
     * shows is at the column's top, text below at its bottom. (Sections and the paragraphs of a split
     * begin and end with paragraphs, so a band's edge lies between paragraphs.)
     */
    public double topOf(int offset) {
        int line = lineOf(offset);
        return line < 0 ? top : line >= lines.size() ? bottom : clamp(lines.get(line).top());
    }

    /** Where text ending at {@code end} (exclusive) ends on screen: the bottom of the paragraph of its last character. */
    public double bottomOf(int end) {
        int line = lineOf(Math.max(0, end - 1));
        return line < 0 ? top : line >= lines.size() ? bottom : clamp(lines.get(line).bottom());
    }

    /** Whether any of {@code span} is on screen; for an empty span (a point), whether that point is. */
    public boolean shows(Span span) {
        if (lines.isEmpty()) {
            return false;
        }
        int first = lines.get(0).start();
        int last = lines.get(lines.size() - 1).end();
        return span.length() == 0 ? span.start() >= first && span.start() < last
                : span.start() < last && span.end() > first;
    }

    /** The line holding an offset: -1 above the first, {@code lines.size()} below the last. */
    private int lineOf(int offset) {
        if (lines.isEmpty() || offset < lines.get(0).start()) {
            return -1;
        }
        if (offset >= lines.get(lines.size() - 1).end()) {
            return lines.size();
        }
        int low = 0;
        int high = lines.size() - 1;
        while (low < high) { // the last line starting at or before the offset
            int mid = (low + high + 1) >>> 1;
            if (lines.get(mid).start() <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private double clamp(double y) {
        return Math.max(top, Math.min(bottom, y));
    }
}
