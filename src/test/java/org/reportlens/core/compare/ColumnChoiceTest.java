package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Seeds;

class ColumnChoiceTest {
    @Test
    void onTheSeedsTheGaoxinReportsOf2024And2026AreSideBySide() throws IOException {
        List<String> files;
        try (Stream<Path> all = Files.list(Seeds.DIR)) {
            files = all.filter(p -> p.toString().endsWith(".txt")).sorted().map(Path::toString).toList();
        }
        List<Report> reports = new ReportLoader().load(files).reports();
        assertThat(ColumnChoice.defaultPair(reports)).extracting(Report::file)
                .containsExactly(Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString());
    }

    @Test
    void twoReportsAreThePairInYearOrder() {
        List<Report> reports = new ReportLoader().load(List.of(Seeds.DALIAN_2024.toString(),
                Seeds.DALIAN_2022.toString())).reports();
        assertThat(ColumnChoice.defaultPair(reports)).extracting(Report::file)
                .containsExactly(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString());
    }

    private static Report report(String government, int year) {
        String text = year + "年" + government + "政府工作报告\n一、" + (year - 1) + "年工作回顾\n经济稳中向好，办成了一批大事。\n";
        String id = government + year;
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    @Test
    void threeOrFourYearsOfOneGovernmentAreAllSideBySideInYearOrder() {
        List<Report> three = List.of(report("东港市", 2024), report("东港市", 2022), report("东港市", 2023));
        assertThat(ColumnChoice.defaultColumns(three)).extracting(r -> r.metadata().year())
                .containsExactly(2022, 2023, 2024);
        List<Report> four = List.of(report("东港市", 2021), report("东港市", 2024), report("东港市", 2022),
                report("东港市", 2023));
        assertThat(ColumnChoice.defaultColumns(four)).extracting(r -> r.metadata().year())
                .containsExactly(2021, 2022, 2023, 2024);
    }

    @Test
    void otherwiseTheDefaultPair() {
        List<Report> twoGovernments = List.of(report("东港市", 2022), report("东港市", 2023), report("西港市", 2024));
        assertThat(ColumnChoice.defaultColumns(twoGovernments)).extracting(Report::id)
                .containsExactly("东港市2022", "东港市2023");
        List<Report> sameYearTwice = List.of(report("东港市", 2022), report("东港市", 2023), report("东港市", 2023));
        assertThat(ColumnChoice.defaultColumns(sameYearTwice)).hasSize(2);
        List<Report> five = List.of(report("东港市", 2020), report("东港市", 2021), report("东港市", 2022),
                report("东港市", 2023), report("东港市", 2024));
        assertThat(ColumnChoice.defaultColumns(five)).extracting(r -> r.metadata().year()).containsExactly(2023, 2024);
    }
}
