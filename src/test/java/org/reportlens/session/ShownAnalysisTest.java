package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.TargetChange;
import org.reportlens.core.targets.TargetKind;
import org.reportlens.core.text.Span;

class ShownAnalysisTest {
    private final ShownAnalysis shown = TwoYears.shown();

    /** Each stop as "kind newer-side|older-side", the text of its place in each column. */
    private static String stop(ChangeEntry s) {
        return s.kind().id() + " " + s.place(1).of(TwoYears.NEWER) + "|" + s.place(0).of(TwoYears.OLDER);
    }

    private List<String> walk(int column, boolean forward) {
        List<String> seen = new ArrayList<>();
        int from = forward ? -1 : Integer.MAX_VALUE;
        for (Optional<Navigation.Jump> j = shown.navigation().change(column, from, forward); j.isPresent();
             j = shown.navigation().change(column, from, forward)) {
            seen.add(stop(j.get().stop()) + " " + j.get().number() + "/" + j.get().total());
            from = j.get().stop().place(column).start();
        }
        return seen;
    }

    @Test
    void f7WalksTheUnitsOfAColumnInTheOrderOfItsTextWithTheOtherSideOfEach() {
        assertThat(walk(1, true)).containsExactly(
                "routine 2024年东港市政府工作报告|2023年东港市政府工作报告 1/8", "routine 一、2024年工作回顾|一、2023年工作回顾 2/8",
                "edited 我们办成了四件大事。|我们办成了三件大事。 3/8", "new 新增一件小事。| 4/8",
                "routine 二、2025年工作安排|二、2024年工作安排 5/8",
                "edited 全市经济社会发展主要预期目标是:地区生产总值增长6%左右,规模以上工业增加值增长7%。"
                        + "|全市经济社会发展主要预期目标是:地区生产总值增长5%左右,规模以上工业增加值增长7%。 6/8",
                "edited 推进港口和机场建设。|推进港口建设。 7/8", "dropped |清理闲置厂房。 8/8");
        List<String> back = new ArrayList<>(walk(1, false));
        java.util.Collections.reverse(back);
        assertThat(back).isEqualTo(walk(1, true));
        // the older column walks the same stops by its own places: the new unit's empty side is where the text would be
        assertThat(shown.navigation().changes(0)).extracting(s -> s.place(0).start())
                .isSortedAccordingTo(Integer::compare).hasSize(8);
    }

    @Test
    void f7StartsAfterTheCaretAndSaysWhenThereIsNoFurtherChange() {
        int caret = TwoYears.NEWER.indexOf("新增");
        Navigation.Jump next = shown.navigation().change(1, caret, true).orElseThrow();
        assertThat(next.stop().kind()).isEqualTo(UnitKind.ROUTINE);
        assertThat(next.stop().place(1).of(TwoYears.NEWER)).isEqualTo("二、2025年工作安排");
        assertThat(shown.navigation().change(1, caret, false).orElseThrow().stop().place(1).of(TwoYears.NEWER))
                .isEqualTo("我们办成了四件大事。");
        assertThat(shown.navigation().change(1, TwoYears.NEWER.length(), true)).isEmpty();
        assertThat(shown.navigation().change(1, 0, false)).isEmpty();
    }

    @Test
    void f7WalksOnlyTheChangesAFilterLetsThroughAndStepsOnFromTheOneItIsAt() {
        Navigation nav = shown.navigation();
        Navigation.Jump first = nav.change(0, -1, true, e -> e.kind() == UnitKind.EDITED, null).orElseThrow();
        assertThat(first.stop().place(0).of(TwoYears.OLDER)).isEqualTo("我们办成了三件大事。");
        assertThat(first.total()).isEqualTo(3);
        // from the stop the user is at, F7 steps to its neighbours in the column, whatever the caret
        ChangeEntry added = shown.changes().stream().filter(e -> e.kind() == UnitKind.NEW).findFirst().orElseThrow();
        Navigation.Jump after = nav.change(0, added.place(0).start(), true, e -> true, added).orElseThrow();
        assertThat(after.stop().number()).isEqualTo(added.number() + 1);
        assertThat(nav.change(0, added.place(0).start(), false, e -> true, added).orElseThrow().stop().kind())
                .isEqualTo(UnitKind.EDITED);
    }

