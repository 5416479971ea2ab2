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
 * columns say of 2022 and 2023 what two columns say, and the figures are the same; a section a year leaves out is one
 * row across it.
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

    @Test
    void aSectionTheMiddleYearLeavesOutIsOneRowAcrossTheGap() {
        String living = "（四）增进民生福祉。\n";
        String y2023 = SplitMergeTest.Y2023;
        String y2024 = y2023.substring(0, y2023.indexOf(living)).replace("2023", "2024");
        Report a = SplitMergeTest.report("r1", y2023);
        Report b = SplitMergeTest.report("r2", y2024);
        Report c = SplitMergeTest.report("r3", y2023.replace("2023", "2025").replace("5万人", "6万人"));
        Comparison three = Comparer.compare(List.of(a, b, c), CompareOptions.DEFAULTS);
        // one row: 2023's 民生 and 2025's, none in 2024 — not "dropped" beside "new"
        assertThat(three.alignment()).filteredOn(row -> "1.4".equals(row.sections().get(0))).singleElement()
                .satisfies(row -> {
                    assertThat(row.sections()).containsExactly("1.4", null, "1.4");
                    assertThat(row.pairs()).singleElement().satisfies(pair -> {
                        assertThat(pair.older()).isZero();
                        assertThat(pair.newer()).isEqualTo(2);
                        assertThat(pair.pinned()).as("the aligner's, not the user's").isFalse();
                        assertThat(pair.similarity()).isGreaterThan(0.9);
                    });
                });
        assertThat(three.alignment()).filteredOn(row -> row.present() == 1).isEmpty();
        // the user parts them: two rows again
        SectionLinks parted = SectionLinks.NONE.with(new SectionLink(new SectionRef(a.file(), "1.4", null),
                new SectionRef(c.file(), "1.4", null), false));
        assertThat(Comparer.compare(List.of(a, b, c), CompareOptions.DEFAULTS.withLinks(parted)).alignment())
                .filteredOn(row -> row.present() == 1).hasSize(2);

        // a 2025 section on something else is new, and 2023's 民生 stays dropped
        Report other = SplitMergeTest.report("r3", y2023.replace("2023", "2025").replace(y2023.substring(y2023.indexOf(living)),
                "（四）繁荣文化事业。\n建设城市书房二十家，举办非遗展演和群众文化活动，推进博物馆和美术馆免费开放。\n"));
        Comparison unlike = Comparer.compare(List.of(a, b, other), CompareOptions.DEFAULTS);
        assertThat(unlike.alignment()).filteredOn(row -> row.present() == 1)
                .extracting(row -> String.join(",", row.sections().stream().map(String::valueOf).toList()))
                .containsExactlyInAnyOrder("1.4,null,null", "null,null,1.4");
    }

    @Test
    void aPairTheUserPartedInAnyTwoYearsIsNotJoinedAcrossTheGap() {
        // 民生 in 2023, 2025 and 2026, not 2024; the user parted 2023's from 2026's (in two columns, say): the row of
        // 2025–2026 is not joined to 2023's, though 2023 and 2025 were never parted
        String living = "（四）增进民生福祉。\n";
        String y2023 = SplitMergeTest.Y2023;
        Report a = SplitMergeTest.report("r1", y2023);
        Report b = SplitMergeTest.report("r2", y2023.substring(0, y2023.indexOf(living)).replace("2023", "2024"));
        Report c = SplitMergeTest.report("r3", y2023.replace("2023", "2025").replace("5万人", "6万人"));
        Report d = SplitMergeTest.report("r4", y2023.replace("2023", "2026").replace("5万人", "7万人"));
        SectionLinks parted = SectionLinks.NONE.with(new SectionLink(new SectionRef(a.file(), "1.4", null),
                new SectionRef(d.file(), "1.4", null), false));
        List<AlignmentRow> rows = Comparer.compare(List.of(a, b, c, d), CompareOptions.DEFAULTS.withLinks(parted)).alignment();
        assertThat(rows).filteredOn(row -> "1.4".equals(row.sections().get(0))).singleElement()
                .satisfies(row -> assertThat(row.present()).isOne());
        assertThat(Comparer.compare(List.of(a, b, c, d), CompareOptions.DEFAULTS).alignment())
                .filteredOn(row -> "1.4".equals(row.sections().get(0))).singleElement()
                .satisfies(row -> assertThat(row.sections()).containsExactly("1.4", null, "1.4", "1.4"));
    }

    @Test
    void aReportOfAnotherGovernmentOrOfTheSameYearIsNoYearASectionWasLeftOutOf() {
        // 大连高新区 2024, 大连 2024 between, 高新区 2026: nothing joined across 大连's report (高新区 2024's 3.1 had been
        // joined with 2026's 3.4 at a similarity of 0.04)
        LoadResult loaded = new ReportLoader().load(List.of(Seeds.GAOXIN_2024.toString(), Seeds.DALIAN_2024.toString(),
                Seeds.GAOXIN_2026.toString()));
        List<AlignmentRow> rows = Comparer.compare(loaded.reports(), CompareOptions.DEFAULTS).alignment();
        assertThat(rows).flatMap(AlignmentRow::pairs).isNotEmpty().allSatisfy(p -> assertThat(p.newer() - p.older()).isOne());
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
