package org.reportlens.session;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.outline.OutlineNode;

/**
 * Where column j should be when column i shows offset x, so that aligned sections stay level: x is
 * placed in the smallest section of column i around it that has a counterpart in column j, and
 * column j gets the same fraction of that counterpart. Text between aligned sections — a section
 * one year has and the other has not — is level with the text between their counterparts, also by
 * fraction: while one column scrolls through a new section the other waits where that section would
 * be (at the start of the next), or walks through what it has there instead — an opening paragraph,
 * a section of its own. Columns are numbered as the compared reports.
 */
public final class ScrollMap {
    /** No alignment (one column, or not analysed yet): no column follows another. */
    public static final ScrollMap NONE = new ScrollMap(List.of(), null, List.of());
    /** The original text of each column's report. */
    private final List<String> texts;
    /**
     * For columns i and j, the aligned sections of i with their counterparts in j: found once, not on every
     * layout pass a column is followed in.
     */
    private final List<List<List<Pair>>> pairs = new ArrayList<>();

    /** A section of column i and its counterpart in column j. */
    private record Pair(OutlineNode from, OutlineNode to) {
        int length() {
            return from.end() - from.start();
        }
    }

    ScrollMap(List<AlignmentRow> rows, AlignedSections sections, List<String> texts) {
        this.texts = List.copyOf(texts);
        int columns = sections == null ? 0 : sections.reports().size();
        for (int from = 0; from < columns; from++) {
            List<List<Pair>> byTo = new ArrayList<>();
            for (int to = 0; to < columns; to++) {
                List<Pair> found = new ArrayList<>();
                for (AlignmentRow row : rows) {
                    OutlineNode a = sections.node(row, from);
                    OutlineNode b = sections.node(row, to);
                    if (a != null && b != null) {
                        found.add(new Pair(a, b));
                    }
                }
                byTo.add(List.copyOf(found));
            }
            pairs.add(byTo);
        }
    }

    /**
     * The offset in column {@code to} level with {@code offset} in column {@code from}: the same
     * fraction of the aligned section; between two aligned sections (inside the smallest aligned
     * one around, or at the top level), the same fraction of the stretch between their
     * counterparts, or its end when that stretch is blank; in the opening before every aligned
     * section (title, date, greeting), the same fraction of the other's opening, so that the top of
     * one report is level with the top of the other (Ctrl+Home). Where the counterparts cross (sections
     * reordered), inside an aligned section the fraction of the whole section; empty elsewhere, and
     * after the last aligned section.
     */
    public OptionalInt level(int from, int offset, int to) {
        if (from < 0 || from >= pairs.size() || to < 0 || to >= pairs.size()) {
            return OptionalInt.empty();
        }
        List<Pair> pairs = this.pairs.get(from).get(to);
        Pair around = null;
        for (Pair p : pairs) {
            if (offset >= p.from.start() && offset < p.from.end() && (around == null || p.length() < around.length())) {
                around = p;
            }
        }
        // the aligned sections nearest before and after the offset, inside the one around it
        int lo = around == null ? 0 : around.from.start();
        int hi = around == null ? Integer.MAX_VALUE : around.from.end();
        Pair before = null;
        Pair after = null;
        // in the other column, the stretch lies after every counterpart of a section before the offset and
        // before every counterpart of one after it: where sections were reordered, it may be empty
        int afterEarlier = Integer.MIN_VALUE;
        int beforeLater = Integer.MAX_VALUE;
        for (Pair p : pairs) {
            if (p == around || p.from.start() < lo || p.from.end() > hi || (around != null && (p.length() >= around.length()
                    || p.to.start() < around.to.start() || p.to.end() > around.to.end()))) {
                continue; // not inside the aligned section around, on both sides
            }
            if (p.from.end() <= offset) {
                before = before == null || p.from.end() > before.from.end() ? p : before;
                afterEarlier = Math.max(afterEarlier, p.to.end());
            }
            if (p.from.start() > offset) {
                after = after == null || p.from.start() < after.from.start() ? p : after;
                beforeLater = Math.min(beforeLater, p.to.start());
            }
        }
        if (around == null && after != null && before == null) {
            // the opening: each report's ends where its first section with a partner in the other begins
            int firstTo = pairs.stream().mapToInt(p -> p.to.start()).min().orElseThrow();
            return OptionalInt.of(scale(offset, 0, after.from.start(), 0, firstTo));
        }
        if (around == null && (before == null || after == null)) {
            return OptionalInt.empty();
        }
        int fromStart = before != null ? before.from.end() : around.from.start();
        int fromEnd = after != null ? after.from.start() : around.from.end();
        int toStart = before != null ? afterEarlier : around.to.start();
        int toEnd = after != null ? beforeLater : around.to.end();
        if (toStart > toEnd) { // the counterparts cross: no stretch between them
            if (around == null) {
                return OptionalInt.empty();
            }
            fromStart = around.from.start();
            fromEnd = around.from.end();
            toStart = around.to.start();
            toEnd = around.to.end();
        }
        if (after != null && blank(texts.get(to), toStart, toEnd)) {
            // nothing there but a line break: it waits at the next section (an opening paragraph, a
            // section of its own, is walked through by fraction)
            return OptionalInt.of(toEnd);
        }
        return OptionalInt.of(scale(offset, fromStart, fromEnd, toStart, toEnd));
    }

    /**
     * Per column its offset in {@code tops}, and for a column with none (-1) the place level with the first
     * column that has one ({@link #level}; after every aligned section, {@link #afterAll}), or -1 where none is.
     */
    public List<Integer> levelWithFirst(List<Integer> tops) {
        List<Integer> levelled = new ArrayList<>(tops);
        int lead = -1;
        for (int i = 0; i < tops.size() && lead < 0; i++) {
            lead = tops.get(i) >= 0 ? i : -1;
        }
        for (int i = 0; lead >= 0 && i < levelled.size(); i++) {
            if (levelled.get(i) < 0) {
                levelled.set(i, levelFrom(lead, tops.get(lead), i));
            }
        }
        return levelled;
    }

    /**
     * The place in column {@code to} level with {@code offset} of column {@code from} ({@link #level}), or after
     * every aligned section ({@link #afterAll}); -1 where none is.
     */
    int levelFrom(int from, int offset, int to) {
        OptionalInt level = level(from, offset, to);
        return level.isPresent() ? level.getAsInt() : afterAll(from, offset, to);
    }

    /**
     * Where a place after every aligned section of column {@code from} would stand in column {@code to}: after
     * the counterparts of all those before it (宁夏 2017's last part, 努力建设人民满意政府, is in no other year:
     * a click on its row takes 2016 to the end of its counterpart of 2017's last part before); -1 when none is
     * before it.
     */
    private int afterAll(int from, int offset, int to) {
        if (from < 0 || from >= pairs.size() || to < 0 || to >= pairs.size()) {
            return -1;
        }
        int at = -1;
        for (Pair p : pairs.get(from).get(to)) {
            if (p.from.start() > offset) {
                return -1; // not after every aligned section: where counterparts cross, no place is level
            }
            if (p.from.end() <= offset) {
                at = Math.max(at, p.to.end());
            }
        }
        return at;
    }

    private static boolean blank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code offset} of [fromStart, fromEnd) taken to the same fraction of [toStart, toEnd). */
    private static int scale(int offset, int fromStart, int fromEnd, int toStart, int toEnd) {
        double fraction = (double) (offset - fromStart) / Math.max(1, fromEnd - fromStart);
        return toStart + (int) Math.round(fraction * (toEnd - toStart));
    }
}
