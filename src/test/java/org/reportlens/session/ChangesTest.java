package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.workspace.Note;

class ChangesTest {
    @TempDir
    Path dir;
    private SessionFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private Changes opened() throws Exception {
        fixture = SessionFixture.inline(dir);
        fixture.session.open(TwoYears.write(dir));
        return new Changes(fixture.session, fixture.review);
    }

    /** Each line as the pane shows it: "§ section counts" for a heading, "kind summary" for a change. */
    private static List<String> lines(Changes changes) {
        return changes.rows().get().stream().map(r -> r.heading()
                ? "§ " + (r.section() == null ? "-" : r.section().title()) + " " + r.counts()
                : (r.reviewed() ? "✓ " : "") + r.entry().kind().id() + " " + r.entry().summary()).toList();
    }

    @Test
    void everyChangeIsListedUnderItsSectionWithTheSectionsCounts() throws Exception {
        Changes changes = opened();
        assertThat(lines(changes)).containsExactly(
                "§ - {ROUTINE=1}", "routine 3 → 4",
                "§ 2024年工作回顾 {EDITED=1, NEW=1, ROUTINE=1}", "routine 3 → 4", "edited 三 → 四", "new + 新增一件小事。",
                "§ 2025年工作安排 {EDITED=1, ROUTINE=1}", "routine 4 → 5", "edited 5 → 6",
                "§ 加快建设重点区域 {EDITED=1}", "edited + 和机场",
                "§ 积极盘活闲置资源 {DROPPED=1}", "dropped − 清理闲置厂房。");
        assertThat(changes.sections().keySet()).extracting(n -> n == null ? "-" : n.title()).containsExactly(
                "-", "2024年工作回顾", "2025年工作安排", "加快建设重点区域", "积极盘活闲置资源");
        // the filter offers the sections, not the title's changes under a second "all sections"
        assertThat(changes.sectionChoices()).extracting(OutlineNode::title).containsExactly(
                "2024年工作回顾", "2025年工作安排", "加快建设重点区域", "积极盘活闲置资源");
        assertThat(changes.sectionChoices()).allSatisfy(s -> assertThat(changes.reportOf(s)).as("the column says it").isNull());
    }

    @Test
    void aClickOnAnAlignmentRowBringsItsSectionsChangesIntoView() throws Exception {
        // a tour: after a click on a row, the list still showed the changes before the first section
        Changes changes = opened();
        ShownAnalysis shown = fixture.session.shown().get();
        AlignmentRow idle = shown.outlineRows().stream().filter(r -> "2.2".equals(r.sections().get(0))).findFirst().orElseThrow();
        changes.showRow(idle, shown.sections());
        assertThat(changes.inView().get()).satisfies(h -> {
            assertThat(h.heading()).isTrue();
            assertThat(h.section().title()).isEqualTo("积极盘活闲置资源");
        });
        // a part: its own heading, its own text having changes (else the first of its sections listed)
        AlignmentRow plan = shown.outlineRows().stream().filter(r -> "2".equals(r.sections().get(1))).findFirst().orElseThrow();
        changes.showRow(plan, shown.sections());
        assertThat(changes.inView().get().section().title()).isEqualTo("2025年工作安排");
        AlignmentRow review = shown.outlineRows().stream().filter(r -> "1".equals(r.sections().get(1))).findFirst().orElseThrow();
        changes.filter(changes.filter().get().withKind(UnitKind.ROUTINE, false).withKind(UnitKind.EDITED, false)
                .withKind(UnitKind.NEW, false));
        changes.showRow(plan, shown.sections());
        assertThat(changes.inView().get().section().title()).as("only the dropped listed: the part's section that has one")
                .isEqualTo("积极盘活闲置资源");
        changes.showRow(review, shown.sections());
        assertThat(changes.inView().get().section().title()).as("nothing of the review listed: where it was")
                .isEqualTo("积极盘活闲置资源");
        changes.filter(ChangeFilter.ALL);
        // the same row again: shown again (a watcher hears it)
        List<String> heard = new java.util.ArrayList<>();
        changes.inView().watch(h -> heard.add(h == null ? "-" : h.section().title()));
        changes.showRow(plan, shown.sections());
        assertThat(heard).endsWith("2025年工作安排");
    }

