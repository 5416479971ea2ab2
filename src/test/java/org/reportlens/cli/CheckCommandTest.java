package org.reportlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.testing.Seeds;

class CheckCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDraftThatMovedItsYearsOnAndUpdatedItsFiguresIsClean() {
        // 大连高新区's 2026 report against its 2024 one: nothing left behind
        assertThat(run("check", Seeds.GAOXIN_2026.toString(), "--against", Seeds.GAOXIN_2024.toString())).isZero();
        assertThat(stdout()).contains("\"findings\" : [ ]");
    }

    @Test
    void aStaleYearIsFoundWithItsPlaceAndEvidenceAndExitsThree(@TempDir Path dir) throws Exception {
        String real = Files.readString(Seeds.GAOXIN_2026);
        // a 2025 report made of the real 2026 one, and a draft for 2026 whose plan heading kept 2025
        Path older = dir.resolve("older.txt");
        Files.writeString(older, real.replace("和2026年重点工作安排", "和2025年重点工作安排").replace("2025年和“十四五”", "2024年和“十四五”"));
        Path draft = dir.resolve("draft.txt");
        Files.writeString(draft, real.replace("和2026年重点工作安排", "和2025年重点工作安排"));
        assertThat(run("check", draft.toString(), "--against", older.toString())).isEqualTo(CheckCommand.FOUND);
        JsonNode root = new ObjectMapper().readTree(stdout());
        // the draft is the older text but for its years: its review is a copied passage, its plan heading a stale year
        // (the seed holds its text twice, so the heading is there twice)
        java.util.List<JsonNode> stales = new java.util.ArrayList<>();
        root.get("findings").forEach(f -> {
            if (f.get("kind").asText().equals("stale-year")) {
                stales.add(f);
            }
        });
        assertThat(stales).hasSize(2);
        JsonNode stale = stales.get(1);
        assertThat(stale.get("text").asText()).isEqualTo("2025年");
        assertThat(stale.get("expected").asText()).isEqualTo("2026年");
        String text = Files.readString(draft);
        assertThat(text.substring(stale.get("start").asInt(), stale.get("end").asInt() + 6)).isEqualTo("2025年重点工作安排");
        assertThat(stale.get("evidence").get("report").asText()).isEqualTo(root.get("against").asText());
        assertThat(root.get("reports").get(root.get("draft").asText()).asText()).isEqualTo(draft.toString());

        assertThat(run("check", draft.toString(), "--against", older.toString(), "--format", "text")).isEqualTo(3);
        assertThat(stdout()).startsWith(draft + ":").contains("stale-year", "«2025年» (expected 2026年)");
    }

    @Test
    void aDraftGivenTheWrongWayRoundIsCheckedWithAWordThatItMayBe() {
        run("check", Seeds.GAOXIN_2024.toString(), "--against", Seeds.GAOXIN_2026.toString());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the draft " + Seeds.GAOXIN_2024 + " is of 2024, not after "
                + Seeds.GAOXIN_2026 + " (2026): are the two the wrong way round?");
        assertThat(stdout()).as("the findings still come").contains("\"findings\"");
        err.reset();
        run("check", Seeds.GAOXIN_2024.toString(), "--against", Seeds.DALIAN_2024.toString());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is of 2024, the same year as " + Seeds.DALIAN_2024
                + ": is one of them another year's?");
        err.reset();
        out.reset();
        run("check", Seeds.GAOXIN_2026.toString(), "--against", Seeds.GAOXIN_2024.toString());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void withoutThePreviousReportItIsAUsageErrorAndAnUnreadableOneIsNamed(@TempDir Path dir) {
        assertThat(run("check", Seeds.GAOXIN_2026.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--against");
        Path missing = dir.resolve("missing.txt");
        assertThat(run("check", Seeds.GAOXIN_2026.toString(), "--against", missing.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(missing.toString());
        assertThat(stdout()).isEmpty();
        // one report against itself is no check: every sentence would read as carried over
        assertThat(run("check", Seeds.GAOXIN_2026.toString(), "--against", Seeds.GAOXIN_2026.toAbsolutePath().toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the same file");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void theAnalysisJsonChecksEachPairsLaterReportAgainstItsEarlierOne() throws Exception {
        assertThat(run("analyze", Seeds.GAOXIN_2024.toString(), Seeds.GAOXIN_2026.toString())).isZero();
        JsonNode checks = new ObjectMapper().readTree(stdout()).get("checks");
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).get("draft").asText()).isEqualTo("r2");
        assertThat(checks.get(0).get("against").asText()).isEqualTo("r1");
        assertThat(checks.get(0).get("findings").isArray()).isTrue();
    }
}
