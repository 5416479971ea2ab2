package org.reportlens.session;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * When the other columns follow the one the user scrolls, and to where. A column's scroll events come
 * during the toolkit's layout pass, when a text area cannot say where its lines are; so a column the
 * user moved ({@link ScrollSync#leads}) is only noted, and after the pass the others are placed level
 * with the line at its top — line by line, not paragraph by paragraph (report paragraphs run to 20
 * lines: a column following by paragraphs lags a screen behind, then jumps). A place not on screen is
 * reached by paragraphs first and by lines after one more pass. No clock decides, only layout passes.
 */
public final class Following {
    /** Places a column's offset at its top: by lines when it is on screen (true), else by paragraphs. */
    public interface Placer {
        boolean place(int column, int offset);
    }

    private final ScrollSync sync;
    /**
     * The offset at the top of each column the user scrolled when the others last followed it (a move
     * within a line moves no one); -1 for a column the program moved since, whose next line is news.
     */
    private int[] tops = new int[0];
    /** The column the user scrolled since the last layout pass, or -1; whether its followers had their second pass. */
    private int lead = -1;
    private boolean retried;

    /** Offsets to bring to the top of their columns by lines after the next layout pass (-1: none). */
    private int[] placeAt = new int[0];

    public Following(ScrollSync sync) {
        this.sync = sync;
    }

    /**
     * New columns, each placed by paragraphs at {@code places} (-1: at its top), none to follow yet. Each
     * place is brought to its column's top by lines after the next layout pass: a column shown anew (a
     * re-analysis restyles every paragraph) would otherwise lose the line the user was reading.
     */
    public void reset(List<Integer> places) {
        placeAt = places.stream().mapToInt(Integer::intValue).toArray();
        tops = placeAt.clone();
        lead = -1;
    }

    /** A column's scroll position changed: noted if the user moved it; if the program did, its old top is forgotten. */
    public void scrolled(int column) {
        if (column < 0 || column >= tops.length) {
            return;
        }
        if (sync.leads(column)) {
            lead = column;
            retried = false;
        } else {
            tops[column] = -1;
        }
    }

    /** Whether the others are still to follow a column the user scrolled, or a column waits to be placed by lines. */
    public boolean pending() {
        return lead >= 0 || Arrays.stream(placeAt).anyMatch(offset -> offset >= 0);
    }

    /**
     * After a layout pass: the places of new columns are placed ({@link #reset}); the others follow
     * the column noted, to the places level with the line at its top ({@code lineAtTop}; while it cannot
     * say — laid out anew in the next pass — the note waits for it).
     */
    public void afterLayout(IntFunction<OptionalInt> lineAtTop, ScrollMap map, Placer placer) {
        for (int c = 0; c < placeAt.length; c++) {
            if (placeAt[c] >= 0) {
                placer.place(c, placeAt[c]);
                placeAt[c] = -1;
            }
        }
        int column = lead;
        OptionalInt top = column < 0 ? OptionalInt.empty() : lineAtTop.apply(column);
        if (top.isEmpty()) {
            return;
        }
        lead = -1;
        if (top.getAsInt() == tops[column]) {
            return;
        }
        tops[column] = top.getAsInt();
        boolean placed = true;
        for (ScrollSync.Move m : sync.follow(column, top.getAsInt(), map)) {
            placed &= placer.place(m.column(), m.offset());
        }
        if (!placed && !retried) {
            retried = true;
            tops[column] = -1;
            lead = column;
        }
    }
}
