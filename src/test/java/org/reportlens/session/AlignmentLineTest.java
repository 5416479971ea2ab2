package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.SplitMergeTest;
import org.reportlens.core.report.Report;

/** What the alignment pane says of a row: its badge, how sure the program is, and where it also continues. */
class AlignmentLineTest {
    /** One year's 城市品质 becomes the next year's 城乡融合 and 绿色转型; 改革 and 开放 merge. */
    static final String Y2023 = SplitMergeTest.Y2023;
    static final String Y2024 = SplitMergeTest.Y2024;

    private final Report older = TwoYears.report("r1", Y2023);
    private final Report newer = TwoYears.report("r2", Y2024);
    private final ShownAnalysis shown = shown();

    private ShownAnalysis shown() {
        Analysis analysis = Analyzer.analyze(List.of(older, newer), SessionFixture.characterOptions());
        return ShownAnalysis.of(List.of(older, newer), analysis, 1);
    }

    private AlignmentLine lineOf(String olderSection) {
        return shown.outlineRows().stream().filter(r -> olderSection.equals(r.sections().get(0)))
                .map(r -> AlignmentLine.of(shown, r)).findFirst().orElseThrow();
    }

    @Test
    void aSplitSectionsRowNamesWhereItAlsoContinuesAndShowsTheParagraphsSideBySide() {
        AlignmentLine city = lineOf("1.1");
        assertThat(city.badge()).isEqualTo(AlignmentLine.Badge.SIMILAR);
        assertThat(city.also()).hasSize(1);
        AlignmentLine.Also also = city.also().get(0);
        assertThat(also.report()).isSameAs(newer);
        String partner = city.row().sections().get(1);
        assertThat(also.section().id()).isIn("1.1", "1.2").isNotEqualTo(partner);
        assertThat(also.share()).isBetween(30, 100);
        // the paragraph of 城市品质 that went there, and the paragraph it became, each in its column
        assertThat(also.places()).extracting(ShownAnalysis.Place::column).containsExactly(0, 1);
        String went = also.places().get(0).span().of(older.original());
        String became = also.places().get(1).span().of(newer.original());
        assertThat(went).startsWith(also.section().id().equals("1.1") ? "推进城乡融合发展" : "加强生态环境保护");
        assertThat(became).startsWith(went.substring(0, 8));
    }

    @Test
    void aDroppedSectionThatMergedSaysWhereItWent() {
        AlignmentLine opening = lineOf("1.3");
        assertThat(opening.badge()).isEqualTo(AlignmentLine.Badge.DROPPED);
        assertThat(opening.also()).extracting(a -> a.section().title()).containsExactly("深化改革开放");
        assertThat(opening.also().get(0).places().get(1).span().of(newer.original())).startsWith("稳住外贸外资基本盘");
    }

    @Test
    void aRowTheProgramIsUnsureOfAsksToBeChecked() {
        AlignmentRow sure = lineOf("1.2").row();
        assertThat(AlignmentLine.of(shown, sure).doubtful()).isFalse();
        AlignmentRow unsure = new AlignmentRow(2, sure.sections(), 0.3, 0.42, List.of(), List.of());
        AlignmentLine line = AlignmentLine.of(shown, unsure);
        assertThat(line.doubtful()).isTrue();
        assertThat(line.confidence()).isEqualTo(42);
        assertThat(line.similarity()).isEqualTo(30);
    }

    @Test
    void inThreeYearsARowNewInTheMiddleYearHoldsPartnersAndIsNotAlone() {
        Report latest = TwoYears.report("r3", Y2024.replace("2024", "2025"));
        Analysis analysis = Analyzer.analyze(List.of(older, newer, latest), SessionFixture.characterOptions());
        ShownAnalysis three = ShownAnalysis.of(List.of(older, newer, latest), analysis, 1);
        AlignmentLine fromTheMiddle = three.outlineRows().stream()
                .filter(r -> r.sections().get(0) == null && r.sections().get(1) != null && r.sections().get(2) != null)
                .map(r -> AlignmentLine.of(three, r)).findFirst().orElseThrow();
        assertThat(fromTheMiddle.badge()).isEqualTo(AlignmentLine.Badge.NEW);
        assertThat(fromTheMiddle.alone()).as("it has its partner in 2025").isFalse();
        AlignmentLine opening = three.outlineRows().stream()
                .filter(r -> "1.3".equals(r.sections().get(0)) && r.sections().get(1) == null)
                .map(r -> AlignmentLine.of(three, r)).findFirst().orElseThrow();
        assertThat(opening.badge()).isEqualTo(AlignmentLine.Badge.DROPPED);
        assertThat(opening.alone()).isTrue();
    }
}
