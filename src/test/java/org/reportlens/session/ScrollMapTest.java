package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.compare.AlsoIn;
import org.reportlens.core.report.Report;

/** Where the other column stands while one scrolls through a section the other year has not. */
class ScrollMapTest {
    private static final String OLDER = "2023年东港市政府工作报告\n一、2023年工作回顾\n今年经济稳中向好。我们办成了三件大事。\n"
            + "二、2024年工作安排\n今年政府工作的总体要求是稳中求进,以进促稳,先立后破,全力以赴拼经济。\n"
            + "(一)加快建设重点区域。推进港口建设,完善集疏运体系,建成二号码头。\n"
            + "(二)积极盘活闲置资源。清理闲置厂房,盘活低效用地,引进新的企业入驻。\n"
            + "(三)切实办好民生实事。新建幼儿园三所,改造老旧小区十个。\n";
    private static final String NEWER = "2024年东港市政府工作报告\n一、2024年工作回顾\n今年经济稳中向好。我们办成了四件大事。\n"
            + "二、2025年工作安排\n今年政府工作的总体要求是稳中求进,以进促稳,全力以赴拼经济,奋力开创新局面。\n"
            + "(一)加快建设重点区域。推进港口建设,完善集疏运体系,建成三号码头。\n"
            + "(二)大力发展低空经济。培育无人机整机制造,开通城市航线,建设起降场地和飞行服务站。\n"
            + "(三)积极盘活闲置资源。清理闲置厂房,盘活低效用地,引进新的企业入驻。\n"
            + "(四)切实办好民生实事。新建幼儿园两所,改造老旧小区十二个。\n";

    private final ShownAnalysis shown = shown();
    private final ScrollMap map = shown.scrollMap();
    private final int newSection = NEWER.indexOf("(二)大力发展");
    private final int olderIdle = OLDER.indexOf("(二)积极盘活");

    @Test
    void whileOneColumnScrollsThroughANewSectionTheOtherWaitsWhereItWouldStand() {
        assertThat(shown.outlineRows()).extracting(AlignmentRow::sections).contains(Arrays.asList(null, "2.2"));
        // the older column waits at the end of 加快建设 — where its next section, 积极盘活, begins
        assertThat(map.level(1, newSection, 0)).hasValue(olderIdle);
        assertThat(map.level(1, (newSection + NEWER.indexOf("(三)积极盘活")) / 2, 0)).hasValue(olderIdle);
        // and goes on with the newer one's next section, level again
        assertThat(map.level(1, NEWER.indexOf("(三)积极盘活"), 0)).hasValue(olderIdle);
        // the way back: the whole new section sits at one place of the older column
        assertThat(map.level(0, olderIdle, 1)).hasValue(NEWER.indexOf("(三)积极盘活"));
    }

    @Test
    void aPartsOpeningParagraphIsLevelWithTheOthersOpeningNotWithItsFirstSection() {
        int olderOpening = OLDER.indexOf("今年政府工作");
        int newerOpening = NEWER.indexOf("今年政府工作");
        int newerFirst = NEWER.indexOf("(一)加快");
        // the part's heading with the other's, its opening paragraph walked through by fraction
        assertThat(map.level(0, OLDER.indexOf("二、2024年"), 1)).hasValue(NEWER.indexOf("二、2025年"));
        assertThat(map.level(0, olderOpening, 1).orElseThrow()).isGreaterThan(NEWER.indexOf("二、2025年")).isLessThan(newerFirst);
        assertThat(map.level(1, newerOpening + 10, 0).orElseThrow()).isGreaterThan(olderOpening)
                .isLessThan(OLDER.indexOf("(一)加快"));
    }

