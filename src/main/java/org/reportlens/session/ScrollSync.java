package org.reportlens.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.reportlens.core.text.Span;

/**
 * Which column leads when columns scroll. A column the user scrolls (wheel, scroll bar, keys,
 * mouse) leads: the others follow it to their level places. A column the program placed — to
 * follow another, or to show a change on both sides — does not lead, or its own scrolling, which
 * the toolkit carries out a layout pass later, would pull the column the user scrolls back; it
 * leads again once the user touches it. No clock decides this, only who moved what. A jump the
 * program makes places every column at once ({@link #jump}), level with the one that jumps.
 */
public final class ScrollSync {
    /**
     * A column to move.
     *
     * @param column its index
     * @param offset the offset to bring to its top
     */
    public record Move(int column, int offset) {
        public Move {
            if (column < 0 || offset < 0) {
                throw new IllegalArgumentException("no such move: column " + column + ", offset " + offset);
            }
        }
    }

    /**
     * Where a column goes after a jump.
     *
     * @param column its index
     * @param select the span to select there; null to leave the selection
     * @param offset the offset to bring near its top; -1 to leave the column where it is (it only selects)
     */
    public record Placement(int column, Span select, int offset) {
        public Placement {
            if (column < 0 || offset < -1) {
                throw new IllegalArgumentException("no such placement: column " + column + ", offset " + offset);
            }
        }
    }

    private boolean[] placedByProgram = new boolean[0];

    /** A new set of columns, none placed by the program yet. */
    public void reset(int columns) {
        placedByProgram = new boolean[columns];
    }

    public void placedByProgram(int column) {
        if (column >= 0 && column < placedByProgram.length) {
            placedByProgram[column] = true;
        }
    }

    public void touchedByUser(int column) {
        if (column >= 0 && column < placedByProgram.length) {
            placedByProgram[column] = false;
        }
    }

    /** Whether a change of this column's scroll position should move the others. */
    public boolean leads(int column) {
        return column >= 0 && column < placedByProgram.length && !placedByProgram[column];
    }

    /**
     * Column {@code leader} now shows {@code top} at its top: where each other column goes. Those
     * columns count as placed by the program from now on. Nothing moves when the leader does not lead.
     */
    public List<Move> follow(int leader, int top, ScrollMap map) {
        List<Move> moves = new ArrayList<>();
        if (!leads(leader)) {
            return moves;
        }
        for (int j = 0; j < placedByProgram.length; j++) {
            if (j != leader) {
                OptionalInt level = map.level(leader, top, j);
                if (level.isPresent()) {
                    placedByProgram[j] = true;
                    moves.add(new Move(j, level.getAsInt()));
                }
            }
        }
        return moves;
    }

    /**
     * A jump the program makes — to a change, a duplicate, a match, a place on the ruler: column
     * {@code lead} shows its place, so does every column given one in {@code show}, and the others
     * go to the place level with the lead's ({@link ScrollMap}; they stay where they are outside
     * every aligned section), so that the columns stay level. Every column placed counts as placed
     * by the program.
     *
     * @param select per column the span to select, or null; a shorter list selects nothing further on
     * @param show   per column the place to show, or null for the level place; the lead's is required
     */
    public List<Placement> jump(int lead, List<Span> select, List<Span> show, ScrollMap map) {
        Span leading = at(show, lead);
        if (leading == null) {
            throw new IllegalArgumentException("the leading column " + lead + " needs a place to show");
        }
        List<Placement> placements = new ArrayList<>();
        for (int j = 0; j < placedByProgram.length; j++) {
            Span own = at(show, j);
            OptionalInt offset = own != null ? OptionalInt.of(own.start()) : map.level(lead, leading.start(), j);
            if (offset.isPresent() || at(select, j) != null) {
                placedByProgram[j] = offset.isPresent() || placedByProgram[j];
                placements.add(new Placement(j, at(select, j), offset.orElse(-1)));
            }
        }
        return placements;
    }

    private static Span at(List<Span> spans, int i) {
        return i >= 0 && i < spans.size() ? spans.get(i) : null;
    }

    @Override
    public String toString() {
        return "ScrollSync" + Arrays.toString(placedByProgram);
    }
}
