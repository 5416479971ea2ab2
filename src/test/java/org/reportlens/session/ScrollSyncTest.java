package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.text.Span;

class ScrollSyncTest {
    private final ShownAnalysis shown = TwoYears.shown();
    private final ScrollMap map = shown.scrollMap();
    private final int olderPlan = TwoYears.OLDER.indexOf("(一)加快");
    private final int newerPlan = TwoYears.NEWER.indexOf("(一)加快");

    @Test
    void theColumnTheUserScrollsLeadsAndTheOtherFollowsWithoutLeadingBack() {
        ScrollSync sync = new ScrollSync();
        sync.reset(2);
        assertThat(sync.follow(0, olderPlan, map)).containsExactly(new ScrollSync.Move(1, newerPlan));
        // the follower's own scrolling, a layout pass later, must not pull the leader back
        assertThat(sync.leads(1)).isFalse();
        assertThat(sync.follow(1, newerPlan + 3, map)).isEmpty();
        assertThat(sync.follow(0, olderPlan + 5, map)).containsExactly(
                new ScrollSync.Move(1, map.level(0, olderPlan + 5, 1).getAsInt()));
    }

    @Test
    void aColumnTheProgramPlacedLeadsAgainOnceTheUserTouchesIt() {
        ScrollSync sync = new ScrollSync();
        sync.reset(2);
        sync.placedByProgram(0); // F7 showed a change on both sides
        sync.placedByProgram(1);
        assertThat(sync.follow(0, olderPlan, map)).isEmpty();
        assertThat(sync.follow(1, newerPlan, map)).isEmpty();
        sync.touchedByUser(1); // the wheel over the newer column
        assertThat(sync.follow(1, newerPlan, map)).containsExactly(new ScrollSync.Move(0, olderPlan));
        assertThat(sync.leads(0)).isFalse();
        sync.reset(2); // other columns: all free
        assertThat(sync.leads(0)).isTrue();
    }

    @Test
    void theTopOfOneReportIsLevelWithTheTopOfTheOther() {
        ScrollSync sync = new ScrollSync();
        sync.reset(2);
        assertThat(sync.follow(0, 0, map)).as("Ctrl+Home in the older column").containsExactly(new ScrollSync.Move(1, 0));
    }

    @Test
    void withoutALevelPlaceNoColumnMovesAndNoneIsTied() {
        ScrollSync sync = new ScrollSync();
        sync.reset(2);
        int end = TwoYears.OLDER.length();
        assertThat(sync.follow(0, end, map)).isEmpty(); // past the end of the text no section holds the top
        assertThat(sync.follow(0, olderPlan, ScrollMap.NONE)).isEmpty();
        assertThat(sync.leads(1)).isTrue();
    }

    @Test
    void aJumpShowsItsPlacesAndKeepsTheColumnsWithoutOneLevel() {
        ScrollSync sync = new ScrollSync();
        sync.reset(2);
        Span found = new Span(olderPlan + 2, olderPlan + 6);
        // a find in the older column: the match shown there, the newer column taken to the level place, its own match selected
        Span other = new Span(newerPlan + 2, newerPlan + 6);
        List<ScrollSync.Placement> placements = sync.jump(0, List.of(found, other), Arrays.asList(found, null), map);
        assertThat(placements).containsExactly(new ScrollSync.Placement(0, found, found.start()),
                new ScrollSync.Placement(1, other, map.level(0, found.start(), 1).getAsInt()));
        assertThat(sync.leads(0)).isFalse();
        assertThat(sync.leads(1)).isFalse();
        // a change on both sides: each column shows its own side
        sync.reset(2);
        assertThat(sync.jump(1, List.of(), List.of(found, other), map)).extracting(ScrollSync.Placement::offset)
                .containsExactly(found.start(), other.start());
        // outside every aligned section the other column stays where it is and may still select
        sync.reset(2);
        int end = TwoYears.OLDER.length();
        assertThat(sync.jump(0, Arrays.asList(null, other), List.of(new Span(end, end)), map))
                .containsExactly(new ScrollSync.Placement(0, null, end), new ScrollSync.Placement(1, other, -1));
        assertThat(sync.leads(1)).isTrue();
        assertThatThrownBy(() -> sync.jump(0, List.of(), List.of(), map)).isInstanceOf(IllegalArgumentException.class);
    }
}
