package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Seeds;

class SeedDuplicatesTest {
    private static List<Report> load(Path... files) {
        return new ReportLoader().load(java.util.Arrays.stream(files).map(Path::toString).toList()).reports();
    }

    /** Share of the original characters (whitespace aside) that some occurrence covers. */
    private static double covered(Report report, List<Duplicate> duplicates) {
        BitSet covered = new BitSet();
        duplicates.forEach(d -> d.occurrences().stream().filter(o -> o.report().equals(report.id()))
                .forEach(o -> covered.set(o.start(), o.end())));
        String text = report.original();
        int all = 0;
        int hit = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                all++;
                hit += covered.get(i) ? 1 : 0;
            }
        }
        return (double) hit / all;
    }

    @Test
    void theWholeTextRepeatOfGaoxin2024IsOneFindingNamingBothCopies() {
        List<Report> reports = load(Seeds.GAOXIN_2024);
        Report report = reports.get(0);
        DuplicateAnalysis analysis = DuplicateFinder.find(reports, DuplicateOptions.defaults());
        Duplicate whole = analysis.duplicates().get(0);
        assertThat(whole.occurrences()).hasSize(2);
        assertThat(whole.text()).startsWith("一、2023年工作回顾");
        String text = report.original();
        String first = text.substring(whole.occurrences().get(0).start(), whole.occurrences().get(0).end());
        String second = text.substring(whole.occurrences().get(1).start(), whole.occurrences().get(1).end());
        assertThat(first).isEqualTo(second);
        assertThat(whole.occurrences().get(0).end()).isLessThanOrEqualTo(whole.occurrences().get(1).start());
        assertThat(covered(report, analysis.duplicates())).isGreaterThanOrEqualTo(0.95);
        assertThat(analysis.reuse().get(0).sameReport()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void gaoxin2026IsAlsoFoundTwice() {
        List<Report> reports = load(Seeds.GAOXIN_2026);
        DuplicateAnalysis analysis = DuplicateFinder.find(reports, DuplicateOptions.defaults());
        assertThat(analysis.duplicates().get(0).occurrences()).hasSize(2);
        assertThat(covered(reports.get(0), analysis.duplicates())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void dalian2024And2022ShareTheirTargetSentencesWithTheNumbersChanged() {
        List<Report> reports = load(Seeds.DALIAN_2024, Seeds.DALIAN_2022);
        List<Duplicate> shared = DuplicateFinder.find(reports, DuplicateOptions.defaults()).duplicates().stream()
                .filter(d -> d.reportCount() == 2).toList();
        // whole clauses: the copy ends at the comma after 8%左右, where both reports have one
        assertThat(shared).extracting(Duplicate::text).contains("规模以上工业增加值增长7.5%,固定资产投资增长8%左右,");
        Duplicate industry = shared.stream().filter(d -> d.text().startsWith("规模以上工业增加值增长7.5%")).findFirst()
                .orElseThrow();
        assertThat(industry.near()).isTrue();
        assertThat(industry.edits()).extracting(NearEdit::firstText, NearEdit::secondText)
                .contains(org.assertj.core.groups.Tuple.tuple("8%左右", "12%以上"));
    }

    @Test
    void inDalian2024TheRepeatedPassagesOfTheReviewAndPlanAreFound() {
        List<Report> reports = load(Seeds.DALIAN_2024);
        List<Duplicate> found = DuplicateFinder.find(reports, DuplicateOptions.defaults()).duplicates();
        // whole clauses: the copies read "加快推进保障性住房建设" and "大力推进…", so the passage
        // starts at the clause after it; the list ends where one copy goes on and the other does not
        assertThat(found).extracting(Duplicate::text)
                .contains("国防动员、外事、侨务、对台、档案、气象、仲裁、残疾人事业、",
                        "“平急两用”公共基础设施建设、城中村改造等“三大工程”,");
        // national wording the reports of many governments share is stock, and listed last
        assertThat(found).filteredOn(d -> d.text().contains("三大工程")).singleElement()
                .satisfies(d -> assertThat(d.stock()).isTrue());
        assertThat(found.get(found.size() - 1).stock()).isTrue();
        assertThat(found.get(0).stock()).isFalse();
    }
}