    @Test
    void inThreeColumnsEverySectionOfTheListNamesItsYear() throws Exception {
        fixture = SessionFixture.inline(dir);
        List<String> files = new java.util.ArrayList<>(TwoYears.write(dir));
        files.add(java.nio.file.Files.writeString(dir.resolve("latest.txt"), TwoYears.NEWER.replace("2025", "2026")
                .replace("2024", "2025").replace("四件大事", "五件大事").replace("港口和机场", "港口、机场和铁路")).toString());
        fixture.session.open(files);
        Changes three = new Changes(fixture.session, fixture.review);
        assertThat(fixture.session.shown().get().columns()).hasSize(3);
        // "加快建设重点区域" is a section of 2024 and of 2025, each with a change
        assertThat(three.sectionChoices()).extracting(s -> three.reportOf(s).file().replaceAll(".*/", "") + " " + s.title())
                .contains("newer.txt 加快建设重点区域", "latest.txt 加快建设重点区域", "latest.txt 2025年工作回顾");
        assertThat(three.reportOf(null)).isNull();
    }

    @Test
    void theFilterKeepsKindsAndOneSectionAndF7WalksWhatItLetsThrough() throws Exception {
        Changes changes = opened();
        changes.filter(changes.filter().get().withKind(UnitKind.ROUTINE, false));
        assertThat(lines(changes)).noneMatch(l -> l.startsWith("routine")).contains("edited 三 → 四");
        OutlineNode review = changes.sections().keySet().stream().filter(n -> n != null && n.title().equals("2024年工作回顾"))
                .findFirst().orElseThrow();
        changes.filter(changes.filter().get().withSection(review));
        // the heading keeps the section's counts whatever the filter hides
        assertThat(lines(changes)).containsExactly("§ 2024年工作回顾 {EDITED=1, NEW=1, ROUTINE=1}", "edited 三 → 四",
                "new + 新增一件小事。");
        ShownAnalysis shown = fixture.session.shown().get();
        assertThat(shown.changes()).filteredOn(changes::walked).extracting(ChangeEntry::kind)
                .containsExactly(UnitKind.EDITED, UnitKind.NEW);
        assertThat(shown.navigation().change(1, 0, true, changes::walked, null).orElseThrow().total()).isEqualTo(2);
    }

    @Test
    void markingAChangeReviewedAddsAReviewedNoteOnItAndHidingReviewedLeavesItOut() throws Exception {
        Changes changes = opened();
        ChangeEntry edit = fixture.session.shown().get().changes().stream().filter(e -> e.kind() == UnitKind.EDITED)
                .findFirst().orElseThrow();
        changes.toggleReviewed(edit);
        Note note = fixture.review.notes().get().get(0);
        assertThat(note.reviewed()).isTrue();
        assertThat(note.text()).isEmpty();
        assertThat(note.anchor().quote()).isEqualTo("我们办成了四件大事。");
        assertThat(note.anchor().report()).endsWith("newer.txt");
        assertThat(fixture.review.unsaved().get()).isTrue();
        assertThat(lines(changes)).contains("✓ edited 三 → 四");
        changes.filter(changes.filter().get().withHideReviewed(true));
        assertThat(lines(changes)).doesNotContain("✓ edited 三 → 四", "edited 三 → 四");
        assertThat(changes.walked(edit)).isFalse();
        // once more: the same note, no longer reviewed
        changes.toggleReviewed(edit);
        assertThat(fixture.review.notes().get()).singleElement().extracting(Note::reviewed).isEqualTo(false);
        assertThat(lines(changes)).contains("edited 三 → 四");
    }

    @Test
    void aDroppedChangeIsAnchoredInTheOlderReportAndTheUserIsAtNoChangeAfterANewAnalysis() throws Exception {
        Changes changes = opened();
        ShownAnalysis shown = fixture.session.shown().get();
        ChangeEntry dropped = shown.changes().stream().filter(e -> e.kind() == UnitKind.DROPPED).findFirst().orElseThrow();
        assertThat(dropped.anchor().column()).isZero();
        assertThat(dropped.anchor().span().of(TwoYears.OLDER)).isEqualTo("清理闲置厂房。");
        assertThat(dropped.place(1).length()).isZero();
        changes.at(dropped);
        assertThat(changes.current().get()).isEqualTo(dropped);
        fixture.session.analyze();
        assertThat(changes.current().get()).isNull();
        assertThat(changes.sections()).hasSize(5);
    }
}
