package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;
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
}
