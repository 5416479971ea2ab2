package org.reportlens.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Seeds;

class HtmlExportTest {
    @TempDir
    Path dir;

    private static String export(LoadResult result) {
        Analysis analysis = Analyzer.analyze(result.reports(), AnalysisOptions.defaults());
        return HtmlExport.write(result, analysis, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theSeedsOfDalianShowTheirSectionsSideBySideWithHighlightsTargetsAndDuplicates() {
        LoadResult result = new ReportLoader().load(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        Document html = Jsoup.parse(export(result));
        assertThat(html.select("table.compare tr").size()).isGreaterThan(5);
        assertThat(html.select("table.compare span.chg-replace, table.compare span.chg-insert")).isNotEmpty();
        assertThat(html.select("table.compare span.target-changed").text()).contains("地区生产总值增长");
        // one language: every label Chinese for a Chinese reader
        assertThat(html.select("h2").eachText()).contains("主要预期目标", "重复段落");
        assertThat(html.select("tr:has(td:containsOwn(地区生产总值)) td").eachText())
                .anyMatch(t -> t.startsWith("增长8%左右")).anyMatch(t -> t.startsWith("增长6%左右 调低"));
        // headed by government and year, the title under them
        assertThat(html.select("table.compare th").stream().map(org.jsoup.nodes.Element::ownText))
                .containsExactly("大连市 2022", "大连市 2024");
        assertThat(html.select("table.compare th .small").eachText()).containsExactly(
                result.reports().get(0).metadata().title(), result.reports().get(1).metadata().title());
        // duplicates by year and section, not by offset
        assertThat(html.select("h2:containsOwn(重复段落) + table td:eq(2)").eachText()).isNotEmpty()
                .allMatch(t -> t.startsWith("20") && t.contains("年") && !t.matches(".*\\[\\d+, \\d+\\).*"));
        // self-contained: nothing to fetch, nothing to run, and a policy that forbids both
        assertThat(html.select("script, link, img, iframe, [src], [href]")).isEmpty();
        assertThat(html.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'").doesNotContain("script-src");
    }

    @Test
    void threeReportsGetThreeEqualColumnsAndAnEnglishReaderEnglishLabels() {
        LoadResult result = new ReportLoader().load(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString(),
                Seeds.GAOXIN_2026.toString()));
        Document html = Jsoup.parse(HtmlExport.write(result, Analyzer.analyze(result.reports(), AnalysisOptions.defaults()),
                java.util.Locale.ENGLISH));
        assertThat(html.select("table.compare col").eachAttr("style")).containsExactly("width:33.33%", "width:33.33%",
                "width:33.33%");
        assertThat(html.select("table.compare thead th")).hasSize(3);
        assertThat(html.select("h2").eachText()).contains("Side by side", "Targets").noneMatch(t -> t.matches(".*[\\u4e00-\\u9fff].*"));
        assertThat(html.select(".legend span").eachText()).allMatch(t -> !t.matches(".*[\\u4e00-\\u9fff].*"));
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void theSideBySideRendersTheUnitsNewAndDroppedAsBlocksRoutineHiddenOnRequest() {
        Report a = ReportAnalyzer.analyze("r1", "2023.txt", new DecodedText("2023年东港市政府工作报告\n一、2023年工作安排\n"
                + "地区生产总值增长8%左右。深化国资国企改革。\n", "UTF-8", List.of()));
        Report b = ReportAnalyzer.analyze("r2", "2024.txt", new DecodedText("2024年东港市政府工作报告\n一、2024年工作安排\n"
                + "地区生产总值增长6%左右。扩大文化旅游消费。\n", "UTF-8", List.of()));
        LoadResult result = new LoadResult(List.of(a, b), List.of());
        Document html = Jsoup.parse(HtmlExport.write(result, Analyzer.analyze(result.reports(), AnalysisOptions.defaults())));
        assertThat(html.select("table.compare span.unit-dropped").text()).isEqualTo("深化国资国企改革。");
        assertThat(html.select("table.compare span.unit-new").text()).isEqualTo("扩大文化旅游消费。");
        assertThat(html.select("table.compare span.chg-replace").eachText()).containsExactly("8", "6");
        assertThat(html.select("table.compare span.chg-routine").eachText()).containsExactly("2023", "2024");
        Document hidden = Jsoup.parse(HtmlExport.write(result, Analyzer.analyze(result.reports(),
                AnalysisOptions.defaults().withHideRoutine(true))));
        assertThat(hidden.select("span.chg-routine")).isEmpty();
        assertThat(hidden.select("table.compare span.chg-replace").eachText()).containsExactly("8", "6");
    }

    @Test
    void thePartsClosingRemarksHaveARowOfTheirOwnAfterItsSections() {
        // the outline ends a part's last section before "各位代表！…": no section's cell holds them
        Report a = ReportAnalyzer.analyze("r1", "2023.txt", new DecodedText("一、2023年工作安排\n"
                + "（一）扩大有效投资。全力抓好项目建设。\n（二）维护社会稳定。抓好安全生产。\n"
                + "各位代表！我们要加强政府自身建设，严守政治纪律。\n二、附则\n本报告用语说明。\n", "UTF-8", List.of()));
        Report b = ReportAnalyzer.analyze("r2", "2024.txt", new DecodedText("一、2024年工作安排\n"
                + "（一）扩大有效投资。持续抓好项目建设。\n（二）维护社会稳定。抓好安全生产。\n"
                + "各位代表！我们要加强政府自身建设，严守廉洁底线。\n二、附则\n本报告用语说明。\n", "UTF-8", List.of()));
        LoadResult result = new LoadResult(List.of(a, b), List.of());
        Document html = Jsoup.parse(HtmlExport.write(result, Analyzer.analyze(result.reports(), AnalysisOptions.defaults())));
        assertThat(html.select("table.compare tr").eachText()).containsSubsequence(
                "（二）维护社会稳定。抓好安全生产。 （二）维护社会稳定。抓好安全生产。",
                "各位代表！我们要加强政府自身建设，严守政治纪律。 各位代表！我们要加强政府自身建设，严守廉洁底线。");
        assertThat(html.select("table.compare tr.closing")).hasSize(1);
        assertThat(html.select("table.compare tr.closing span.chg-replace").eachText()).containsExactly("政治纪律", "廉洁底线");
    }

    @Test
    void thePageSaysWhichGovernmentAndYearsItCompares() {
        // a printed comparison headed only "ReportLens" said nothing of what it compares (from an editor's tour)
        LoadResult result = new ReportLoader().load(List.of(Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString()));
        Document html = Jsoup.parse(export(result));
        String heading = ComparisonTitle.of(result.reports());
        assertThat(heading).matches(".+ 2022 · 2024");
        assertThat(html.title()).isEqualTo(heading + " — ReportLens");
        assertThat(html.select("h1").text()).isEqualTo(heading);
    }

    @Test
    void markupInAReportComesOutAsText() {
        String hostile = "一、2023年工作回顾\n<script>alert('x')</script><img src=x onerror=alert(1)>今年增长8%。\n"
                + "二、2024年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n";
        Report a = ReportAnalyzer.analyze("r1", "a.txt", new DecodedText(hostile, "UTF-8", List.of()));
        Report b = ReportAnalyzer.analyze("r2", "b.txt", new DecodedText(hostile.replace("8%", "9%") + "\"&'", "UTF-8",
                List.of()));
        String out = export(new LoadResult(List.of(a, b), List.of()));
        assertThat(out).doesNotContain("<script", "<img", "onerror=alert(1)>");
        assertThat(out).contains("&lt;script&gt;");
        Document html = Jsoup.parse(out);
        assertThat(html.select("script, img")).isEmpty();
        assertThat(html.select("table.compare").text()).contains("<script>alert('x')</script>");
    }

    @Test
    void anAtomicWriteReplacesTheFileAndLeavesNoTemporaryFileBehind() throws Exception {
        Path out = dir.resolve("report.html");
        Files.writeString(out, "old");
        AtomicFile.write(out, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Files.readString(out)).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    /** A value added to an enum the page labels must get its words in both languages, or the export fails. */
    @Test
    void everyTargetChangeAndStatusHasItsWordsInBothLanguages() {
        for (java.util.Locale locale : List.of(java.util.Locale.ROOT, java.util.Locale.SIMPLIFIED_CHINESE)) {
            java.util.ResourceBundle labels = java.util.ResourceBundle.getBundle("org.reportlens.core.export.html", locale,
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
            for (org.reportlens.core.targets.TargetChange c : org.reportlens.core.targets.TargetChange.values()) {
                assertThat(labels.containsKey("change." + c.id())).as(locale + " " + c).isTrue();
            }
            for (org.reportlens.core.targets.AchievementStatus a : org.reportlens.core.targets.AchievementStatus.values()) {
                assertThat(labels.containsKey("status." + a.id())).as(locale + " " + a).isTrue();
            }
        }
    }
}