    @Test
    void aChangesLineIsShortAndItsTooltipSaysTheWholeSentence() {
        // 国务院 2020 (the fourth tour): "+ 这次新冠肺炎疫情…感染范围最广、…" — the tooltip cut as the line was
        String added = "这次新冠肺炎疫情是新中国成立以来在我国发生的传播速度最快、感染范围最广、防控难度最大的公共卫生事件。";
        ShownAnalysis long_ = TwoYears.shown(TwoYears.OLDER, TwoYears.NEWER.replace("新增一件小事。", added));
        ChangeEntry entry = long_.changes().stream().filter(e -> e.kind() == UnitKind.NEW).findFirst().orElseThrow();
        assertThat(entry.summary()).isEqualTo("+ " + added.substring(0, ChangeList.EXCERPT) + "…");
        assertThat(entry.detail()).isEqualTo("+ " + added);
        ChangeEntry edited = long_.changes().stream().filter(e -> e.kind() == UnitKind.EDITED).findFirst().orElseThrow();
        assertThat(edited.detail()).as("short: as the line").isEqualTo(edited.summary()).isEqualTo("三 → 四");
    }

    @Test
    void f8WalksTheDuplicatedPassagesOfAColumnAndGoesRoundToTheFirst() {
        // passages are whole clauses (issue 17): they start at a line or after clause punctuation,
        // not inside "2024年东港市…" or "二、2025年工作安排"
        Span first = shown.navigation().duplicate(1, 0).orElseThrow();
        assertThat(first.of(TwoYears.NEWER)).isEqualTo("一、2024年工作回顾\n今年经济稳中向好。");
        Span second = shown.navigation().duplicate(1, first.start() + 1).orElseThrow();
        assertThat(second.of(TwoYears.NEWER)).startsWith("全市经济社会发展").endsWith("机场建设。\n(二)积极盘活闲置资源。");
        assertThat(shown.navigation().duplicate(1, second.start() + 1)).contains(first);
        // Shift+F8 walks back, and from the first round to the last
        assertThat(shown.navigation().previousDuplicate(1, second.start())).contains(first);
        assertThat(shown.navigation().previousDuplicate(1, first.start())).contains(second);
        assertThat(shown.navigation().previousDuplicate(7, 0)).isEmpty();
    }

    @Test
    void aTooltipOnARepeatedPassageSaysWhereElseItStands() {
        HoverFacts facts = shown.hover(1, TwoYears.NEWER.indexOf("经济稳中向好"));
        // 一、2024年工作回顾 and 今年经济稳中向好。 in comparable characters: the title line is no longer part of it
        assertThat(facts.duplicate().length()).isEqualTo(20);
        assertThat(facts.duplicate().near()).isTrue();
        assertThat(facts.duplicate().elsewhere()).singleElement().satisfies(e -> {
            assertThat(e.reportId()).isEqualTo("r1");
            assertThat(e.report().original()).isEqualTo(TwoYears.OLDER);
            assertThat(e.start()).isEqualTo(TwoYears.OLDER.indexOf("一、2023年"));
        });
        assertThat(facts.targets()).isEmpty();
        assertThat(shown.hover(1, TwoYears.NEWER.indexOf("新增一件")).isEmpty()).isTrue();
    }

