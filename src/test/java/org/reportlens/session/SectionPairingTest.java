package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.report.Report;

/** What Link and Unlink in the alignment pane mean for the rows selected, on two years of a small report. */
class SectionPairingTest {
    private static Report year(String id, int year, String second) {
        return TwoYears.report(id, year + "年海口市政府工作报告\n各位代表：\n一、" + (year - 1) + "年工作回顾\n"
                + "过去一年，全市地区生产总值增长6%，城乡居民收入稳步增长。\n二、" + year + "年工作安排\n" + second + "\n");
    }

    private final Analysis analysis = Analyzer.analyze(List.of(
            year("r1", 2023, "（一）全力建设江东新区\n临空产业园加快建设，总部经济区新增企业120家。"),
            year("r2", 2024, "（一）做强自由贸易港核心区\n临空产业园全面投产，总部经济区新增企业200家，离岛免税销售额增长20%。")),
            AnalysisOptions.defaults());
    private final AlignedSections sections = AlignedSections.of(analysis);

    private AlignmentRow row(String older, String newer) {
        return new AlignmentRow(2, java.util.Arrays.asList(older, newer), 0, 0, List.of(), List.of());
    }

    private String id(int report, String title) {
        return sections.reports().get(report).outline().stream().flatMap(n -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(n), n.children().stream())).filter(n -> n.title().contains(title))
                .findFirst().orElseThrow().id();
    }

    @Test
    void linkPinsTheEarlierSectionOfOneRowToTheLaterOfTheOtherInEitherOrder() {
        AlignmentRow dropped = row(id(0, "江东新区"), null);
        AlignmentRow added = row(null, id(1, "自由贸易港"));
        SectionLink link = SectionPairing.link(sections, dropped, added).orElseThrow();
        assertThat(link.linked()).isTrue();
        assertThat(link.a().title()).contains("江东新区");
        assertThat(link.b().title()).contains("自由贸易港");
        assertThat(SectionPairing.link(sections, added, dropped)).contains(link);
    }

    @Test
    void linkNeedsSectionsOfTwoReportsAndUnlinkARowHoldingBoth() {
        AlignmentRow dropped = row(id(0, "江东新区"), null);
        AlignmentRow otherDropped = row(id(0, "工作回顾"), null);
        assertThat(SectionPairing.link(sections, dropped, otherDropped)).isEmpty();
        assertThat(SectionPairing.link(sections, dropped, dropped)).isEmpty();
        assertThat(SectionPairing.unlinks(sections, dropped)).isEmpty();
        // a part that has sections pairs with a part, not with a section: Link offers nothing
        AlignmentRow plan = row(id(0, "2023年工作安排"), null);
        assertThat(SectionPairing.link(sections, plan, row(null, id(1, "自由贸易港")))).isEmpty();
        assertThat(SectionPairing.link(sections, plan, row(null, id(1, "2024年工作安排")))).isPresent();
        SectionLink unlink = onlyUnlink(sections, row(id(0, "江东新区"), id(1, "自由贸易港")));
        assertThat(unlink.linked()).isFalse();
        assertThat(unlink.a().title()).contains("江东新区");
    }

    @Test
    void unlinkOffersEveryPairOfNeighbouringYearsOfALongRowAndLinkJoinsTheNearestYears() {
        AlignedSections three = threeYears("（一）全力建设江东新区\n临空产业园开工建设，总部经济区新增企业80家。",
                "（一）全力建设江东新区\n临空产业园加快建设，总部经济区新增企业120家。",
                "（一）做强自由贸易港核心区\n临空产业园全面投产，总部经济区新增企业200家。");
        String s2022 = id(three, 0, "江东新区");
        String s2023 = id(three, 1, "江东新区");
        String s2024 = id(three, 2, "自由贸易港");
        AlignmentRow chain = new AlignmentRow(2, java.util.Arrays.asList(s2022, s2023, s2024), 0, 0, List.of(), List.of());
        List<SectionPairing.Unlink> choices = SectionPairing.unlinks(three, chain);
        assertThat(choices).extracting(u -> u.older().id() + "≠" + u.newer().id()).containsExactly("r1≠r2", "r2≠r3");
        assertThat(choices.get(1).link().linked()).isFalse();
        assertThat(choices.get(1).link().a().section()).isEqualTo(s2023);
        assertThat(choices.get(1).link().b().section()).isEqualTo(s2024);
        // which one is the user's to choose: no single pair to part
        assertThat(SectionPairing.unlinks(three, chain)).hasSizeGreaterThan(1);
        // a row missing the middle year has one pair, across it
        AlignmentRow gap = new AlignmentRow(2, java.util.Arrays.asList(s2022, null, s2024), 0, 0, List.of(), List.of());
        assertThat(onlyUnlink(three, gap).a().section()).isEqualTo(s2022);
        // Link joins a row of 2022 and 2023 to one of 2024 by its nearest years: 2023 to 2024, either order
        AlignmentRow older = new AlignmentRow(2, java.util.Arrays.asList(s2022, s2023, null), 0, 0, List.of(), List.of());
        AlignmentRow newer = new AlignmentRow(2, java.util.Arrays.asList(null, null, s2024), 0, 0, List.of(), List.of());
        for (SectionLink link : List.of(SectionPairing.link(three, older, newer).orElseThrow(),
                SectionPairing.link(three, newer, older).orElseThrow())) {
            assertThat(link.linked()).isTrue();
            assertThat(link.a().file()).isEqualTo(three.reports().get(1).file());
            assertThat(link.a().section()).isEqualTo(s2023);
            assertThat(link.b().section()).isEqualTo(s2024);
        }
    }

    @Test
    void linkOffersEachPairOfNeighbouringYearsOfTwoLongRowsAndOneForADroppedAndANewSection() {
        AlignedSections three = threeYears("（一）全力建设江东新区\n临空产业园开工建设。\n（二）做强自由贸易港\n离岛免税销售额增长三成。",
                "（一）全力建设江东新区\n临空产业园加快建设。\n（二）做强自由贸易港\n离岛免税销售额增长四成。",
                "（一）全力建设江东新区\n临空产业园全面投产。\n（二）做强自由贸易港\n离岛免税销售额增长五成。");
        List<String> east = List.of(id(three, 0, "江东新区"), id(three, 1, "江东新区"), id(three, 2, "江东新区"));
        List<String> port = List.of(id(three, 0, "自由贸易港"), id(three, 1, "自由贸易港"), id(three, 2, "自由贸易港"));
        AlignmentRow eastRow = new AlignmentRow(2, east, 0, 0, List.of(), List.of());
        AlignmentRow portRow = new AlignmentRow(2, port, 0, 0, List.of(), List.of());
        // two rows of three years: any of four pairs would break two the program made; the user chooses
        List<SectionPairing.Link> choices = SectionPairing.links(three, eastRow, portRow);
        assertThat(choices).extracting(c -> c.older().id() + ":" + c.olderSection().title() + "→" + c.newer().id() + ":"
                + c.newerSection().title()).containsExactly("r1:全力建设江东新区→r2:做强自由贸易港", "r1:做强自由贸易港→r2:全力建设江东新区",
                "r2:全力建设江东新区→r3:做强自由贸易港", "r2:做强自由贸易港→r3:全力建设江东新区");
        assertThat(choices).allSatisfy(c -> {
            assertThat(c.link().linked()).isTrue();
            assertThat(c.link().a().section()).isEqualTo(c.olderSection().id());
            assertThat(c.link().b().section()).isEqualTo(c.newerSection().id());
        });
        // a row dropped after 2023 and one new in 2024: the one pair, whichever is selected first
        AlignmentRow dropped = new AlignmentRow(2, java.util.Arrays.asList(east.get(0), east.get(1), null), 0, 0, List.of(), List.of());
        AlignmentRow added = new AlignmentRow(2, java.util.Arrays.asList(null, null, port.get(2)), 0, 0, List.of(), List.of());
        assertThat(SectionPairing.links(three, added, dropped)).singleElement()
                .satisfies(c -> assertThat(c.link()).isEqualTo(SectionPairing.link(three, dropped, added).orElseThrow()));
        // across a year neither has: the nearest years
        AlignmentRow first = new AlignmentRow(2, java.util.Arrays.asList(east.get(0), null, null), 0, 0, List.of(), List.of());
        assertThat(SectionPairing.links(three, first, added)).singleElement()
                .satisfies(c -> assertThat(List.of(c.older().id(), c.newer().id())).containsExactly("r1", "r3"));
    }

    /** The sections of three reports r1–r3 of 2022–2024 with these plan texts. */
    private static AlignedSections threeYears(String y2022, String y2023, String y2024) {
        return AlignedSections.of(Analyzer.analyze(List.of(year("r1", 2022, y2022), year("r2", 2023, y2023),
                year("r3", 2024, y2024)), AnalysisOptions.defaults()));
    }

    private static String id(AlignedSections in, int report, String title) {
        return in.reports().get(report).outline().stream().flatMap(n -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(n), n.children().stream())).filter(n -> n.title().contains(title))
                .findFirst().orElseThrow().id();
    }

    /** The one pair Unlink parts in a row of two years. */
    static SectionLink onlyUnlink(AlignedSections in, AlignmentRow row) {
        return org.assertj.core.api.Assertions.assertThat(SectionPairing.unlinks(in, row)).singleElement().actual().link();
    }
}
