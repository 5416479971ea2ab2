package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.testing.Draw;
import org.reportlens.testing.SeededTries;
import org.reportlens.testing.Seeds;

/**
 * The corpus run's pair figures count each shared character once: never more than the shorter
 * report of the pair, whatever the boilerplate repeats and overlaps (issue 17 found 29,933 shared
 * characters between two reports of 21,424); reuse shares are fractions.
 */
class CorpusScanTest {
    private static final CorpusScan.Options OPTIONS = new CorpusScan.Options(
            DuplicateOptions.defaults().withStockPhrases(StockPhrases.none()), 500, 20, 0);

    @TempDir
    Path dir;

    @Test
    void onTheSeedsNoPairSharesMoreThanItsShorterReport() {
        // 002 holds its whole text twice, 001 and 003 share target sentences: the hard cases, real text
        CorpusDuplicates result = CorpusScan.scan(List.of(Seeds.XIGANG_PLAN_PART, Seeds.DALIAN_2024, Seeds.GAOXIN_2024,
                Seeds.DALIAN_2022, Seeds.GAOXIN_2026), OPTIONS, m -> { });
        assertThat(result.problems()).isEmpty();
        assertThat(result.pairs()).isNotEmpty();
        assertInvariants(result);
    }

    /** Reports made of the same few real sentences, repeated, overlapping and shuffled. */
    private record Corpus(List<String> texts) {
        @Override
        public String toString() {
            return String.join("\n-----\n", texts);
        }
    }

    private static final List<String> SENTENCES = sentences();

    private static List<String> sentences() {
        try {
            String text = Files.readString(Seeds.DALIAN_2024, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String s : text.split("(?<=。)")) {
                String t = s.strip();
                if (t.length() >= 15 && t.length() <= 120 && t.indexOf('\n') < 0) {
                    out.add(t);
                }
            }
            return List.copyOf(out.subList(0, Math.min(40, out.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Corpus draw(Draw draw) {
        List<String> texts = new ArrayList<>();
        int reports = draw.between(2, 5);
        for (int r = 0; r < reports; r++) {
            StringBuilder text = new StringBuilder();
            int sentences = draw.between(3, 25);
            for (int s = 0; s < sentences; s++) {
                if (draw.between(0, 3) == 0) {
                    text.append("第").append(r * 1000 + s).append("号报告独有的一句话，");
                }
                // a small pool: the same sentences recur within a report and across reports
                text.append(SENTENCES.get(draw.between(0, Math.min(8, SENTENCES.size()) - 1)));
                if (draw.coin()) {
                    text.append('\n');
                }
            }
            texts.add(text.toString());
        }
        return new Corpus(texts);
    }

    @TestFactory
    Stream<DynamicTest> onRandomBoilerplateNoPairSharesMoreThanItsShorterReport() {
        return SeededTries.of(1717, 25, CorpusScanTest::draw, corpus -> {
            Path tryDir = Files.createTempDirectory(dir, "try");
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < corpus.texts().size(); i++) {
                files.add(Files.writeString(tryDir.resolve(i + ".txt"), corpus.texts().get(i), StandardCharsets.UTF_8));
            }
            assertInvariants(CorpusScan.scan(files, OPTIONS, m -> { }));
        });
    }

    private static void assertInvariants(CorpusDuplicates result) {
        Map<String, Integer> characters = new HashMap<>();
        result.reports().forEach(r -> characters.put(r.id(), r.characters()));
        for (ReportPair pair : result.pairs()) {
            int shorter = Math.min(characters.get(pair.a()), characters.get(pair.b()));
            assertThat(pair.sharedCharacters()).as("%s", pair).isPositive().isLessThanOrEqualTo(shorter);
            assertThat(pair.a()).isNotEqualTo(pair.b());
        }
        for (ReuseShare share : result.reuse()) {
            assertThat(share.otherReports()).as("%s", share).isBetween(0.0, 1.0);
            assertThat(share.sameReport()).as("%s", share).isBetween(0.0, 1.0);
            for (SectionReuse section : share.sections()) {
                assertThat(section.otherReports()).isBetween(0.0, 1.0);
                assertThat(section.sameReport()).isBetween(0.0, 1.0);
                section.byReport().forEach(b -> assertThat(b.share()).isBetween(0.0, 1.0));
            }
        }
    }
}
