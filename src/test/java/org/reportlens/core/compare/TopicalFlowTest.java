package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;

/**
 * A section split in two with its paragraphs rewritten: no paragraph keeps enough of its words to find
 * a match, yet each one's topic still goes to the section of the next year that speaks of it.
 */
class TopicalFlowTest {
    static final String Y2023 = "二、2023年工作安排\n"
            + "（一）繁荣文化体育事业。\n"
            + "办好公共图书馆和博物馆，免费开放美术馆，送戏下乡一千场。\n"
            + "群众健身热情高涨，各类赛事精彩纷呈，青少年踊跃参与其中。\n"
            + "（二）改善城市交通。\n"
            + "新建城市道路三十公里，开通公交线路十二条，建成停车泊位五千个，缓解中心城区拥堵。\n";
    static final String Y2024 = "二、2024年工作安排\n"
            + "（一）推动文化繁荣。\n"
            + "图书馆实现镇街全覆盖，博物馆推出精品展览二十个，美术馆延时开放。\n"
            + "扶持本土文艺创作，打造城市文化品牌，丰富群众精神文化生活。\n"
            + "（二）发展体育事业。\n"
            + "体育公园扩容提质，社区健身步道新增八十公里，马拉松赛事提档升级。\n"
            + "青少年体育培训普及开展，竞技体育后备人才梯队加快建设。\n"
            + "（三）畅通城市交通。\n"
            + "新建城市道路四十公里，开通公交线路十五条，建成停车泊位六千个，缓解中心城区拥堵。\n";

    @Test
    void rewrittenParagraphsOfASplitSectionGoToTheSectionsOfTheirTopic() {
        List<Report> reports = List.of(SplitMergeTest.report("r1", Y2023), SplitMergeTest.report("r2", Y2024));
        List<List<AlignUnit>> units = List.of(AlignUnit.of(0, reports.get(0)), AlignUnit.of(1, reports.get(1)));
        ChunkFlow chunks = new ChunkFlow(reports, units, AlignerSettings.DEFAULT);
        chunks.weigh(0, 1);
        UnitVectors.compute(units, chunks, 0, 1);
        AlignUnit both = unit(units.get(0), "1.1");
        AlignUnit culture = unit(units.get(1), "1.1");
        AlignUnit sport = unit(units.get(1), "1.2");
        AlignUnit traffic = unit(units.get(1), "1.3");

        List<ChunkFlow.Chunk> older = chunks.chunks.get(0);
        int[] best = chunks.bestMatches(0, 1);
        AlignUnit[] topic = new TopicalFlow(units.get(1)).destinations(older, CompareOptions.DEFAULTS);
        String text = reports.get(0).text().folded();
        int checked = 0;
        for (int i = 0; i < older.size(); i++) {
            String paragraph = text.substring(older.get(i).start, older.get(i).end);
            if (paragraph.startsWith("办好公共图书馆")) {
                assertThat(topic[i]).isSameAs(culture);
                checked++;
            } else if (paragraph.startsWith("群众健身")) {
                assertThat(best[i]).as("too little of it is left to match").isEqualTo(-1);
                assertThat(topic[i]).isSameAs(sport);
                checked++;
            } else if (paragraph.startsWith("新建城市道路")) {
                assertThat(topic[i]).isSameAs(traffic);
                checked++;
            }
        }
        assertThat(checked).as("each of the three paragraphs was found and checked").isEqualTo(3);
        ChunkFlow.Flows flows = chunks.flows(0, 1, CompareOptions.DEFAULTS);
        assertThat(flows.ownCoverage(both, sport)).isZero();
        assertThat(flows.topicShares(both, culture).larger()).isBetween(0.3, 0.7);
        assertThat(flows.topicShares(both, sport).larger()).isBetween(0.3, 0.7);
        assertThat(flows.topicShares(both, traffic).larger()).isZero();
        // the link shows the paragraph whose topic went there
        assertThat(flows.matchedA(both, sport)).hasSize(1);
    }

    @Test
    void theAlignerShowsTheSplitAsAlsoIn() {
        Report older = SplitMergeTest.report("r1", Y2023);
        Report newer = SplitMergeTest.report("r2", Y2024);
        Comparison comparison = Comparer.compare(List.of(older, newer), CompareOptions.DEFAULTS);
        AlignmentRow row = comparison.alignment().stream()
                .filter(r -> "1.1".equals(r.sections().get(0))).findFirst().orElseThrow();
        List<String> elsewhere = row.alsoIn().stream().map(AlsoIn::section).toList();
        assertThat(List.of(row.sections().get(1), elsewhere.isEmpty() ? "" : elsewhere.get(0)))
                .containsExactlyInAnyOrder("1.1", "1.2");
        assertThat(elsewhere).doesNotContain("1.3");
        // the share shown is what the paragraphs listed make up of their section (the larger side)
        AlsoIn link = row.alsoIn().get(0);
        double here = fraction(link.here(), older.outline().get(0).children().get(0));
        double there = fraction(link.there(), newer.outline().get(0).children().stream()
                .filter(n -> n.id().equals(link.section())).findFirst().orElseThrow());
        assertThat(link.share()).isCloseTo(Math.max(here, there), org.assertj.core.data.Offset.offset(0.05));
    }

    /** How much of a section's text after its heading the spans make up. */
    private static double fraction(List<org.reportlens.core.text.Span> spans, org.reportlens.core.outline.OutlineNode section) {
        return spans.stream().mapToInt(s -> s.end() - s.start()).sum() / (double) (section.end() - section.headingEnd());
    }

    private static AlignUnit unit(List<AlignUnit> units, String id) {
        return units.stream().filter(u -> u.node.id().equals(id)).findFirst().orElseThrow();
    }
}
