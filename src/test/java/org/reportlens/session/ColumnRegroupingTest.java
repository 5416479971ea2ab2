package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;

/** Reports that stay keep their places; one ticked again is levelled once its alignment is there; a workspace's are new. */
class ColumnRegroupingTest {
    private final ShownAnalysis shown = TwoYears.shown();
    private final ScrollMap map = shown.scrollMap();
    private final Report older = shown.columns().get(0);
    private final Report newer = shown.columns().get(1);
    private final int olderPlan = TwoYears.OLDER.indexOf("(一)加快");
    private final int newerPlan = TwoYears.NEWER.indexOf("(一)加快");
    private final ColumnRegrouping regrouping = new ColumnRegrouping();

    @Test
    void aReportTickedAgainIsLevelledWithTheOthersOnceItsAlignmentIsThere() {
        // the older report was unticked and is ticked again: the newer keeps its place, the older waits at its top
        List<ColumnRegrouping.Shown> before = List.of(new ColumnRegrouping.Shown(newer, newerPlan));
        assertThat(regrouping.places(List.of(older, newer), before, ScrollMap.NONE)).containsExactly(-1, newerPlan);
        // the analysis comes: both shown now, the older still waits to be levelled
        before = List.of(new ColumnRegrouping.Shown(older, 0), new ColumnRegrouping.Shown(newer, newerPlan));
        assertThat(regrouping.places(List.of(older, newer), before, map)).containsExactly(olderPlan, newerPlan);
        // levelled once: from now on it keeps its own place
        before = List.of(new ColumnRegrouping.Shown(older, 5), new ColumnRegrouping.Shown(newer, newerPlan));
        assertThat(regrouping.places(List.of(older, newer), before, map)).containsExactly(5, newerPlan);
    }

    @Test
    void aReportThatStaysKeepsItsPlaceWhateverColumnItMovesTo() {
        List<ColumnRegrouping.Shown> before = List.of(new ColumnRegrouping.Shown(older, 7), new ColumnRegrouping.Shown(newer, newerPlan + 3));
        assertThat(regrouping.places(List.of(newer), before, ScrollMap.NONE)).containsExactly(newerPlan + 3);
    }

    @Test
    void aWorkspaceOpenedNumbersItsReportsAnewAndTheyOpenAtTheirTops() {
        // the same ids, r1 and r2, for other reports: not the ones shown
        Report otherOlder = TwoYears.report("r1", TwoYears.OLDER.replace("东港", "西港"));
        Report otherNewer = TwoYears.report("r2", TwoYears.NEWER.replace("东港", "西港"));
        assertThat(otherOlder.id()).isEqualTo(older.id());
        List<ColumnRegrouping.Shown> before = List.of(new ColumnRegrouping.Shown(older, olderPlan), new ColumnRegrouping.Shown(newer, newerPlan));
        assertThat(regrouping.places(List.of(otherOlder, otherNewer), before, ScrollMap.NONE)).containsExactly(-1, -1);
        assertThat(regrouping.places(List.of(otherOlder, otherNewer), List.of(), map)).containsExactly(-1, -1);
    }
}
