package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The columns follow the one the user scrolled after the layout pass, line by line, with one more pass for a far place. */
class FollowingTest {
    private final ShownAnalysis shown = TwoYears.shown();
    private final ScrollMap map = shown.scrollMap();
    private final int olderPlan = TwoYears.OLDER.indexOf("(一)加快");
    private final int newerPlan = TwoYears.NEWER.indexOf("(一)加快");
    private final ScrollSync sync = new ScrollSync();
    private final Following following = new Following(sync);
    private final List<String> placed = new ArrayList<>();

    @Test
    void aColumnTheUserScrolledIsFollowedAfterTheLayoutPassToTheLineAtItsTop() {
        sync.reset(2);
        following.reset(List.of(-1, -1));
        following.scrolled(0);
        assertThat(following.pending()).isTrue();
        // while the text area cannot say where its lines are, nothing moves and the note waits for the next pass
        following.afterLayout(c -> OptionalInt.empty(), map, this::byLines);
        assertThat(placed).isEmpty();
        assertThat(following.pending()).isTrue();
        following.afterLayout(c -> OptionalInt.of(olderPlan + 3), map, this::byLines);
        assertThat(following.pending()).isFalse();
        assertThat(placed).containsExactly("1@" + map.level(0, olderPlan + 3, 1).getAsInt());
        // the same line again moves no one; the follower's own scrolling does not lead back
        following.scrolled(0);
        following.afterLayout(c -> OptionalInt.of(olderPlan + 3), map, this::byLines);
        following.scrolled(1);
        assertThat(following.pending()).isFalse();
        assertThat(placed).hasSize(1);
    }

    @Test
    void aColumnTheProgramMovedIsFollowedWhenTheUserTakesItBackToItsOldLine() {
        sync.reset(2);
        following.reset(List.of(-1, -1));
        following.scrolled(1); // the user scrolls the newer column to its plan; the older follows
        following.afterLayout(c -> OptionalInt.of(newerPlan), map, this::byLines);
        following.scrolled(0); // the older column's own scrolling, placed by the program
        assertThat(placed).containsExactly("0@" + olderPlan);
        // Ctrl+Home in the older column: its line at the top is 0 again, as when the columns were shown
        sync.touchedByUser(0);
        following.scrolled(0);
        following.afterLayout(c -> OptionalInt.of(0), map, this::byLines);
        assertThat(placed).containsExactly("0@" + olderPlan, "1@0");
    }

    @Test
    void aColumnShownAnewIsPlacedByLinesAfterTheNextLayoutPassOnce() {
        sync.reset(2);
        following.reset(List.of(olderPlan + 5, -1));
        assertThat(following.pending()).isTrue();
        following.afterLayout(c -> OptionalInt.empty(), map, this::byLines);
        assertThat(placed).containsExactly("0@" + (olderPlan + 5));
        assertThat(following.pending()).isFalse();
        following.afterLayout(c -> OptionalInt.empty(), map, this::byLines);
        assertThat(placed).hasSize(1);
        // new columns forget a place not yet made
        following.reset(List.of(-1, 3));
        following.reset(List.of(-1, -1));
        assertThat(following.pending()).isFalse();
    }

    @Test
    void aPlaceOffScreenIsReachedByParagraphsAndByLinesOnceMore() {
        sync.reset(2);
        following.reset(List.of(-1, -1));
        following.scrolled(1);
        List<Boolean> onScreen = new ArrayList<>(List.of(false, true, false, false));
        Following.Placer placer = (c, offset) -> {
            placed.add(c + "@" + offset);
            return onScreen.remove(0);
        };
        following.afterLayout(c -> OptionalInt.of(newerPlan), map, placer);
        assertThat(following.pending()).as("one more pass").isTrue();
        following.afterLayout(c -> OptionalInt.of(newerPlan), map, placer);
        assertThat(placed).containsExactly("0@" + olderPlan, "0@" + olderPlan);
        assertThat(following.pending()).isFalse();
        // a place that is never on screen (the end of a text) gets one more pass, not one every pass
        following.scrolled(1);
        following.afterLayout(c -> OptionalInt.of(newerPlan + 2), map, placer);
        following.afterLayout(c -> OptionalInt.of(newerPlan + 2), map, placer);
        assertThat(following.pending()).isFalse();
        assertThat(placed).hasSize(4);
    }

    private boolean byLines(int column, int offset) {
        placed.add(column + "@" + offset);
        return true;
    }
}
