package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;

/**
 * A paragraph alike to two sections of the next year (a section split in two, each keeping a version of
 * it) finds its best match in one of them only; the near flow counts it for both.
 */
class NearFlowTest {
    static final String Y2023 = "二、2023年工作安排\n"
            + "（一）发展现代农业。\n"
            + "建设高标准农田十万亩，推广节水灌溉和良种良法，扶持家庭农场和农民合作社做大做强。\n"
            + "（二）改善城市交通。\n"
            + "新建城市道路三十公里，开通公交线路十二条，建成停车泊位五千个，缓解中心城区拥堵。\n";
    static final String Y2024 = "二、2024年工作安排\n"
            + "（一）推进乡村振兴。\n"
            + "建设高标准农田十万亩，推广节水灌溉和良种良法，扶持家庭农场做大做强。\n"
            + "开展农村人居环境整治，完成改厕两万户，实现生活垃圾分类收运处置体系全覆盖。\n"
            + "实施乡村文化振兴工程，新建村级文化广场一百个，举办农民丰收节系列活动。\n"
            + "（二）壮大特色产业。\n"
            + "建设高标准农田十万亩，推广节水灌溉和良种良法，扶持农民合作社做大做强。\n"
            + "培育特色农产品品牌二十个，建设冷链物流中心三个，拓展农产品电商销售渠道。\n"
            + "发展乡村旅游和民宿经济，打造精品旅游线路十条，带动农户增收。\n"
            + "（三）改善城市交通。\n"
            + "新建城市道路四十公里，开通公交线路十五条，建成停车泊位六千个，缓解中心城区拥堵。\n";

    @Test
    void aParagraphAlikeToBothPlacesOfASplitCountsForBoth() {
        List<Report> reports = List.of(SplitMergeTest.report("r1", Y2023), SplitMergeTest.report("r2", Y2024));
        List<List<AlignUnit>> units = List.of(AlignUnit.of(0, reports.get(0)), AlignUnit.of(1, reports.get(1)));
        ChunkFlow.Flows flows = new ChunkFlow(reports, units, AlignerSettings.DEFAULT).flows(0, 1);
        AlignUnit farming = unit(units.get(0), "1.1");
        AlignUnit villages = unit(units.get(1), "1.1");
        AlignUnit produce = unit(units.get(1), "1.2");
        AlignUnit traffic = unit(units.get(1), "1.3");

        // best matches: the farming paragraph went to one of the two, which holds a third of its text
        assertThat(Math.min(flows.ownCoverage(farming, villages), flows.ownCoverage(farming, produce)))
                .isBetween(0.2, 0.5);
        // near matches: all of 发展现代农业 went to both
        assertThat(flows.nearCoverage(farming, villages)).isEqualTo(1.0);
        assertThat(flows.nearCoverage(farming, produce)).isEqualTo(1.0);
        // and nowhere else
        assertThat(flows.nearCoverage(farming, traffic)).isZero();
        assertThat(flows.nearCoverage(unit(units.get(0), "1.2"), traffic)).isEqualTo(1.0);
        for (AlignUnit x : units.get(0)) {
            for (AlignUnit y : units.get(1)) {
                assertThat(flows.nearCoverage(x, y)).as(x + " " + y).isGreaterThanOrEqualTo(flows.ownCoverage(x, y));
            }
        }
    }

    private static AlignUnit unit(List<AlignUnit> units, String id) {
        return units.stream().filter(u -> u.node.id().equals(id)).findFirst().orElseThrow();
    }
}
