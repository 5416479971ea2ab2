package org.reportlens.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.text.Span;

/**
 * One change of the shown comparison as the changes pane lists it and F7 walks it: a unit of a
 * compared pair that is not {@code same}.
 *
 * @param number  its place in the list of the analysis, from 0
 * @param kind    edited, new, dropped, moved or routine; never same
 * @param section the part or section (numbered, level 1 or 2) of the newer report it stands in;
 *                null for text before the first one
 * @param before  the older side — for an edited unit the words that changed, joined by "…" — cut after
 *                {@link ChangeList#DETAIL} characters; empty where the older side has nothing
 * @param after   the same of the newer side
 * @param places  per shown column its side there — for the side without text, the empty place the
 *                text would have — or null in a column that is neither of its reports
 * @param anchor  where a "reviewed" mark on it is anchored: its newer side, or the older side of a
 *                dropped unit; never empty
 */
public record ChangeEntry(int number, UnitKind kind, OutlineNode section, String before, String after,
                          List<Span> places, ShownAnalysis.Place anchor) {
    public ChangeEntry {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
        Objects.requireNonNull(anchor, "anchor must not be null");
        if (kind == UnitKind.SAME) {
            throw new IllegalArgumentException("an unchanged unit is no change to list");
        }
        if (anchor.span().length() == 0) {
            throw new IllegalArgumentException("a change is anchored on text, not on " + anchor.span());
        }
        places = Collections.unmodifiableList(new ArrayList<>(places)); // nulls stand for columns without it
    }

    /** Its place in column {@code c}, or null. */
    public Span place(int c) {
        return c >= 0 && c < places.size() ? places.get(c) : null;
    }

    /**
     * The short "before → after" of the list: "8% → 6%" for an edit, "+ …" for words or
     * sentences that are only new, "− …" for those only dropped, "↕ …" for a sentence moved as it was.
     */
    public String summary() {
        return sides(cut(before), cut(after));
    }

    /**
     * The same at length, for the tooltip: the list's line is cut at a few dozen characters, and the whole new or
     * dropped sentence never showed (the fourth tour: "+ 这次新冠肺炎疫情…感染范围最广、…").
     */
    public String detail() {
        return sides(before, after);
    }

    /** A side as the list's line shows it: cut after {@link ChangeList#EXCERPT} characters. */
    private static String cut(String side) {
        return side.length() > ChangeList.EXCERPT ? side.substring(0, ChangeList.EXCERPT) + "…" : side;
    }

    private String sides(String before, String after) {
        if (kind == UnitKind.MOVED && before.equals(after)) {
            return "↕ " + after; // moved as it was
        }
        if (before.isEmpty()) {
            return "+ " + after;
        }
        if (after.isEmpty()) {
            return "− " + before;
        }
        return before + " → " + after;
    }
}
