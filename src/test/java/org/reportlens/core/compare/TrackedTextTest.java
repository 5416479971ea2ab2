package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Seeds;

/**
 * The newer text with the older one's differences inline, written compactly: kept text as it is,
 * [-deleted-], {+inserted+}, [<moved from>] and {>moved to<}.
 */
class TrackedTextTest {

    private static TrackedText tracked(String a, String b) {
        return TrackedText.of(UnitsTest.pair(a, b, CompareOptions.DEFAULTS), a, b, Cancellation.NEVER);
    }

    private static String written(TrackedText t) {
        StringBuilder out = new StringBuilder();
        for (TrackedPiece p : t.pieces()) {
            String text = t.text(p);
            out.append(switch (p.kind()) {
                case KEPT -> text;
                case INSERTED -> "{+" + text + "+}";
                case DELETED -> "[-" + text + "-]";
                case MOVED_FROM -> "[<" + text + ">]";
                case MOVED_TO -> "{>" + text + "<}";
            });
        }
        return out.toString();
    }

    @Test
    void wordChangesInsideAnEditedSentenceAreDeletionsAndInsertions() {
        String a = "一、2024年工作安排\n地区生产总值增长8%左右。深化国资国企改革。\n";
        String b = "一、2024年工作安排\n地区生产总值增长6%左右。深化国资国企改革。\n";
        assertThat(written(tracked(a, b))).isEqualTo("一、2024年工作安排\n地区生产总值增长[-8-]{+6+}%左右。深化国资国企改革。\n");
    }

    @Test
    void newAndDroppedSentencesAreWholeAndLineBreaksStayKept() {
        String a = "一、工作安排\n深化国资国企改革。\n稳定粮食生产。\n";
        String b = "一、工作安排\n扩大文化旅游消费。\n稳定粮食生产。\n";
        assertThat(written(tracked(a, b))).isEqualTo("一、工作安排\n[-深化国资国企改革。-]{+扩大文化旅游消费。+}\n稳定粮食生产。\n");
    }

    @Test
    void aMovedSentenceIsMovedFromItsOldPlaceToItsNewOne() {
        String a = "一、工作安排\n全面推进乡村振兴战略实施。\n深化国资国企改革。\n稳定粮食生产。\n加快建设现代化产业体系。\n";
        String b = "一、工作安排\n深化国资国企改革。\n稳定粮食生产。\n加快建设现代化产业体系。\n全面推进乡村振兴战略实施。\n";
        TrackedText t = tracked(a, b);
        assertThat(written(t)).isEqualTo("一、工作安排\n[<全面推进乡村振兴战略实施。\n>]深化国资国企改革。\n稳定粮食生产。\n"
                + "加快建设现代化产业体系。\n{>全面推进乡村振兴战略实施。\n<}");
        assertThat(t.pieces().stream().filter(p -> p.move() > 0).map(TrackedPiece::move)).containsOnly(1);
    }

    @Test
    void widthThatTheComparisonFoldsIsStillAChangeHere() {
        String a = "一、工作安排\n(一)推进改革,扩大开放。\n";
        String b = "一、工作安排\n（一）推进改革，扩大开放。\n";
        TrackedText t = tracked(a, b);
        assertThat(written(t)).isEqualTo("一、工作安排\n[-(-]{+（+}一[-)-]{+）+}推进改革[-,-]{+，+}扩大开放。\n");
        assertThat(t.accepted()).isEqualTo(b);
        assertThat(t.rejected()).isEqualTo(a);
    }

    @Test
    void acceptingEverythingGivesTheNewerSeedAndRejectingEverythingTheOlder() {
        for (List<java.nio.file.Path> pair : List.of(List.of(Seeds.GAOXIN_2024, Seeds.GAOXIN_2026),
                List.of(Seeds.DALIAN_2022, Seeds.DALIAN_2024))) {
            LoadResult loaded = new ReportLoader().load(pair.stream().map(Object::toString).toList());
            List<Report> reports = loaded.reports();
            Comparison c = Comparer.compare(reports, CompareOptions.DEFAULTS);
            PairComparison p = c.pairs().get(0);
            Report older = reports.stream().filter(r -> r.id().equals(p.a())).findFirst().orElseThrow();
            Report newer = reports.stream().filter(r -> r.id().equals(p.b())).findFirst().orElseThrow();
            TrackedText t = TrackedText.of(p, older.original(), newer.original(), Cancellation.NEVER);
            assertThat(t.accepted()).isEqualTo(newer.original());
            assertThat(t.rejected()).isEqualTo(older.original());
            assertThat(t.pieces()).anyMatch(x -> x.kind() == TrackedPiece.Kind.INSERTED)
                    .anyMatch(x -> x.kind() == TrackedPiece.Kind.DELETED);
        }
    }
}
