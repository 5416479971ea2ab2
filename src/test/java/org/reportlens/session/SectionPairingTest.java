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
        assertThat(SectionPairing.unlink(sections, dropped)).isEmpty();
        SectionLink unlink = SectionPairing.unlink(sections, row(id(0, "江东新区"), id(1, "自由贸易港"))).orElseThrow();
        assertThat(unlink.linked()).isFalse();
        assertThat(unlink.a().title()).contains("江东新区");
    }
}
