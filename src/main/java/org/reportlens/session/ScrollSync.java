package org.reportlens.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which column leads when columns scroll. A column the user scrolls (wheel, scroll bar, keys,
 * mouse) leads: the others follow it to their level places. A column the program placed — to
 * follow another, or to show a change on both sides — does not lead, or its own scrolling, which
 * the toolkit carries out a layout pass later, would pull the column the user scrolls back; it
 * leads again once the user touches it. No clock decides this, only who moved what.
 */
public final class ScrollSync {
    /**
     * A column to move.
     *
     * @param column its index
     * @param offset the offset to bring to its top
     */
    public record Move(int column, int offset) {
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

    @Override
    public String toString() {
        return "ScrollSync" + Arrays.toString(placedByProgram);
    }
}
