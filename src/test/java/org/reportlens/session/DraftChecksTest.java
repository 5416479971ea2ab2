package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.testing.Seeds;

/** The Checks tab's lines, without a window: 大连's real 2024 report and a 2025 draft made of it. */
class DraftChecksTest {
    @Test
    void aStaleYearIsListedByYearAndSectionWithItsEvidenceInLastYearsReport() throws Exception {
        String last = Files.readString(Seeds.DALIAN_2024);
        String draft = last.replace("2024年", "2025年").replace("2023年", "2024年")
                .replace("今年政府工作的指导思想是", "2024年政府工作的指导思想是");
        Report l = ReportAnalyzer.analyze("r1", "2024.txt", new DecodedText(last, "UTF-8", List.of()));
        Report d = ReportAnalyzer.analyze("r2", "2025.txt", new DecodedText(draft, "UTF-8", List.of()));
        Analysis analysis = Analyzer.analyze(List.of(l, d), AnalysisOptions.defaults());

        List<CheckRow> rows = DraftChecks.of(analysis);
        List<CheckRow> stale = rows.stream().filter(r -> r.kindKey().equals("check.staleYear")).toList();
        assertThat(stale).singleElement().satisfies(r -> {
            assertThat(r.draft()).isEqualTo("r2");
            assertThat(draft.substring(r.span().start(), r.span().end())).isEqualTo("2024年");
            assertThat(r.text()).isEqualTo("2024年");
            assertThat(r.expected()).isEqualTo("2025年");
            assertThat(r.where()).startsWith("2025年 · 二、2025年政府工作目标");
            assertThat(r.evidence()).isEqualTo("r1");
            assertThat(r.evidenceWhere()).startsWith("2024");
        });
        // the review, copied with its years moved on, is listed too, by its place
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.kindKey()).isEqualTo("check.copiedPassage");
            assertThat(r.where()).startsWith("2025年 · 一、2024年工作回顾");
            assertThat(r.text()).hasSizeLessThanOrEqualTo(DraftChecks.SHOWN_CHARS + 1).endsWith("…");
        });
        assertThat(rows).allSatisfy(r -> assertThat(r.where()).doesNotContainPattern("\\[\\d+, \\d+\\)"));
    }

    @Test
    void noAnalysisHasNoLines() {
        assertThat(DraftChecks.of(null)).isEmpty();
    }
}
