package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Seeds;

/**
 * Several years compared at once align each two consecutive years as those two compared alone: the rows of four
 * columns say of 2022 and 2024 what two columns say, and the figures are the same.
 */
class YearByYearTest {

    @Test
    void eachTwoConsecutiveYearsPairAndLinkAsTheyDoComparedAlone() {
        LoadResult loaded = new ReportLoader().load(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString(),
                Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString()));
        assertThat(loaded.problems()).isEmpty();
        List<Report> reports = Comparer.byYear(loaded.reports());
        Comparison all = Comparer.compare(reports, CompareOptions.DEFAULTS);
        for (int k = 1; k < reports.size(); k++) {
            Comparison alone = Comparer.compare(List.of(reports.get(k - 1), reports.get(k)), CompareOptions.DEFAULTS);
            assertThat(between(all, k - 1, k)).as("years %d and %d", k - 1, k).isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(between(alone, 0, 1));
        }
    }

    /**
     * What a comparison says of reports {@code a} and {@code b} (consecutive): each pair of partners with its
     * similarity and confidence, each "also in" between them with its share and chance.
     */
    private static List<String> between(Comparison comparison, int a, int b) {
        List<String> out = new ArrayList<>();
        for (AlignmentRow row : comparison.alignment()) {
            String x = row.sections().get(a);
            String y = row.sections().get(b);
            for (RowPair pair : row.pairs()) {
                if (pair.older() == a && pair.newer() == b) {
                    out.add(x + " = " + y + " " + pair.similarity() + " " + pair.confidence());
                }
            }
            for (AlsoIn also : row.alsoIn()) {
                if (also.from() == a && also.report() == b) {
                    out.add(x + " ~ " + also.section() + " " + also.share() + " " + also.confidence());
                }
            }
        }
        return out;
    }
}
