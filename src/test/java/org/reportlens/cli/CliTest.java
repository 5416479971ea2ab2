package org.reportlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionLinks;
import org.reportlens.core.compare.SectionRef;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.core.workspace.WorkspaceFile;
import org.reportlens.core.workspace.WorkspaceReport;
import org.reportlens.testing.Seeds;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void analyzeWritesTheDocumentedJson() throws Exception {
        int code = run("analyze", "--format", "json", Seeds.DALIAN_2024.toString(), Seeds.GAOXIN_2026.toString());
        assertThat(code).isZero();
        assertThat(stderr()).isEmpty();
        JsonNode root = new ObjectMapper().readTree(stdout());
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(3);
        JsonNode r1 = root.get("reports").get(0);
        assertThat(r1.get("id").asText()).isEqualTo("r1");
        assertThat(r1.get("file").asText()).isEqualTo(Seeds.DALIAN_2024.toString());
        assertThat(r1.get("title").asText()).isEqualTo("2024年大连市政府工作报告");
        assertThat(r1.get("government").asText()).isEqualTo("大连市");
        assertThat(r1.get("year").asInt()).isEqualTo(2024);
        assertThat(r1.get("reviewYear").asInt()).isEqualTo(2023);
        assertThat(r1.get("planYear").asInt()).isEqualTo(2024);
        assertThat(r1.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(r1.get("length").asInt()).isEqualTo(Files.readString(Seeds.DALIAN_2024).length());
        JsonNode part = r1.get("outline").get(0);
        assertThat(part.get("id").asText()).isEqualTo("1");
        assertThat(part.get("level").asInt()).isEqualTo(1);
        assertThat(part.get("number").asText()).isEqualTo("一");
        assertThat(part.get("title").asText()).isEqualTo("2023年工作回顾");
        assertThat(part.get("lead").asBoolean()).isFalse();
        assertThat(part.get("part").asText()).isEqualTo("review");
        String text = Files.readString(Seeds.DALIAN_2024);
        assertThat(text.substring(part.get("start").asInt(), part.get("headingEnd").asInt())).isEqualTo("一、2023年工作回顾");
        assertThat(part.get("children").get(0).get("id").asText()).isEqualTo("1.1");
        JsonNode r2 = root.get("reports").get(1);
        assertThat(r2.get("title").isNull()).isTrue();
        assertThat(r2.get("planYear").asInt()).isEqualTo(2026);
        assertThat(r2.get("outline")).hasSize(4);
    }

    @Test
    void analyzeOfSeveralReportsAlignsThemAndListsTheirChanges() throws Exception {
        int code = run("analyze", "--granularity", "character", Seeds.DALIAN_2024.toString(), Seeds.DALIAN_2022.toString());
        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(stdout());
        assertThat(root.get("order").toString()).isEqualTo("[\"r2\",\"r1\"]");
        // sections[i] belongs to reports[i]: 2024's review part has no 2022 counterpart, its plan part does
        assertThat(root.get("alignment").get(0).get("sections").toString()).isEqualTo("[\"1\",null]");
        JsonNode row = root.get("alignment").findParents("sections").stream()
                .filter(r -> r.get("sections").get(1).asText().equals("1")).findFirst().orElseThrow();
        assertThat(row.get("sections").toString()).isEqualTo("[\"2\",\"1\"]");
        assertThat(row.get("similarity").asDouble()).isBetween(0.0, 1.0);
        JsonNode change = root.get("changes").get(0);
        assertThat(change.get("kind").asText()).isIn("insert", "delete", "replace", "move");
        assertThat(change.get("a").get("report").asText()).isEqualTo("r2");
        assertThat(change.get("b").get("report").asText()).isEqualTo("r1");
    }

    @Test
    void analyzeWritesTheUnitsOfEachPairAndTheOptionsInForce(@TempDir Path dir) throws Exception {
        Path older = dir.resolve("2023.txt");
        Path newer = dir.resolve("2024.txt");
        Files.writeString(older, "2023年东港市政府工作报告\n一、2022年工作回顾\n地区生产总值增长8%左右。深化国资国企改革。\n");
        Files.writeString(newer, "2024年东港市政府工作报告\n一、2023年工作回顾\n地区生产总值增长6%左右。扩大文化旅游消费。\n");
        assertThat(run("analyze", older.toString(), newer.toString())).isZero();
        JsonNode root = new ObjectMapper().readTree(stdout());
        assertThat(root.get("options").get("granularity").asText()).isEqualTo("word");
        assertThat(root.get("options").get("hideRoutine").asBoolean()).isFalse();
        assertThat(root.get("options").get("base").isNull()).isTrue();
        JsonNode pair = root.get("pairs").get(0);
        assertThat(pair.get("a").asText() + ">" + pair.get("b").asText()).isEqualTo("r1>r2");
        assertThat(pair.get("yearsApart").asInt()).isEqualTo(1);
        assertThat(pair.get("fallbacks")).isEmpty();
        List<String> kinds = new ArrayList<>();
        root.get("units").forEach(u -> kinds.add(u.get("kind").asText()));
        assertThat(kinds).containsExactly("routine", "routine", "edited", "dropped", "new");
        JsonNode dropped = root.get("units").get(3);
        assertThat(dropped.get("pair").asInt()).isZero();
        assertThat(dropped.get("b").isNull()).isTrue();
        String a = Files.readString(older);
        assertThat(a.substring(dropped.get("a").get("start").asInt(), dropped.get("a").get("end").asInt()))
                .isEqualTo("深化国资国企改革。");
        JsonNode edit = root.get("units").get(2).get("changes").get(0);
        assertThat(a.substring(edit.get("a").get("start").asInt(), edit.get("a").get("end").asInt())).isEqualTo("8");
        assertThat(root.get("units").get(0).get("changes").get(0).get("routine").asBoolean()).isTrue();

        out.reset();
        assertThat(run("analyze", "--hide-routine", older.toString(), newer.toString())).isZero();
        root = new ObjectMapper().readTree(stdout());
        assertThat(root.get("options").get("hideRoutine").asBoolean()).isTrue();
        kinds.clear();
        root.get("units").forEach(u -> kinds.add(u.get("kind").asText()));
        assertThat(kinds).containsExactly("edited", "dropped", "new");
        assertThat(root.get("changes")).noneMatch(c -> c.has("routine"));
    }

    @Test
    void baseAndGranularityOptions() throws Exception {
        assertThat(run("analyze", "--base", "r3", Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString(),
                Seeds.GAOXIN_2026.toString())).isZero();
        JsonNode root = new ObjectMapper().readTree(stdout());
        assertThat(root.get("changes")).allSatisfy(c -> assertThat(c.get("a").get("report").asText()).isEqualTo("r3"));
        assertThat(run("analyze", "--base", "r9", Seeds.DALIAN_2022.toString(), Seeds.DALIAN_2024.toString())).isEqualTo(2);
        assertThat(run("analyze", "--granularity", "line", Seeds.DALIAN_2022.toString())).isEqualTo(2);
        assertThat(stderr()).contains("--base r9 is not one of the loaded reports", "unknown granularity 'line'");
    }

    @Test
    void someUnreadableFilesExitOneAndTheRestIsWritten(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        int code = run("analyze", empty.toString(), Seeds.DALIAN_2022.toString());
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).isEqualTo("reportlens: " + empty + ": is empty" + System.lineSeparator());
        JsonNode root = new ObjectMapper().readTree(stdout());
        assertThat(root.get("reports")).hasSize(1);
        assertThat(root.get("errors").get(0).get("problem").asText()).isEqualTo("is empty");
    }

    @Test
    void nothingReadableExitsTwoWithoutAStackTrace(@TempDir Path dir) {
        int code = run("analyze", dir.resolve("missing.txt").toString(), dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("missing.txt: no such file", dir + ": is a folder with no report files in it")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void everyCommandReadsAFolderAndItsSubfoldersAsTheViewerDoes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("大连/2022"));
        Files.copy(Seeds.DALIAN_2022, dir.resolve("大连/2022/report.txt"));
        Files.copy(Seeds.DALIAN_2024, dir.resolve("大连/2024.txt"));
        Files.writeString(dir.resolve("大连/readme.md"), "not a report");
        assertThat(run("analyze", dir.toString())).isZero();
        JsonNode root = new ObjectMapper().readTree(stdout());
        assertThat(root.get("reports")).extracting(r -> Path.of(r.get("file").asText()).getFileName().toString())
                .containsExactly("report.txt", "2024.txt");
        out.reset();
        assertThat(run("targets", dir.resolve("大连").toString())).isZero();
        assertThat(stdout()).contains("\"地区生产总值\",\"增长8%左右\"");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("analyze")).isEqualTo(2);
        assertThat(run("analyze", "--format", "xml", "a.txt")).isEqualTo(2);
        assertThat(stderr()).contains("unknown format 'xml'");
        assertThat(run("analyze", "--format")).isEqualTo(2);
        assertThat(run("bench", "--runs", "5", "a.txt")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void benchPrintsPhasesAndEndsWithTheTotalMedian() {
        int code = run("bench", "--runs", "20", Seeds.DALIAN_2022.toString());
        assertThat(code).isZero();
        String[] lines = stdout().strip().split("\\R");
        assertThat(stdout()).contains("load", "normalize", "outline", "metadata", "alignment", "diff",
                "duplicates", "median ms", "p95 ms");
        assertThat(lines[lines.length - 1]).matches("total median \\d+ ms");
    }

    @Test
    void analyzeListsDuplicatesAndReuse() throws Exception {
        assertThat(run("analyze", Seeds.GAOXIN_2024.toString())).isZero();
        JsonNode root = new ObjectMapper().readTree(stdout());
        JsonNode whole = root.get("duplicates").get(0);
        assertThat(whole.get("near").asBoolean()).isFalse();
        assertThat(whole.get("stock").asBoolean()).isFalse();
        assertThat(whole.get("text").asText()).startsWith("一、2023年工作回顾");
        assertThat(whole.get("occurrences")).hasSize(2);
        assertThat(whole.get("occurrences").get(0).get("report").asText()).isEqualTo("r1");
        assertThat(whole.get("length").asInt()).isGreaterThan(10_000);
        JsonNode reuse = root.get("reuse").get(0);
        assertThat(reuse.get("report").asText()).isEqualTo("r1");
        assertThat(reuse.get("sameReport").asDouble()).isGreaterThanOrEqualTo(0.95);
        assertThat(reuse.get("sections").get(0).get("id").asText()).isEqualTo("1");
    }

    @Test
    void analyzeTakesTheDuplicateOptions(@TempDir Path dir) throws Exception {
        Path stock = dir.resolve("stock.txt");
        Files.writeString(stock, "规模以上工业增加值增长\n", StandardCharsets.UTF_8);
        // passages are whole clauses now; in these two reports none of 40 characters or more repeats
        assertThat(run("analyze", "--min-duplicate", "25", "--no-near", "--stock-phrases", stock.toString(),
                Seeds.DALIAN_2024.toString(), Seeds.DALIAN_2022.toString())).isZero();
        JsonNode duplicates = new ObjectMapper().readTree(stdout()).get("duplicates");
        assertThat(duplicates).isNotEmpty().allSatisfy(d -> {
            assertThat(d.get("length").asInt()).isGreaterThanOrEqualTo(25);
            assertThat(d.get("near").asBoolean()).isFalse();
        });
        assertThat(run("analyze", "--min-duplicate", "3", Seeds.DALIAN_2024.toString())).isEqualTo(2);
        assertThat(stderr()).contains("--min-duplicate must be at least 8");
    }

    @Test
    void dupsReadsADirectoryAndListsSharedPassagesLongestFirst(@TempDir Path dir) throws Exception {
        String shared = "新认定高新技术企业184家，新注册科技型中小企业593家，新备案雏鹰企业120家。";
        Files.writeString(dir.resolve("a.txt"), "甲市的工作报告。" + shared + "其余内容各不相同甲。", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "乙区的报告如下：" + shared + "乙城市另有安排。", StandardCharsets.UTF_8);
        // c holds the first two clauses only: a second passage, found in all three
        Files.writeString(dir.resolve("c.txt"), "丙县，" + shared.substring(0, 29) + "丙。", StandardCharsets.UTF_8);
        Files.write(dir.resolve("broken.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0});
        Files.writeString(dir.resolve("notes.md"), shared, StandardCharsets.UTF_8);
        assertThat(run("dups", "--min", "20", dir.toString())).isEqualTo(Cli.SOME_UNREADABLE);
        JsonNode root = new ObjectMapper().readTree(stdout());
        assertThat(root.get("reports")).hasSize(3);
        assertThat(root.get("minLength").asInt()).isEqualTo(20);
        JsonNode first = root.get("duplicates").get(0);
        assertThat(first.get("text").asText()).isEqualTo(shared);
        assertThat(first.get("occurrences")).hasSize(2);
        assertThat(root.get("duplicates").get(1).get("occurrences")).hasSize(3);
        assertThat(root.get("pairs").get(0).get("a").asText()).isEqualTo("r1");
        assertThat(root.get("pairs").get(0).get("b").asText()).isEqualTo("r2");
        assertThat(root.get("errors").get(0).get("file").asText()).endsWith("broken.txt");
        assertThat(stderr()).contains("broken.txt", "read 4 of 4 files", "duplicates");
        for (JsonNode pair : root.get("pairs")) {
            int shorter = Integer.MAX_VALUE;
            for (JsonNode r : root.get("reports")) {
                if (r.get("id").asText().equals(pair.get("a").asText()) || r.get("id").asText().equals(pair.get("b").asText())) {
                    shorter = Math.min(shorter, r.get("characters").asInt());
                }
            }
            assertThat(pair.get("sharedCharacters").asInt()).isPositive().isLessThanOrEqualTo(shorter);
        }
        assertThat(first.get("occurrences").get(0).get("place").asText()).isEqualTo("a");
    }

    private Path corpusOfThree(Path dir) throws Exception {
        String shared = "新认定高新技术企业184家，新注册科技型中小企业593家，新备案雏鹰企业120家。";
        Files.writeString(dir.resolve("a.txt"), "一、工作回顾\n甲市的工作报告。" + shared, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "一、工作回顾\n乙区的报告如下：" + shared, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.txt"), "一、工作回顾\n丙县，" + shared.substring(0, 29) + "丙。", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void dupsWritesThePairsAsCsvThatExcelReadsAsUtf8(@TempDir Path dir) throws Exception {
        assertThat(run("dups", "--format", "csv", corpusOfThree(dir).toString())).isZero();
        byte[] bytes = out.toByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = stdout().substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo("\"#\",\"共享字数 shared\",\"段数 passages\",\"报告甲 report A\",\"报告乙 report B\","
                + "\"文件甲 file A\",\"文件乙 file B\"");
        assertThat(lines[1]).startsWith("\"1\",\"41\",\"2\",\"r1 a\",\"r2 b\"");
        assertThat(lines).hasSize(4);
        out.reset();
        assertThat(run("dups", "--format", "csv", "--list", "passages", dir.toString())).isZero();
        assertThat(stdout().split("\r\n")[1]).startsWith("\"1\",\"41\",\"2\",\"2\",\"相同 exact\",\"a · 一、工作回顾；b · 一、工作回顾\"");
    }

    @Test
    void dupsTellsItsProgressInOrderAndInGoodEnglish(@TempDir Path dir) throws Exception {
        corpusOfThree(dir);
        Files.delete(dir.resolve("c.txt"));
        assertThat(run("dups", "--format", "csv", dir.toString())).isZero();
        assertThat(stderr()).contains("read 2 of 2 files", "1 pair of reports shares text").doesNotContain("1 pairs");
        assertThat(stderr().indexOf("read 1 of 2 files")).as("the counts come in order")
                .isLessThan(stderr().indexOf("read 2 of 2 files"));
    }

    @Test
    void dupsWritesAReadableTableWithWideCharactersAligned(@TempDir Path dir) throws Exception {
        assertThat(run("dups", "--format", "table", corpusOfThree(dir).toString())).isZero();
        String[] lines = stdout().split("\n");
        assertThat(lines[0]).startsWith("共享文字最多的报告对 Pairs of reports sharing the most text");
        assertThat(lines[1]).startsWith("#  共享字数 shared  段数 passages  报告甲 report A");
        // numbers right-aligned under their headers, whose Chinese characters count two columns each
        assertThat(lines[3]).startsWith("1               41              2  r1 a             r2 b");
        assertThat(stdout()).contains("重复段落 Duplicated passages: 2 found, the first 2 shown, stock wording last");
    }

    @Test
    void dupsLearnsAStockPhraseListThatAnalyzeThenUses(@TempDir Path dir) throws Exception {
        String stock = "坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局。";
        String[] governments = {"东港市", "西岗区", "甘井子区", "中山区", "沙河口区"};
        for (int g = 0; g < governments.length; g++) {
            Files.writeString(dir.resolve(g + ".txt"), "2024年" + governments[g] + "政府工作报告\n一、工作安排\n" + stock
                    + governments[g] + "的第" + g + "项工作。", StandardCharsets.UTF_8);
        }
        Path list = dir.resolve("learned").resolve("stock.txt");
        Files.createDirectories(list.getParent());
        assertThat(run("dups", "--write-stock-phrases", list.toString(), "--stock-governments", "5", dir.toString()))
                .isZero();
        assertThat(stderr()).contains("wrote 1 stock phrases to " + list);
        assertThat(Files.readAllLines(list, StandardCharsets.UTF_8)).filteredOn(l -> !l.startsWith("#"))
                .containsExactly("坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局");
        out.reset();
        assertThat(run("analyze", "--stock-phrases", list.toString(), dir.resolve("0.txt").toString(),
                dir.resolve("1.txt").toString())).isZero();
        JsonNode duplicates = new ObjectMapper().readTree(stdout()).get("duplicates");
        assertThat(duplicates).isNotEmpty().allSatisfy(d -> assertThat(d.get("stock").asBoolean()).isTrue());
    }

    @Test
    void dupsRejectsAnUnknownFormatOrAListWithJson(@TempDir Path dir) throws Exception {
        assertThat(run("dups", "--format", "xml", dir.toString())).isEqualTo(Cli.USAGE_OR_NOTHING_READ);
        assertThat(stderr()).contains("unknown format 'xml' (supported: json, csv, table)");
        assertThat(run("dups", "--list", "pairs", dir.toString())).isEqualTo(Cli.USAGE_OR_NOTHING_READ);
        assertThat(stderr()).contains("--list chooses a table for --format csv or table");
    }

    @Test
    void targetsWritesACsvThatExcelReadsAsUtf8() {
        assertThat(run("targets", Seeds.DALIAN_2024.toString(), Seeds.DALIAN_2022.toString())).isZero();
        byte[] bytes = out.toByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = stdout().substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("\"指标 metric\",\"大连市 2022 目标 target\",\"大连市 2022 变化 change\"");
        // neither 2022 nor 2024 is reviewed by a report given (大连 2024 reviews 2023)
        assertThat(lines).contains(
                "\"地区生产总值\",\"增长8%左右\",\"first\",\"not_reviewed\",\"增长6%左右\",\"lowered\",\"not_reviewed\"");
    }

    @Test
    void targetsAsJsonAndInAnalyze() throws Exception {
        assertThat(run("targets", "--format", "json", Seeds.GAOXIN_2026.toString())).isZero();
        JsonNode root = new ObjectMapper().readTree(stdout());
        JsonNode first = root.get("targetTable").get("rows").get(0);
        assertThat(first.get("metric").asText()).isEqualTo("地区生产总值");
        assertThat(first.get("cells").get(0).get("target").get("value").decimalValue()).isEqualByComparingTo("6");
        out.reset();
        assertThat(run("analyze", Seeds.DALIAN_2022.toString())).isZero();
        JsonNode target = new ObjectMapper().readTree(stdout()).get("targets").get(0);
        assertThat(target.get("kind").asText()).isEqualTo("target");
        assertThat(target.get("metric").asText()).isEqualTo("地区生产总值");
        assertThat(target.get("qualifier").asText()).isEqualTo("左右");
        assertThat(target.get("year").asInt()).isEqualTo(2022);
        String text = Files.readString(Seeds.DALIAN_2022);
        assertThat(text.substring(target.get("start").asInt(), target.get("end").asInt())).isEqualTo("地区生产总值增长8%左右");
        assertThat(run("targets", "--format", "xml", Seeds.DALIAN_2022.toString())).isEqualTo(2);
    }

    @Test
    void analyzeTakesTheReportsOptionsAndCorrectionsOfAWorkspace(@TempDir Path dir) throws Exception {
        Path workspace = dir.resolve("review.rlw");
        WorkspaceFile.save(workspace, new Workspace(
                List.of(new WorkspaceReport(Seeds.GAOXIN_2026.toAbsolutePath().toString(),
                        "大连高新区", 2026)),
                java.util.Map.of("minDuplicate", "40"), List.of()));
        // the seed lies outside the workspace's folder: read only when the user says so
        assertThat(run("analyze", "--workspace", workspace.toString())).isEqualTo(2);
        assertThat(stderr()).contains(Seeds.GAOXIN_2026.toAbsolutePath() + ": lies outside the folder of the workspace "
                + workspace + "; it is read only with --trust-workspace");
        assertThat(run("analyze", "--workspace", workspace.toString(), "--trust-workspace")).isZero();
        JsonNode root = new ObjectMapper().readTree(stdout());
        assertThat(root.get("reports").get(0).get("government").asText()).isEqualTo("大连高新区");
        assertThat(root.get("reports").get(0).get("year").asInt()).isEqualTo(2026);
        assertThat(root.get("duplicates")).allSatisfy(d -> assertThat(d.get("length").asInt()).isGreaterThanOrEqualTo(40));
        Path broken = Files.writeString(dir.resolve("broken.rlw"), "{ not json");
        assertThat(run("analyze", "--workspace", broken.toString())).isEqualTo(2);
        assertThat(stderr()).contains(broken + ": is not a valid workspace");
        assertThat(Files.readString(broken)).isEqualTo("{ not json");
    }

    /** The alignment rows of the JSON on stdout as "a | b" ("-" where absent), "(pinned)" where the user linked them. */
    private List<String> rows() throws Exception {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(stdout()).get("alignment")) {
            List<String> ids = new ArrayList<>();
            row.get("sections").forEach(s -> ids.add(s.isNull() ? "-" : s.asText()));
            boolean pinned = false;
            for (JsonNode p : row.get("pairs")) {
                pinned |= p.get("pinned").asBoolean();
            }
            rows.add(String.join(" | ", ids) + (pinned ? " (pinned)" : ""));
        }
        return rows;
    }

    @Test
    void eachAlsoInSaysHowSureTheProgramIsOfItAndItsRowSaysItBack() throws Exception {
        assertThat(run("analyze", Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString())).isZero();
        List<JsonNode> links = new ArrayList<>();
        new ObjectMapper().readTree(stdout()).get("alignment").forEach(row -> row.get("alsoIn").forEach(links::add));
        assertThat(links).isNotEmpty().allSatisfy(l -> {
            assertThat(l.get("confidence").asDouble()).isBetween(0.5, 1.0);
            // the larger of the two sections' shares (of their own text), and each one's (of its whole text)
            double larger = Math.max(l.get("shareHere").asDouble(), l.get("shareThere").asDouble());
            assertThat(l.get("share").asDouble()).isCloseTo(larger, org.assertj.core.data.Offset.offset(0.2));
        });
        assertThat(links.stream().map(l -> l.get("confidence").asDouble()).distinct().count())
                .as("links differ in how sure the program is of them").isGreaterThan(1);
    }

    @Test
    void analyzeLinksAndUnlinksSectionsByReportAndNodeId() throws Exception {
        String y2022 = Seeds.DALIAN_2022.toString();
        String y2024 = Seeds.DALIAN_2024.toString();
        assertThat(run("analyze", y2022, y2024)).isZero();
        assertThat(rows()).contains("1.1 | 2.1", "1.2 | 2.2");
        out.reset();
        assertThat(run("analyze", "--link", "r1:1.2=r2:2.5", "--unlink", "r1:1.1=r2:2.1", y2022, y2024)).isZero();
        assertThat(stderr()).isEmpty();
        assertThat(rows()).contains("1.2 | 2.5 (pinned)").doesNotContain("1.1 | 2.1", "1.2 | 2.2");
        JsonNode pinned = new ObjectMapper().readTree(stdout()).get("alignment").findParents("pairs").stream()
                .filter(r -> r.get("sections").get(0).asText().equals("1.2")).findFirst().orElseThrow();
        assertThat(pinned.get("confidence").asDouble()).isEqualTo(1.0);
        assertThat(pinned.get("pairs").get(0).get("older").asInt()).isZero();
        assertThat(pinned.get("pairs").get(0).get("newer").asInt()).isEqualTo(1);
        // the corrections are in the output: a pair parted is otherwise two rows like any others (tour 12)
        JsonNode options = new ObjectMapper().readTree(stdout()).get("options");
        assertThat(options.get("links")).extracting(JsonNode::asText).containsExactly("r1:1.2=r2:2.5");
        assertThat(options.get("unlinks")).extracting(JsonNode::asText).containsExactly("r1:1.1=r2:2.1");
    }

    @Test
    void aLinkThatNamesNoSectionIsBadUsageNamingIt() {
        String y2022 = Seeds.DALIAN_2022.toString();
        String y2024 = Seeds.DALIAN_2024.toString();
        assertThat(run("analyze", "--link", "r1:1.2", y2022, y2024)).isEqualTo(2);
        assertThat(run("analyze", "--link", "r3:1.2=r2:2.1", y2022, y2024)).isEqualTo(2);
        assertThat(run("analyze", "--unlink", "r1:9.9=r2:2.1", y2022, y2024)).isEqualTo(2);
        assertThat(run("analyze", "--link", "r1:1.1=r1:1.2", y2022, y2024)).isEqualTo(2);
        assertThat(run("analyze", "--link", "r1:1.1.1=r2:2.1", y2022, y2024)).isEqualTo(2);
        assertThat(stderr()).contains("--link needs two sections as rA:ID=rB:ID, not 'r1:1.2'",
                "--link r3:1.2: r3 is not one of the loaded reports [r1, r2]",
                "--unlink r1:9.9: " + y2022 + " has no part or section '9.9'",
                "names two sections of one report", "'1.1.1' of " + y2022 + " is a topic lead, not a part or section");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aLinkNamingWhatIsNotThereSaysSoInOneLineAndAWronglyWrittenOneShowsTheUsage() throws Exception {
        String y2022 = Seeds.DALIAN_2022.toString();
        String y2024 = Seeds.DALIAN_2024.toString();
        assertThat(run("analyze", "--link", "r1:9.9=r2:2.1", y2022, y2024)).isEqualTo(2);
        assertThat(stderr().strip().lines()).singleElement().asString().contains("has no part or section '9.9'");
        assertThat(stdout()).isEmpty();
        err.reset();
        assertThat(run("analyze", "--link", "r1:1.2", y2022, y2024)).isEqualTo(2);
        assertThat(stderr()).contains("needs two sections as rA:ID=rB:ID", "usage:");
        // spaces around the ids are no part of them
        out.reset();
        assertThat(run("analyze", "--link", "r1: 1.2 = r2:2.5 ", y2022, y2024)).isZero();
        assertThat(rows()).contains("1.2 | 2.5 (pinned)");
    }

    @Test
    void aPartThatHasSectionsIsNotLinkedToASection() throws Exception {
        String y2022 = Seeds.DALIAN_2022.toString();
        String y2024 = Seeds.DALIAN_2024.toString();
        // 2022's part 1 (四、2022年重点工作安排) holds sections; 2.5 of 2024 is a section
        assertThat(run("analyze", "--link", "r1:1=r2:2.5", y2022, y2024)).isEqualTo(2);
        assertThat(stderr()).contains("--link r1:1=r2:2.5: a part that has sections pairs with a part, not with a section")
                .doesNotContain("usage:");
        assertThat(stdout()).isEmpty();
        // a part with a part is made
        out.reset();
        assertThat(run("analyze", "--link", "r1:1=r2:2", y2022, y2024)).isZero();
        assertThat(rows()).contains("1 | 2 (pinned)");
    }

    @Test
    void analyzeHonoursTheCorrectionsOfAWorkspaceAndTheCommandLineOnTop(@TempDir Path dir) throws Exception {
        String y2022 = Seeds.DALIAN_2022.toAbsolutePath().toString();
        String y2024 = Seeds.DALIAN_2024.toAbsolutePath().toString();
        Path workspace = dir.resolve("review.rlw");
        List<WorkspaceReport> reports = List.of(new WorkspaceReport(y2022, null, null), new WorkspaceReport(y2024, null, null));
        SectionLinks links = SectionLinks.NONE.with(
                new SectionLink(new SectionRef(y2022, "1.2", null), new SectionRef(y2024, "2.5", null), true));
        WorkspaceFile.save(workspace, new Workspace(reports, Map.of(), List.of(), links));
        assertThat(run("analyze", "--workspace", workspace.toString(), "--trust-workspace")).isZero();
        assertThat(rows()).contains("1.2 | 2.5 (pinned)");
        out.reset();
        // its reports named on the command line too are read once, and need no trust: the user named them
        assertThat(run("analyze", "--workspace", workspace.toString(), Seeds.DALIAN_2022.toString(),
                Seeds.DALIAN_2024.toString())).isZero();
        assertThat(stderr()).isEmpty();
        assertThat(new ObjectMapper().readTree(stdout()).get("reports")).hasSize(2);
        assertThat(rows()).contains("1.2 | 2.5 (pinned)");
        out.reset();
        // a command-line correction of the same pair wins over the workspace's
        assertThat(run("analyze", "--workspace", workspace.toString(), "--trust-workspace", "--unlink", "r1:1.2=r2:2.5")).isZero();
        assertThat(rows()).noneMatch(r -> r.startsWith("1.2 | 2.5"));
        out.reset();
        // a saved correction whose section is gone is reported and ignored
        SectionLinks gone = SectionLinks.NONE.with(new SectionLink(new SectionRef(y2022, "4.4", "不再有的标题"),
                new SectionRef(y2024, "2.5", null), true));
        WorkspaceFile.save(workspace, new Workspace(reports, Map.of(), List.of(), gone));
        assertThat(run("analyze", "--workspace", workspace.toString(), "--trust-workspace")).isZero();
        assertThat(stderr()).contains("names a section that is no longer there; it is ignored");
        assertThat(rows()).contains("1.1 | 2.1");
    }

    @Test
    void analyzeWritesTheHtmlExportToAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        Files.writeString(out, "an older export");
        assertThat(run("analyze", "--format", "html", "-o", out.toString(), Seeds.DALIAN_2022.toString(),
                Seeds.DALIAN_2024.toString())).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("<table class=\"compare\">");
        assertThat(run("analyze", "--format", "html", "-o", dir.resolve("missing/dir/x.html").toString(),
                Seeds.DALIAN_2022.toString())).isEqualTo(2);
        assertThat(stderr()).contains("cannot write");
    }

    @Test
    void analyzeWritesTheWordRedlineOfTwoReportsToAFileAndNowhereElse(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("redline.docx");
        assertThat(run("analyze", "--format", "docx", "-o", out.toString(), Seeds.GAOXIN_2024.toString(),
                Seeds.GAOXIN_2026.toString())).isZero();
        assertThat(stdout()).isEmpty();
        byte[] docx = Files.readAllBytes(out);
        assertThat(new String(docx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        org.reportlens.core.export.DocxChanges probe = new org.reportlens.core.export.DocxChanges(docx);
        assertThat(probe.accepted().replaceAll("\\s", "")).isEqualTo(Files.readString(Seeds.GAOXIN_2026).replaceAll("\\s", ""));
        assertThat(run("analyze", "--format", "docx", Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString())).isEqualTo(2);
        assertThat(stderr()).contains("-o FILE");
        assertThat(run("analyze", "--format", "docx", "-o", dir.resolve("three.docx").toString(), Seeds.DALIAN_2022.toString(),
                Seeds.DALIAN_2024.toString(), Seeds.GAOXIN_2026.toString())).isEqualTo(2);
        assertThat(stderr()).contains("exactly two reports");
        assertThat(dir.resolve("three.docx")).doesNotExist();
    }

    @Test
    void analyzeWritesThePrintedComparisonAsPdfToAFileOnly(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("compare.pdf");
        assertThat(run("analyze", "--format", "pdf", "-o", out.toString(), Seeds.DALIAN_2022.toString(),
                Seeds.DALIAN_2024.toString())).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).as("the layout engine's notes stay off stderr").isEmpty();
        assertThat(new String(Files.readAllBytes(out), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(run("analyze", "--format", "pdf", Seeds.DALIAN_2022.toString())).isEqualTo(2);
        assertThat(stderr()).contains("--format pdf", "-o FILE");
    }

    @Test
    void dupsNeverWritesTheLearnedListOverAReportItReads(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.txt");
        Files.copy(Seeds.DALIAN_2022, report);
        byte[] before = Files.readAllBytes(report);
        assertThat(run("dups", "--write-stock-phrases", report.toString(), report.toString(), Seeds.DALIAN_2024.toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains(report.toString(), "the report");
        assertThat(Files.readAllBytes(report)).isEqualTo(before);
        assertThat(stdout()).isEmpty();
    }
}