    @Test
    void aClickOnTheRowOfANewSectionTakesTheColumnWithoutItToWhereItWouldStand() {
        AlignmentRow found = shown.outlineRows().stream().filter(r -> r.sections().get(0) == null).findFirst().orElseThrow();
        // (the aligner links 低空经济 to 加快建设 by topic, the nearest it has: the row as if it had no such link)
        AlignmentRow row = new AlignmentRow(found.level(), found.sections(), found.similarity(), found.confidence(),
                found.pairs(), List.of());
        assertThat(shown.rowPlaces(row).tops()).containsExactly(olderIdle, newSection);
        assertThat(shown.rowPlaces(row).standIn()).as("the older column shows none of the row's").containsExactly(true, false);
        AlignmentRow both = shown.outlineRows().stream().filter(r -> "2.4".equals(r.sections().get(1))).findFirst().orElseThrow();
        assertThat(shown.rowPlaces(both).tops()).containsExactly(OLDER.indexOf("(三)切实"), NEWER.indexOf("(四)切实"));
        assertThat(shown.rowPlaces(both).standIn()).containsExactly(false, false);
        assertThat(ShownAnalysis.NOTHING.rowPlaces(row).tops()).isEmpty();
        // … unless a line under the row says where that year has its text, surely or for most of it: there
        AlsoIn toBuild = new AlsoIn(1, 0, "2.1", 0.6, List.of(), List.of(), 0.7, 0.6, 0.2);
        AlsoIn toIdle = new AlsoIn(1, 0, "2.2", 0.3, List.of(), List.of(), 0.7, 0.3, 0.2);
        AlsoIn sliver = new AlsoIn(1, 0, "2.3", 0.1, List.of(), List.of(), 0.7, 0.1, 0.2);
        assertThat(shown.rowPlaces(new AlignmentRow(row.level(), row.sections(), row.similarity(), row.confidence(),
                row.pairs(), List.of(sliver))).tops()).as("a weak link for a sliver").containsExactly(olderIdle, newSection);
        AlignmentRow linked = new AlignmentRow(row.level(), row.sections(), row.similarity(), row.confidence(), row.pairs(),
                List.of(toIdle, toBuild));
        assertThat(shown.rowPlaces(linked).tops()).containsExactly(OLDER.indexOf("(一)加快"), newSection);
        assertThat(shown.rowPlaces(linked).standIn()).as("the section the line names").containsExactly(false, false);
    }

    @Test
    void aLinkedSectionIsWhereItsColumnGoesNotWhatTheOthersLevelWith() {
        // three years; a row of 2024's 低空经济 alone, linked surely to 2023's 加快建设: 2023 goes to 加快建设, and
        // 2025 stays level with 低空经济 itself, not with the section the line names
        ShownAnalysis three = threeYears();
        AlsoIn toBuild = new AlsoIn(1, 0, "2.1", 0.6, List.of(), List.of(), 0.9, 0.6, 0.2);
        AlignmentRow alone = new AlignmentRow(2, Arrays.asList(null, "2.2", null), 0, 0.9, List.of(), List.of(toBuild));
        int level = three.scrollMap().levelWithFirst(Arrays.asList(-1, newSection, -1)).get(2);
        assertThat(three.rowPlaces(alone).tops()).containsExactly(OLDER.indexOf("(一)加快"), newSection, level);
        assertThat(level).isEqualTo(LATEST.indexOf("(二)大力发展"));
    }

    @Test
    void aYearBeyondTheLinkedOneGoesToTheLinkedSectionsPartnerNotWhereTheClickedSectionWouldStand() {
        // 国务院 2019–2021 (a tour): a click on 2021's "五是大力促进科技创新", alone, its line naming 2020's "——发展新动
        // 能不断增强", took 2019 to where 2021's section would stand — "六是统筹城乡区域发展" — not to the 2020
        // section's partner, "四是深入实施创新驱动"
        ShownAnalysis three = threeYears();
        assertThat(three.outlineRows()).extracting(AlignmentRow::sections).contains(Arrays.asList("2.1", "2.1", "2.1"));
        AlsoIn toBuild = new AlsoIn(2, 1, "2.1", 0.6, List.of(), List.of(), 0.9, 0.6, 0.2);
        AlignmentRow alone = new AlignmentRow(2, Arrays.asList(null, null, "2.2"), 0, 0.9, List.of(), List.of(toBuild));
        assertThat(three.scrollMap().levelWithFirst(Arrays.asList(-1, -1, LATEST.indexOf("(二)大力发展"))).get(0))
                .as("where the clicked section would stand").isEqualTo(olderIdle);
        assertThat(three.rowPlaces(alone).tops()).containsExactly(OLDER.indexOf("(一)加快"), NEWER.indexOf("(一)加快"),
                LATEST.indexOf("(二)大力发展"));
        assertThat(three.rowPlaces(alone).standIn()).as("the named section's partner is no stand-in").containsExactly(false, false, false);
    }

