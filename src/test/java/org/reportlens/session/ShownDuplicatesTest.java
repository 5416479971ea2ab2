package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.DuplicateAnalysis;
import org.reportlens.core.dups.Occurrence;
import org.reportlens.core.report.Report;

/**
 * The duplicates tab's order and names, without a window: two years of 海口市 (real sentences of its
 * 2023 and 2024 reports) that share the opening (stock wording) and a passage of the plan part (no stock wording: it names
 * the city's own new district).
 */
class ShownDuplicatesTest {
    private static final String OPENING = "各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n";
    private static final String SHARED = "高标准建设江东新区，加快推进临空产业园、总部经济区和国际文化交往区建设，"
            + "力争江东新区固定资产投资增长15%以上，新增市场主体2万户。";

    private static Report year(String id, int year, String delivered, String review) {
        return TwoYears.report(id, year + "年海口市政府工作报告\n" + delivered + "\n" + OPENING + "一、" + (year - 1) + "年工作回顾\n"
                + review + "\n二、"
                + year + "年工作安排\n（一）着力增进民生福祉，社会事业全面进步\n" + SHARED + "\n");
    }

    private static List<Report> reports() {
        return List.of(
                year("r1", 2023, "——2023年2月9日在海口市第十七届人民代表大会第三次会议上", "过去的一年，是海口发展极具挑战、极不平凡、极富成效的一年。"),
                year("r2", 2024, "——2024年1月16日在海口市第十七届人民代表大会第四次会议上", "刚刚过去的一年，是全面贯彻党的二十大精神的开局之年。"));
    }

    private static ShownDuplicates shown() {
        Analysis analysis = Analyzer.analyze(reports(), SessionFixture.characterOptions());
        return ShownDuplicates.of(analysis);
    }

    @Test
    void placesAreNamedByYearAndSectionAndTheSharedPassageLeadsItsPair() {
        ShownDuplicates shown = shown();
        ShownDuplicates.Item first = shown.items().stream().filter(i -> i.duplicate().text().contains("江东新区"))
                .findFirst().orElseThrow();
        assertThat(first.stock()).isFalse();
        assertThat(first.group()).containsExactly("2023年", "2024年");
        assertThat(first.places()).extracting(ShownDuplicates.Place::label)
                .containsExactly("2023年 · 二（一）着力增进民生福祉…", "2024年 · 二（一）着力增进民生福祉…");
    }

    @Test
    void stockWordingComesAfterEveryOtherPassageHoweverLong() {
        // the finder's passages, with the opening's request for comments as stock wording longer than any
        List<Report> reports = reports();
        Analysis analysis = Analyzer.analyze(reports, SessionFixture.characterOptions());
        String request = "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。";
        List<Occurrence> places = reports.stream().map(r -> {
            int at = r.original().indexOf(request);
            return new Occurrence(r.id(), at, at + request.length());
        }).toList();
        List<Duplicate> duplicates = new ArrayList<>(analysis.duplicates().duplicates());
        duplicates.add(0, new Duplicate(1000, request, false, true, places, List.of()));
        Analysis withStock = new Analysis(analysis.reports(), analysis.compared(), analysis.options(), analysis.comparison(),
                new DuplicateAnalysis(duplicates, analysis.duplicates().reuse(), analysis.duplicates().pairs()), analysis.targets());
        List<ShownDuplicates.Item> items = ShownDuplicates.of(withStock).items();
        int firstStock = items.indexOf(items.stream().filter(ShownDuplicates.Item::stock).findFirst().orElseThrow());
        assertThat(items.subList(0, firstStock)).as("passages before the stock wording").isNotEmpty()
                .noneMatch(ShownDuplicates.Item::stock);
        assertThat(items.subList(firstStock, items.size())).allMatch(ShownDuplicates.Item::stock);
        assertThat(items.get(firstStock)).satisfies(i -> {
            assertThat(i.duplicate().text()).isEqualTo(request);
            assertThat(i.startsGroup()).isTrue();
            assertThat(i.places()).extracting(ShownDuplicates.Place::label).containsExactly("2023年", "2024年");
        });
    }

    @Test
    void eachReportHasABarWithItsSharesAndNamedSections() {
        List<ShownDuplicates.Bar> bars = shown().bars();
        assertThat(bars).extracting(ShownDuplicates.Bar::name).containsExactly("2023年", "2024年");
        assertThat(bars).allSatisfy(b -> {
            assertThat(b.otherReports()).isBetween(0.0, 1.0);
            assertThat(b.sections()).isNotEmpty();
            assertThat(b.sections().get(0).section()).startsWith("二（一）");
        });
    }
}