    @Test
    void aTooltipOnATargetShowsItsMetricInEveryYear() {
        HoverFacts facts = shown.hover(1, TwoYears.NEWER.indexOf("增长6%"));
        assertThat(facts.targets()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TargetKind.TARGET);
            assertThat(t.metric()).isEqualTo("地区生产总值");
            assertThat(t.figure()).isEqualTo("增长6%左右");
            assertThat(t.years()).extracting(y -> y.year() + " " + y.figure() + " " + y.change())
                    .containsExactly("2024 增长5%左右 " + TargetChange.FIRST, "2025 增长6%左右 " + TargetChange.RAISED);
        });
    }

    @Test
    void ctrlClickOnARepeatedPassageFindsItsOtherCopy() {
        ShownAnalysis.Place copy = shown.otherCopy(1, TwoYears.NEWER.indexOf("积极盘活")).orElseThrow();
        assertThat(copy.column()).isZero();
        assertThat(copy.span().of(TwoYears.OLDER)).startsWith("全市经济社会发展").endsWith("(二)积极盘活闲置资源。");
        assertThat(shown.otherCopy(1, TwoYears.NEWER.indexOf("新增一件"))).isEmpty();
    }

    @Test
    void theScrollMapPutsTheSameFractionOfTheAlignedSectionLevel() {
        Report older = shown.columns().get(0);
        Report newer = shown.columns().get(1);
        AlignmentRow row = shown.analysis().comparison().alignment().stream()
                .filter(r -> r.sections().equals(List.of("2.1", "2.1"))).findFirst().orElseThrow();
        OutlineNode a = shown.sections().node(row, 0);
        OutlineNode b = shown.sections().node(row, 1);
        assertThat(shown.scrollMap().level(0, a.start(), 1)).hasValue(b.start());
        assertThat(shown.scrollMap().level(1, b.start(), 0)).hasValue(a.start());
        int middle = (a.start() + a.end()) / 2;
        double fraction = (double) (middle - a.start()) / (a.end() - a.start());
        assertThat(shown.scrollMap().level(0, middle, 1)).hasValue(b.start() + (int) Math.round(fraction * (b.end() - b.start())));
        // the opening before every aligned section is level with the other's: the tops of the reports meet
        assertThat(shown.scrollMap().level(0, 0, 1)).hasValue(0);
        // "2023年东港市政府工作报告\n" and "2024年…\n" are 15 characters each: the opening maps one to one
        assertThat(TwoYears.OLDER.indexOf("一、")).isEqualTo(15).isEqualTo(TwoYears.NEWER.indexOf("一、"));
        assertThat(shown.scrollMap().level(0, 7, 1)).hasValue(7);
        assertThat(shown.scrollMap().level(1, 14, 0)).hasValue(14);
        assertThat(older.original().substring(a.start())).startsWith("(一)加快建设重点区域");
        assertThat(newer.original().substring(b.start())).startsWith("(一)加快建设重点区域");
    }

    @Test
    void marksAndTheirRunsAreMadeForEachColumn() {
        ColumnMarks newer = shown.marks(1);
        assertThat(newer.marks()).anyMatch(m -> m.kind() == MarkKind.NEW_BLOCK
                && TwoYears.NEWER.substring(m.start(), m.end()).equals("新增一件小事。"));
        assertThat(newer.runs().stream().mapToInt(StyleRun::length).sum()).isEqualTo(TwoYears.NEWER.length());
        assertThat(shown.counts().changes()).isEqualTo(8).isEqualTo(shown.changes().size());
        assertThat(shown.outlineRows()).extracting(AlignmentRow::sections)
                .containsExactly(List.of("1", "1"), List.of("2", "2"), List.of("2.1", "2.1"), List.of("2.2", "2.2"));
    }

    @Test
    void newColumnsShowTheirHeadingsUntilTheirAnalysisComesAndTheSameColumnsKeepTheirMarks() {
        Report third = TwoYears.report("r3", TwoYears.NEWER.replace("2024年东港", "2025年东港"));
        ShownAnalysis waiting = shown.withColumns(List.of(shown.columns().get(1), third));
        assertThat(waiting.analysed()).isFalse();
        assertThat(waiting.analysis()).isSameAs(shown.analysis()); // the tabs keep it
        assertThat(waiting.marks(1).marks()).extracting(m -> m.kind())
                .isNotEmpty().isSubsetOf(MarkKind.HEADING_PART, MarkKind.HEADING, MarkKind.LEAD, MarkKind.FURNITURE);
        assertThat(waiting.navigation().change(0, 0, true)).isEmpty();
        assertThat(waiting.hover(0, 10).isEmpty()).isTrue();
        Report corrected = shown.columns().get(1).withMetadata(shown.columns().get(1).metadata());
        assertThat(shown.withColumns(List.of(shown.columns().get(0), corrected)).analysed()).isTrue();
        assertThat(shown.withColumns(shown.columns())).isSameAs(shown);
    }

    @Test
    void theOpeningsOfTwoReportsAreLevelFractionByFraction() {
        // the newer report greets the congress before its first part: its opening is 21 characters, the older's 15
        String greeted = TwoYears.NEWER.replace("工作报告\n", "工作报告\n各位代表：\n");
        Report a = TwoYears.older();
        Report b = TwoYears.report("r2", greeted);
        ShownAnalysis two = ShownAnalysis.of(List.of(a, b), org.reportlens.core.analysis.Analyzer.analyze(List.of(a, b),
                SessionFixture.characterOptions()), 1);
        assertThat(greeted.indexOf("一、")).isEqualTo(21);
        assertThat(two.scrollMap().level(0, 0, 1)).hasValue(0);
        assertThat(two.scrollMap().level(0, 10, 1)).as("10 of 15 is 14 of 21").hasValue(14);
        assertThat(two.scrollMap().level(1, 14, 0)).hasValue(10);
        assertThat(two.scrollMap().level(0, 15, 1)).as("the first part begins level with the other's").hasValue(21);
    }
}