    @Test
    void whereNoPlaceIsLevelAClickTakesTheColumnToWhereTheRowStandsNotLeavingItWhereItWas() {
        // 国务院 2019–2021 (a tour): a click on 2019's "三、2019年政府工作任务", where counterparts cross, left 2021
        // showing the section of the click before, as if it were this row's
        String older = "东港市政府工作报告\n"
                + "一、切实办好民生实事\n新建幼儿园三所,改造老旧小区十个,新增城镇就业两万人。\n"
                + "二、大力发展低空经济\n培育无人机整机制造,开通城市航线,建设起降场地和飞行服务站。\n"
                + "三、全力维护社会稳定\n抓好安全生产,压实企业主体责任,深入开展隐患排查整治。\n";
        String newer = "东港市政府工作报告\n"
                + "一、全力维护社会稳定\n抓好安全生产,压实企业主体责任,深入开展隐患排查整治。\n"
                + "二、切实办好民生实事\n新建幼儿园三所,改造老旧小区十个,新增城镇就业两万人。\n";
        ShownAnalysis crossed = TwoYears.shown(older, newer);
        List<AlignmentRow> rows = crossed.outlineRows();
        // the pane's order: 低空经济 below 民生, the last row
        assertThat(rows).extracting(AlignmentRow::sections).endsWith(Arrays.asList("1", "2"), Arrays.asList("2", null));
        AlignmentRow alone = rows.stream().filter(r -> "2".equals(r.sections().get(0))).findFirst().orElseThrow();
        int lowAltitude = older.indexOf("二、大力发展");
        assertThat(crossed.scrollMap().levelWithFirst(Arrays.asList(lowAltitude, -1))).as("no place level")
                .containsExactly(lowAltitude, -1);
        assertThat(crossed.rowPlaces(alone).tops()).as("after 民生, the section of the row above")
                .containsExactly(lowAltitude, newer.stripTrailing().length());
        AlignmentRow first = new AlignmentRow(1, Arrays.asList("2", null), 0, 0.9, List.of(), List.of());
        List<AlignmentRow> onTop = new java.util.ArrayList<>(rows);
        onTop.add(0, first);
        assertThat(new RowPlaces(onTop, crossed.sections(), crossed.scrollMap()).of(first).tops())
                .as("at the top: before the section of the row below").containsExactly(lowAltitude, newer.indexOf("一、全力维护"));
    }

    @Test
    void aClickOnThePartOfOneYearAfterAllTheOthersTakesTheOtherColumnToItsEnd() {
        // 宁夏 2016→2017: 2017's last part, 努力建设人民满意政府, is in no other year; a click on its row left
        // the other column where it was (at the top, in a tour); it goes where the part would stand
        String older = OLDER;
        String newer = NEWER + "三、努力建设人民满意政府\n坚持依法行政,自觉接受人大监督,严守廉洁底线,提高行政效能。\n";
        ShownAnalysis withPart = TwoYears.shown(older, newer);
        AlignmentRow row = withPart.outlineRows().stream().filter(r -> "3".equals(r.sections().get(1))).findFirst().orElseThrow();
        assertThat(row.sections().get(0)).isNull();
        assertThat(withPart.rowPlaces(row).tops()).containsExactly(older.length() - 1, newer.indexOf("三、努力建设"));
    }

    @Test
    void afterTheLastAlignedSectionNoPlaceIsLevel() {
        assertThat(map.level(0, OLDER.length(), 1)).isEmpty();
    }

    @Test
    void twoPartsClosingRemarksAreLevelThoughTheirLastSectionsCross() {
        // 邢台 2020→2023: the last two sections swap places, and the remarks after them ("各位代表！…") are
        // what the diff compares with each other: they stand level, not each beside a section of the other
        String older = "一、2023年工作安排\n"
                + "(一)切实办好民生实事。新建幼儿园三所,改造老旧小区十个,新增城镇就业两万人。\n"
                + "(二)全力维护社会稳定。抓好安全生产,压实企业主体责任,深入开展隐患排查整治。\n"
                + "各位代表!我们要加强政府自身建设,严守政治纪律和政治规矩,确保政令畅通。\n";
        String newer = "一、2024年工作安排\n"
                + "(一)全力维护社会稳定。抓好安全生产,压实企业主体责任,深入开展隐患排查整治。\n"
                + "(二)切实办好民生实事。新建幼儿园三所,改造老旧小区十个,新增城镇就业两万人。\n"
                + "各位代表!我们要加强政府自身建设,严守廉洁底线,确保政令畅通。\n";
        ShownAnalysis crossed = TwoYears.shown(older, newer);
        assertThat(crossed.outlineRows()).extracting(AlignmentRow::sections)
                .contains(Arrays.asList("1.1", "1.2"), Arrays.asList("1.2", "1.1"));
        int olderRemarks = older.indexOf("各位代表");
        int newerRemarks = newer.indexOf("各位代表");
        assertThat(crossed.scrollMap().level(0, olderRemarks + 5, 1).orElseThrow())
                .isGreaterThanOrEqualTo(newerRemarks).isLessThan(newer.length());
        assertThat(crossed.scrollMap().level(1, newerRemarks + 5, 0).orElseThrow())
                .isGreaterThanOrEqualTo(olderRemarks).isLessThan(older.length());
    }

    private static ShownAnalysis shown() {
        return TwoYears.shown(OLDER, NEWER);
    }

    /** 2025, like 2024 a year on. */
    private static final String LATEST = NEWER.replace("2025", "2026").replace("2024", "2025").replace("三号码头", "四号码头");

    /** 2023, 2024 and 2025 side by side. */
    private static ShownAnalysis threeYears() {
        List<Report> reports = List.of(TwoYears.report("r1", OLDER), TwoYears.report("r2", NEWER), TwoYears.report("r3", LATEST));
        return ShownAnalysis.of(reports, Analyzer.analyze(reports, SessionFixture.characterOptions()), 1);
    }
}
