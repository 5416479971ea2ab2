package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Seeds;

/** Alignment and diff on the sample reports, as the alignment issue states them. */
class SeedComparisonTest {

    private static List<Report> load(java.nio.file.Path... files) {
        LoadResult result = new ReportLoader().load(java.util.Arrays.stream(files).map(Object::toString).toList());
        assertThat(result.problems()).isEmpty();
        return result.reports();
    }

    private static Map<String, OutlineNode> nodes(Report r) {
        Map<String, OutlineNode> out = new java.util.HashMap<>();
        collect(r.outline(), out);
        return out;
    }

    private static void collect(List<OutlineNode> nodes, Map<String, OutlineNode> out) {
        nodes.forEach(n -> {
            out.put(n.id(), n);
            collect(n.children(), out);
        });
    }

    /** Seeds compared with the default options. */
    private record Compared(List<Report> reports, Comparison comparison) {
        static Compared of(java.nio.file.Path... files) {
            List<Report> reports = load(files);
            return new Compared(reports, Comparer.compare(reports, CompareOptions.DEFAULTS));
        }

        /** The row holding node {@code id} of the first report, as "id | id" ("-" where absent). */
        String rowOf(String id) {
            assertThat(nodes(reports.get(0))).containsKey(id);
            AlignmentRow row = comparison.alignment().stream().filter(r -> id.equals(r.sections().get(0)))
                    .findFirst().orElseThrow();
            return row.sections().stream().map(s -> s == null ? "-" : s).collect(Collectors.joining(" | "));
        }
    }

    @Test
    void gaoxin2024And2026LineUpTheirSectionsByTopic() {
        Compared c = Compared.of(Seeds.GAOXIN_2024, Seeds.GAOXIN_2026);
        // plan: 英歌石科学城, 实体经济, 营商环境, 安全 — each with its topic, whatever its number
        assertThat(c.rowOf("2.1")).isEqualTo("2.1 | 2.2");
        assertThat(c.rowOf("2.3")).isEqualTo("2.3 | 2.4");
        assertThat(c.rowOf("2.5")).isEqualTo("2.5 | 2.6");
        assertThat(c.rowOf("2.6")).isEqualTo("2.6 | 2.8");
        // review: 营商环境
        assertThat(c.rowOf("1.4")).isEqualTo("1.4 | 1.5");
        // 2023's 现代化产业体系 went on in 2025's 产业体系不断完善, in order; its paragraphs on attracting investment
        // went to 招商引资成效明显 too, which follows 创新策源 (1.3 | 1.3): that one is an "also in", not the
        // partner that would cross the order
        // 2023's 英歌石科学城 section has no successor of its own: 2025 tells of the science city in 创新策源, and the
        // row of the dropped section says it went there
        assertThat(SplitMergeTest.rows(c.comparison())).contains("1.1 | 1.2 + also r2:1.4", "- | 1.4 + also r1:1.1",
                "1.3 | 1.3 + also r1:1.2", "1.2 | - + also r2:1.3 + also r2:1.8");
        // … and the second copies the same: a paragraph whose topic is as alike to both copies goes to its own
        assertThat(SplitMergeTest.rows(c.comparison())).contains("3.1 | 3.2 + also r2:3.4", "- | 3.4 + also r1:3.1",
                "3.3 | 3.3 + also r1:3.2", "3.5 | 3.8 + also r1:3.2");
        // the second copies pair with the second copies
        assertThat(c.rowOf("4.1")).isEqualTo("4.1 | 4.2");
        assertThat(c.rowOf("3")).isEqualTo("3 | 3");
    }

    @Test
    void dalian2022SectionsFindTheir2024Counterparts() {
        Compared c = Compared.of(Seeds.DALIAN_2022, Seeds.DALIAN_2024);
        assertThat(c.rowOf("1")).isEqualTo("1 | 2");
        assertThat(c.rowOf("1.1")).isEqualTo("1.1 | 2.1");
        assertThat(c.rowOf("1.2")).isEqualTo("1.2 | 2.2");
    }

