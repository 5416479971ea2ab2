package org.reportlens.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.AlsoIn;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/** What the alignment pane shows of a row: its sections, and the sections it also continues in. */
class AlignedSectionsTest {
    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    @Test
    void aRowNamesItsPartnersAndTheSectionsItAlsoContinuesIn() {
        String y2023 = "二、2023年工作安排\n（一）深化改革。\n深化国资国企改革，完善现代企业制度，优化营商环境，推进政务服务一网通办和企业开办便利化。\n"
                + "（二）扩大开放。\n稳住外贸外资基本盘，办好进出口商品交易会，推进自由贸易试验区建设，扩大外资市场准入。\n";
        String y2024 = "二、2024年工作安排\n（一）深化改革开放。\n深化国资国企改革，完善现代企业制度，持续优化营商环境，推进政务服务一网通办和企业开办便利化。\n"
                + "稳住外贸外资基本盘，办好进出口商品交易会，推进自由贸易试验区提升，扩大外资市场准入。\n";
        // given newest first: the row's sections follow the order given, and so do "also in" reports
        Analysis analysis = Analyzer.analyze(List.of(report("r1", y2024), report("r2", y2023)), AnalysisOptions.defaults());
        AlignedSections sections = AlignedSections.of(analysis);
        AlignmentRow opening = analysis.comparison().alignment().stream()
                .filter(r -> "1.2".equals(r.sections().get(1))).findFirst().orElseThrow();
        assertThat(sections.node(opening, 0)).isNull();
        assertThat(sections.node(opening, 1).title()).isEqualTo("扩大开放");
        AlsoIn also = opening.alsoIn().get(0);
        assertThat(also.from()).isEqualTo(1);
        assertThat(sections.node(also).title()).isEqualTo("深化改革开放");
    }
}
