package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A section split into two neighbours: one keeps its words and becomes the partner; the other rewrites
 * its share of the text and adds more, too little alike for a link on its own (log-odds about −2, below even the
 * bar for two sections), but
 * it sits next to the partner — it also continues the old section. The same section placed elsewhere is
 * not linked on so little.
 */
class NeighbourSplitTest {
    private static final String FARMING = "（{n}）发展现代农业。\n建设高标准农田十万亩，推广节水灌溉和良种良法，扶持家庭农场做大做强。\n";
    private static final String CULTURE = "（{n}）丰富群众文化生活。\n送戏下乡一千场，农家书屋补充新书五万册，广场舞大赛覆盖所有街道。\n";
    static final String Y2023 = "二、2023年工作安排\n" + FARMING.replace("{n}", "一")
            + "（二）推动产业转型升级。\n"
            + "培育新能源汽车和集成电路产业集群，推动传统制造业智能化改造，新增规上工业企业五十家。\n"
            + "实施技术改造项目三百个，建设智能工厂和数字化车间，工业投资增长一成以上。\n"
            + "推进工业园区扩容提质，完善园区道路管网和标准厂房，新增入园项目八十个，园区产值突破千亿元。\n"
            + "发展现代物流、金融服务和商贸会展，推动生产性服务业向专业化延伸，生活性服务业向高品质转变。\n"
            + CULTURE.replace("{n}", "三");
    private static final String MAKING = "（二）壮大先进制造业。\n"
            + "培育新能源汽车和集成电路产业集群，推动传统制造业智能化改造，新增规上工业企业六十家。\n"
            + "实施技术改造项目三百五十个，建设智能工厂和数字化车间，工业投资增长一成以上。\n";
    private static final String SERVICES = "（{n}）提升服务业能级。\n"
            + "建设区域物流枢纽，引进金融机构，让服务业占比提高两个百分点。\n"
            + "打造文旅消费街区，办好音乐节和戏曲节，送戏下乡和农家书屋向景区延伸，接待游客增长一成。\n"
            + "发展农村电商和冷链配送，农产品网络零售额增长两成，家庭农场产品进城更快。\n";

    private static List<String> rows(String y2024) {
        return SplitMergeTest.rowsOf(Y2023, y2024);
    }

    @Test
    void theRewrittenHalfNextToThePartnerAlsoContinuesTheSection() {
        String y2024 = "二、2024年工作安排\n" + FARMING.replace("{n}", "一") + MAKING + SERVICES.replace("{n}", "三")
                + CULTURE.replace("{n}", "四");
        assertThat(rows(y2024)).containsExactly("1 | 1", "1.1 | 1.1", "1.2 | 1.2 + also r2:1.3", "- | 1.3 + also r1:1.2",
                "1.3 | 1.4");
    }

    @Test
    void theSameHalfAwayFromThePartnerIsNotLinkedOnSoLittle() {
        String y2024 = "二、2024年工作安排\n" + FARMING.replace("{n}", "一") + MAKING + CULTURE.replace("{n}", "三")
                + SERVICES.replace("{n}", "四");
        assertThat(rows(y2024)).containsExactly("1 | 1", "1.1 | 1.1", "1.2 | 1.2", "1.3 | 1.3", "- | 1.4");
    }

    @Test
    void aSectionThatTookOverAThirdOfAnotherIsLinkedWhereverItStands() {
        // 2023's 产业转型 without its paragraph on industrial parks: the services paragraph that went is a third
        // of it, and 2024's services section keeps 金融 and 商贸 too (log-odds about −0.5: short of the bar of
        // 0 for any two units, above that of −1.25 for two sections)
        String older = Y2023.replace("推进工业园区扩容提质，完善园区道路管网和标准厂房，新增入园项目八十个，园区产值突破千亿元。\n", "");
        String services = SERVICES.replace("引进金融机构，", "引进金融机构总部，办好商贸博览会，");
        String y2024 = "二、2024年工作安排\n" + FARMING.replace("{n}", "一") + MAKING + CULTURE.replace("{n}", "三")
                + services.replace("{n}", "四");
        Comparison c = Comparer.compare(List.of(SplitMergeTest.report("r1", older), SplitMergeTest.report("r2", y2024)),
                CompareOptions.DEFAULTS);
        assertThat(SplitMergeTest.rows(c)).containsExactly("1 | 1", "1.1 | 1.1", "1.2 | 1.2 + also r2:1.4",
                "1.3 | 1.3", "- | 1.4 + also r1:1.2");
        // … and says it is less sure of it than of a split that kept its words (above 0.9)
        assertThat(c.alignment().get(2).alsoIn().get(0).confidence()).isBetween(0.6, 0.8);
    }
}
