package org.reportlens.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.targets.MetricNames;
import org.reportlens.core.targets.TargetExtractor;

class CorpusScoreTest {
    private static final MetricNames NAMES = MetricNames.defaults();

    private static Reading read(String file, String text) {
        Report report = ReportAnalyzer.analyze("r1", "report.txt", new DecodedText(text, "UTF-8", List.of()));
        return Reading.of(file, report, new TargetExtractor(NAMES).extract(report));
    }

    private static final String DALIAN = "2024年大连市政府工作报告\n一、2023年工作回顾\n正文。\n二、2024年工作安排\n"
            + "主要预期目标是：地区生产总值增长6%左右，城乡居民人均可支配收入分别增长5%、6.5%，居民消费价格涨幅3%左右。\n";
    private static final String UNTITLED = "各位代表：\n正文。\n主要预期目标是：地区生产总值增长8.5%-8.7%。\n";

    private static Manifest manifest(Path dir, String json) throws IOException {
        return Manifest.read(Files.writeString(dir.resolve("manifest.json"), json));
    }

    @Test
    void figuresCountWhatIsRightAndListWhatMisses(@TempDir Path dir) throws IOException {
        Manifest truth = manifest(dir, "[{\"file\": \"a/2024.txt\", \"government\": \"大连市\", \"year\": 2024},"
                + " {\"file\": \"b/2024.txt\", \"government\": \"沈阳市\", \"year\": 2024, \"planYear\": 2024,"
                + "  \"review\": false, \"plan\": false}]");
        CorpusScore score = CorpusScore.score(List.of(read("a/2024.txt", DALIAN), read("b/2024.txt", UNTITLED)), truth, NAMES);
        Figure government = score.figures().get(0);
        assertThat(government.id()).isEqualTo("government");
        assertThat(government.label()).isEqualTo("government right");
        assertThat(government.hits()).isEqualTo(1);
        assertThat(government.total()).isEqualTo(2);
        assertThat(government.misses()).containsExactly(new Figure.Miss("b/2024.txt", "none", "沈阳市"));
        Figure planYear = score.figures().get(2);
        assertThat(planYear.total()).as("both state main targets").isEqualTo(2);
        assertThat(planYear.misses()).extracting(Figure.Miss::file).containsExactly("b/2024.txt");
        Figure review = score.figures().get(3);
        assertThat(review.total()).as("b has no review part, by the manifest").isEqualTo(1);
        assertThat(review.share()).isEqualTo(1.0);
        Figure three = score.figures().get(5);
        assertThat(three.id()).isEqualTo("targets3");
        assertThat(three.hits()).isEqualTo(1);
        assertThat(three.misses()).containsExactly(new Figure.Miss("b/2024.txt", "1 target(s)", "at least 3"));
    }

    @Test
    void withoutAManifestFiguresCountWhatWasFound() {
        CorpusScore score = CorpusScore.score(List.of(read("a.txt", DALIAN), read("b.txt", UNTITLED)), Manifest.EMPTY, NAMES);
        assertThat(score.figures().get(0).label()).isEqualTo("government found");
        assertThat(score.figures().get(0).hits()).isEqualTo(1);
        assertThat(score.targets().reports()).isZero();
    }

    @Test
    void mainTargetsAreMatchedByNumberUnitAndMetric(@TempDir Path dir) throws IOException {
        Manifest truth = manifest(dir, "[{\"file\": \"a.txt\", \"targets\": [\"地区生产总值 6 %\", \"城镇居民人均可支配收入 5 %\","
                + " \"农村居民人均可支配收入 6.5 %\", \"城镇调查失业率 5.5 %\"]},"
                + " {\"file\": \"b.txt\", \"targets\": [\"GDP 8.5-8.7 %\"]}]");
        TargetAgreement t = CorpusScore.score(List.of(read("a.txt", DALIAN), read("b.txt", UNTITLED)), truth, NAMES).targets();
        assertThat(t.reports()).isEqualTo(2);
        assertThat(t.truePositives()).as("the range matches under the canonical name").isEqualTo(4);
        assertThat(t.falsePositives()).as("居民消费价格 was not annotated").isEqualTo(1);
        assertThat(t.falseNegatives()).isEqualTo(1);
        assertThat(t.precision()).isEqualTo(0.8);
        assertThat(t.recall()).isEqualTo(0.8);
        assertThat(t.f1()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.misses()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo("a.txt");
            assertThat(m.expected()).isEqualTo("- 城镇调查失业率 5.5 %");
            assertThat(m.found()).startsWith("+ 居民消费价格");
        });
    }

    @Test
    void anExpectedTargetIsWrittenAsMetricValueAndUnit() {
        assertThat(ExpectedTarget.parse("地区生产总值 8.5-8.7 %")).isEqualTo(
                new ExpectedTarget("地区生产总值", new BigDecimal("8.5"), new BigDecimal("8.7"), "%"));
        assertThat(ExpectedTarget.parse("居民消费价格指数 103").unit()).isNull();
        assertThatThrownBy(() -> ExpectedTarget.parse("增长6%")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("增长6%");
    }

    @Test
    void aBadManifestSaysWhatIsWrong(@TempDir Path dir) {
        assertThatThrownBy(() -> manifest(dir, "{\"file\": \"a.txt\"}")).isInstanceOf(IOException.class)
                .hasMessageContaining("JSON list");
        assertThatThrownBy(() -> manifest(dir, "[{\"year\": 2024}]")).isInstanceOf(IOException.class)
                .hasMessageContaining("entry 1 has no \"file\"");
        assertThatThrownBy(() -> manifest(dir, "[{\"file\": \"a.txt\", \"targets\": [\"GDP\"]}]"))
                .isInstanceOf(IOException.class).hasMessageContaining("entry 1 (a.txt)");
        assertThatThrownBy(() -> manifest(dir, "[{\"file\": ")).isInstanceOf(IOException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void manifestsMergeFieldByFieldTheFirstWinning(@TempDir Path dir) throws IOException {
        Manifest first = Manifest.read(Files.writeString(dir.resolve("1.json"),
                "[{\"file\": \"a.txt\", \"government\": \"大连市\"}]"));
        Manifest second = Manifest.read(Files.writeString(dir.resolve("2.json"),
                "[{\"file\": \"a.txt\", \"government\": \"沈阳市\", \"year\": 2024}, {\"file\": \"b.txt\"}]"));
        Manifest merged = first.with(second);
        assertThat(merged.files()).containsExactly("a.txt", "b.txt");
        assertThat(merged.of("a.txt").government()).isEqualTo("大连市");
        assertThat(merged.of("a.txt").year()).isEqualTo(2024);
        assertThat(merged.of("c.txt").government()).isNull();
    }
}
