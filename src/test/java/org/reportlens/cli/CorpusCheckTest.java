package org.reportlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCheckTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Two reports in folders as a corpus keeps them, each file named report.txt. */
    private static Path corpus(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("dalian"));
        Files.createDirectories(dir.resolve("enshi"));
        Files.writeString(dir.resolve("dalian/report.txt"), "政府工作报告\n——2024年1月15日在大连市第十七届人民代表大会第三次会议上\n"
                + "2023年工作回顾\n正文。\n2024年主要工作\n今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
                + "规上工业增加值增长7.5%，固定资产投资增长8%左右。\n");
        Files.writeString(dir.resolve("enshi/report.txt"), "恩施州政府工作报告（2023年12月28日）\n一、2023年工作回顾\n正文。\n"
                + "二、2024年工作安排\n主要预期目标是：地区生产总值增长6.5%。\n");
        return dir;
    }

    @Test
    void printsTheFiguresAndTheFilesThatMissAgainstTheManifestInTheFolder(@TempDir Path dir) throws Exception {
        corpus(dir);
        Files.writeString(dir.resolve("manifest.json"), "[{\"file\": \"dalian/report.txt\", \"government\": \"大连市\", \"year\": 2024},"
                + "{\"file\": \"enshi/report.txt\", \"government\": \"恩施土家族苗族自治州\", \"year\": 2024}]");
        int code = run("corpus-check", dir.toString());
        assertThat(code).isZero();
        assertThat(stderr()).isEmpty();
        assertThat(stdout()).contains("2 report(s) read, 0 could not be", "scored against " + dir.resolve("manifest.json"),
                " 100.0%     2/2     government right", " 100.0%     2/2     year right",
                " 100.0%     2/2     plan year right, of reports stating main targets",
                "  50.0%     1/2     at least 3 main targets, reports from 2015 on stating them",
                "misses: at least 3 main targets, reports from 2015 on stating them (1)",
                "  enshi/report.txt  found 1 target(s), expected at least 3");
    }

    @Test
    void withoutAManifestEveryReportUnderTheFolderIsReadAndFiguresCountWhatWasFound(@TempDir Path dir) throws Exception {
        corpus(dir);
        assertThat(run("corpus-check", "--misses", "0", dir.toString())).isZero();
        assertThat(stdout()).contains("no manifest", " 100.0%     2/2     government found").doesNotContain("misses:");
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheRestIsScored(@TempDir Path dir) throws Exception {
        corpus(dir);
        Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        assertThat(run("corpus-check", dir.toString())).isEqualTo(Cli.SOME_UNREADABLE);
        assertThat(stderr()).contains("broken.txt").doesNotContain("Exception");
        assertThat(stdout()).contains("2 report(s) read, 1 could not be");
    }

    @Test
    void badUsageAndABadManifestAreOneClearMessage(@TempDir Path dir) throws Exception {
        assertThat(run("corpus-check")).isEqualTo(Cli.USAGE_OR_NOTHING_READ);
        assertThat(stderr()).contains("no folder given");
        err.reset();
        assertThat(run("corpus-check", dir.resolve("missing").toString())).isEqualTo(Cli.USAGE_OR_NOTHING_READ);
        assertThat(stderr()).contains("is not a folder");
        err.reset();
        corpus(dir);
        Path manifest = Files.writeString(dir.resolve("m.json"), "[{\"year\": 2024}]");
        assertThat(run("corpus-check", "--manifest", manifest.toString(), dir.toString())).isEqualTo(Cli.USAGE_OR_NOTHING_READ);
        assertThat(stderr()).contains("cannot read the manifest " + manifest, "has no \"file\"").doesNotContain("Exception");
        assertThat(stdout()).isEmpty();
    }
}