    @Test
    void theGdpTargetChangeMarksTheFigureAlone() {
        Compared c = Compared.of(Seeds.DALIAN_2022, Seeds.DALIAN_2024);
        List<Report> reports = c.reports();
        PairComparison pair = c.comparison().pairs().get(0);
        String a = reports.get(0).original();
        String b = reports.get(1).original();
        int eight = a.indexOf("地区生产总值增长8%左右") + "地区生产总值增长".length();
        Function<ChangeEnd, String> textA = e -> a.substring(e.start(), e.end());
        List<Change> atEight = pair.changes().stream().filter(ch -> ch.a().start() <= eight && eight < ch.a().end()).toList();
        assertThat(atEight).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(ChangeKind.REPLACE);
            assertThat(textA.apply(ch.a())).isEqualTo("8");
            assertThat(b.substring(ch.b().start(), ch.b().end())).isEqualTo("6");
            assertThat(b.substring(ch.b().start() - 8, ch.b().end() + 3)).isEqualTo("地区生产总值增长6%左右");
        });
    }

    @Test
    void everyChangeSpanLiesInsideItsReport() {
        List<Report> reports = load(Seeds.XIGANG_PLAN_PART, Seeds.DALIAN_2024, Seeds.GAOXIN_2024, Seeds.DALIAN_2022,
                Seeds.GAOXIN_2026);
        Comparison c = Comparer.compare(reports, CompareOptions.DEFAULTS);
        Map<String, Report> byId = reports.stream().collect(Collectors.toMap(Report::id, r -> r));
        assertThat(c.pairs()).hasSize(4);
        for (PairComparison pair : c.pairs()) {
            assertThat(pair.changes()).isNotEmpty();
            for (Change ch : pair.changes()) {
                assertThat(ch.a().report()).isEqualTo(pair.a());
                assertThat(ch.b().report()).isEqualTo(pair.b());
                assertThat(ch.a().end()).isLessThanOrEqualTo(byId.get(pair.a()).original().length());
                assertThat(ch.b().end()).isLessThanOrEqualTo(byId.get(pair.b()).original().length());
                if (ch.kind() != ChangeKind.INSERT) {
                    assertThat(ch.a().end()).isGreaterThan(ch.a().start());
                }
                if (ch.kind() != ChangeKind.DELETE) {
                    assertThat(ch.b().end()).isGreaterThan(ch.b().start());
                }
            }
        }
        // year order: 2022 (003), 2024 (001), 2024 plan (002), 2026 plan (004), unknown (000) last
        assertThat(c.reports()).containsExactly("r4", "r2", "r3", "r5", "r1");
    }

    @Test
    void theUnitsOfEverySeedPairCoverBothReportsAndTurnOneIntoTheOther() {
        List<Report> reports = load(Seeds.XIGANG_PLAN_PART, Seeds.DALIAN_2024, Seeds.GAOXIN_2024, Seeds.DALIAN_2022,
                Seeds.GAOXIN_2026);
        Map<String, Report> byId = reports.stream().collect(Collectors.toMap(Report::id, r -> r));
        for (Granularity g : Granularity.values()) {
            CompareOptions options = CompareOptions.DEFAULTS.withGranularity(g);
            for (PairComparison pair : Comparer.compare(reports, options).pairs()) {
                UnitInvariants.check(pair, byId.get(pair.a()), byId.get(pair.b()), options, false);
                assertThat(pair.fallbacks()).isEmpty();
            }
        }
    }

    @Test
    void aReportComparedWithItselfHasNoChanges() {
        List<Report> reports = load(Seeds.DALIAN_2024, Seeds.DALIAN_2024);
        Comparison c = Comparer.compare(reports, CompareOptions.DEFAULTS);
        assertThat(c.pairs().get(0).changes()).isEmpty();
        assertThat(c.pairs().get(0).units()).isNotEmpty().allSatisfy(u -> assertThat(u.kind()).isEqualTo(UnitKind.SAME));
        assertThat(c.alignment()).allSatisfy(row -> assertThat(row.present()).isEqualTo(2));
    }
}
