package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A section rewritten from end to end keeps too few words for the scores of the matching, but its
 * paragraphs' topics all go to its successor and back: the two are partners, not an "also in" between
 * two units left alone.
 */
class RewrittenSectionTest {
    static final String Y2023 = "二、2023年工作安排\n"
            + "（一）发展现代农业。\n"
            + "建设高标准农田十万亩，推广节水灌溉和良种良法，扶持家庭农场和农民合作社做大做强。\n"
            + "（二）丰富群众文化生活。\n"
            + "送戏下乡一千场，农家书屋补充新书五万册，广场舞大赛覆盖所有街道。\n"
            + "（三）改善城市交通。\n"
            + "新建城市道路三十公里，开通公交线路十二条，建成停车泊位五千个，缓解中心城区拥堵。\n";
    static final String Y2024 = "二、2024年工作安排\n"
            + "（一）推进乡村振兴。\n"
            + "建设高标准农田十万亩，推广节水灌溉和良种良法，扶持家庭农场做大做强。\n"
            + "（二）推动文化繁荣。\n"
            + "文艺院团演出进乡村，书屋和读书会遍及城乡，群众文化活动季季有主题。\n"
            + "（三）畅通城市交通。\n"
            + "新建城市道路四十公里，开通公交线路十五条，建成停车泊位六千个，缓解中心城区拥堵。\n";

    @Test
    void aRewrittenSectionIsItsSuccessorsPartner() {
        Comparison c = Comparer.compare(List.of(SplitMergeTest.report("r1", Y2023), SplitMergeTest.report("r2", Y2024)),
                CompareOptions.DEFAULTS);
        assertThat(SplitMergeTest.rows(c)).containsExactly("1 | 1", "1.1 | 1.1", "1.2 | 1.2", "1.3 | 1.3");
        AlignmentRow culture = c.alignment().get(2);
        // the confidence is the link's fitted chance: at least the 0.7 a link needs, not the certainty of a pin
        assertThat(culture.confidence()).isGreaterThanOrEqualTo(0.7).isLessThan(1.0);
    }

    @Test
    void aSectionAloneSaysHowOftenSuchSectionsReallyAre() {
        String withNew = Y2024 + "（四）支持国防建设。\n完善国防动员体系，支持驻地部队建设，做好退役军人服务保障工作。\n";
        Comparison c = Comparer.compare(List.of(SplitMergeTest.report("r1", Y2023), SplitMergeTest.report("r2", withNew)),
                CompareOptions.DEFAULTS);
        AlignmentRow defence = c.alignment().stream().filter(r -> "1.4".equals(r.sections().get(1))).findFirst()
                .orElseThrow();
        assertThat(defence.sections().get(0)).isNull();
        assertThat(defence.alsoIn()).isEmpty();
        // whatever its best candidate scored: that did not tell alone sections apart on the annotated pairs
        assertThat(defence.confidence()).isEqualTo(SectionAligner.ALONE);
    }

    /**
     * 2024's culture section: one paragraph from 2023's, six new ones on topics 2023 did not have — a link of log-odds
     * about 0.24, under the 0.3 from which a link crosses the order (with three new ones, 0.9, it does).
     */
    static final String CULTURE_2024 = "文艺院团演出进乡村，书屋和读书会遍及城乡，群众文化活动季季有主题。\n"
            + "推进博物馆数字化改造，建成智慧展厅三处，推出线上展览二十个，开发文创产品一百款。\n"
            + "设立非遗传承保护基金，扶持老字号技艺和传统工艺振兴，建设非遗工坊十家。\n"
            + "实施历史街区保护工程，修缮文物建筑十二处。\n"
            + "举办城市音乐节和戏剧节，引进国内外优秀剧目三十部，培育本土原创作品十部。\n"
            + "扶持实体书店和城市书房，新建社区阅读空间四十个，全民阅读指数居全省前列。\n"
            + "办好国际马拉松和全民健身运动会，新建体育公园五座，学校体育场馆向社会开放。\n";
    static final String FARMING_2024 = "（{n}）推进乡村振兴。\n建设高标准农田十万亩，推广节水灌溉和良种良法，扶持家庭农场做大做强。\n";
    static final String TRAFFIC_2024 = "（三）畅通城市交通。\n"
            + "新建城市道路四十公里，开通公交线路十五条，建成停车泊位六千个，缓解中心城区拥堵。\n";

    private static List<String> rowsWith(String y2024) {
        return SplitMergeTest.rowsOf(Y2023, y2024);
    }

    @Test
    void aLinkOfMiddlingOddsMakesPartnersInOrderButDoesNotCrossTheOrder() {
        // in 2023's order (农业, 文化, 交通) the link makes the two culture sections partners …
        String inOrder = "二、2024年工作安排\n" + FARMING_2024.replace("{n}", "一") + "（二）推动文化繁荣。\n" + CULTURE_2024
                + TRAFFIC_2024;
        assertThat(rowsWith(inOrder)).contains("1.2 | 1.2");
        // … but with culture moved first it would cross 农业's pair: it stays an "also in"
        String crossing = "二、2024年工作安排\n（一）推动文化繁荣。\n" + CULTURE_2024 + FARMING_2024.replace("{n}", "二")
                + TRAFFIC_2024;
        assertThat(rowsWith(crossing)).contains("1.1 | 1.2", "1.2 | - + also r2:1.1", "- | 1.1 + also r1:1.2");
        // with a quarter of it from 2023's (log-odds about 0.9, likelier than 0.3) it does cross: 重庆 2025→2026's
        // 投资消费 and 四稳, at 0.38, read as merged and split off in a tour
        String quarter = CULTURE_2024.substring(0, CULTURE_2024.indexOf("实施历史街区") + "实施历史街区保护工程，修缮文物建筑十二处。\n".length());
        String likelier = crossing.replace(CULTURE_2024, quarter);
        assertThat(likelier).as("the premise: four paragraphs").isNotEqualTo(crossing);
        assertThat(rowsWith(likelier)).contains("1.2 | 1.1", "1.1 | 1.2");
        // a sure link does cross: the whole rewritten section moved first
        String sure = "二、2024年工作安排\n（一）推动文化繁荣。\n文艺院团演出进乡村，书屋和读书会遍及城乡，群众文化活动季季有主题。\n"
                + FARMING_2024.replace("{n}", "二") + TRAFFIC_2024;
        assertThat(rowsWith(sure)).contains("1.2 | 1.1", "1.1 | 1.2");
    }
}
