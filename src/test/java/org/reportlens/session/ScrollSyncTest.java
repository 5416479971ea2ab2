package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
    void withoutALevelPlaceNoColumnMovesAndNoneIsTied() {
        ScrollSync sync = new ScrollSync();
        sync.reset(2);
        assertThat(sync.follow(0, 1, map)).isEmpty(); // the title line is in no aligned section
        assertThat(sync.follow(0, olderPlan, ScrollMap.NONE)).isEmpty();
        assertThat(sync.leads(1)).isTrue();
    }
}
