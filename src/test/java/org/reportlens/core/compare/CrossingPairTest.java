package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;

/**
 * A pair that would cross the order of the others gives way to a sure "also in" in order: a section that
 * took over another's paragraphs on attracting investment is not the partner of that section when the
 * section in its place carries on its topic (industry) — it is an "also in" of it. Both ways: the merged
 * section may be the later one or the earlier one. The seeds of 大连高新区 show the same
 * ({@code SeedComparisonTest}).
 */
class CrossingPairTest {
    private static final String FARMING = "建设高标准农田十万亩，推广节水灌溉和良种良法，扶持家庭农场做大做强。\n";
    private static final String INDUSTRY_2023 =
            "培育新能源汽车和集成电路产业集群，推动传统制造业智能化改造，新增规上工业企业五十家。\n";
    private static final String INDUSTRY_2024 =
            "做强新能源汽车和集成电路两大产业集群，传统制造业智能化改造全覆盖，规上工业企业突破六百家。\n";
    private static final String INVESTMENT = "成立七个招商专班，实行项目分级调度和月度进展上墙，全年签约亿元以上项目八十个。\n"
            + "落实项目赛马机制，新开工项目一百零八个，落地项目一百二十个，外资到位增长一成。\n";
    private static final String CULTURE = "送戏下乡一千场，农家书屋补充新书五万册，广场舞大赛覆盖所有街道。\n";

    /** 2023: 农业, 产业, 文化, 招商 — four sections. */
    static final String FOUR = "二、2023年工作安排\n（一）发展现代农业。\n" + FARMING + "（二）壮大现代产业体系。\n" + INDUSTRY_2023
            + "（三）丰富群众文化生活。\n" + CULTURE + "（四）抓好招商引资。\n" + INVESTMENT;
    /** 2024: 农业, 产业 with 招商's paragraphs, 文化 — three. */
    static final String THREE = "二、2024年工作安排\n（一）推进乡村振兴。\n" + FARMING + "（二）加快构建现代化产业体系。\n"
            + INDUSTRY_2024 + INVESTMENT + "（三）丰富群众文化生活。\n" + CULTURE;

    private static Comparison compare(String older, String newer, SectionLinks links) {
        List<Report> reports = List.of(SplitMergeTest.report("r1", older), SplitMergeTest.report("r2", newer));
        return Comparer.compare(reports, CompareOptions.DEFAULTS.withLinks(links));
    }

    @Test
    void aLaterSectionThatTookOverAnotherIsThePartnerOfTheOneInItsPlace() {
        // 招商 (1.4) matches the merged 产业 (1.2) best, but pairing them crosses 文化's pair
        assertThat(SplitMergeTest.rows(compare(FOUR, THREE, SectionLinks.NONE)))
                .containsExactly("1 | 1", "1.1 | 1.1", "1.2 | 1.2 + also r1:1.4", "1.3 | 1.3", "1.4 | - + also r2:1.2");
    }

    /** The same reports the other way round: 2023 merged, 2024 split. */
    static final String MERGED = THREE.replace("2024", "2023").replace("加快构建现代化产业体系", "壮大现代产业体系")
            .replace(INDUSTRY_2024, INDUSTRY_2023);
    static final String SPLIT = FOUR.replace("2023", "2024").replace("壮大现代产业体系", "加快构建现代化产业体系")
            .replace(INDUSTRY_2023, INDUSTRY_2024);

    @Test
    void anEarlierSectionThatHeldAnotherIsThePartnerOfTheOneInItsPlace() {
        assertThat(SplitMergeTest.rows(compare(MERGED, SPLIT, SectionLinks.NONE)))
                .containsExactly("1 | 1", "1.1 | 1.1", "1.2 | 1.2 + also r2:1.4", "1.3 | 1.3", "- | 1.4 + also r1:1.2");
    }

    @Test
    void aStrongerLinkAcrossTheOrderDoesNotKeepTheCrossingPair() {
        // 2023's 产业 held paragraphs on 园区 too, which 2024 gives a section of its own after 招商: 产业 matches it
        // across the order, and its link to 招商, stronger than the one to its successor 推动制造业提质升级, crosses
        // as well — so neither keeps it from its successor
        String parks = "建成智能制造、新材料两个特色产业园区，园区亩均税收提高到四十万元，盘活闲置厂房二十万平方米。\n"
                + "推行园区标准地出让和拿地即开工，新建标准厂房三十万平方米，园区污水管网实现全覆盖。\n";
        String merged = MERGED.replace(INVESTMENT, INVESTMENT + parks);
        String split = SPLIT.replace("加快构建现代化产业体系", "推动制造业提质升级").replace(INDUSTRY_2024,
                "新能源汽车整车产能达到三十万辆，集成电路企业增至八十家，新建智能工厂二十个。\n") + "（五）提升园区能级。\n" + parks;
        assertThat(SplitMergeTest.rows(compare(merged, split, SectionLinks.NONE))).contains("1.3 | 1.3",
                "- | 1.4 + also r1:1.2", "- | 1.5 + also r1:1.2").anyMatch(r -> r.startsWith("1.2 | 1.2 + also"));
    }

    @Test
    void aPairTheUserPinnedStaysAcrossTheOrder() {
        assertThat(SplitMergeTest.rows(compare(FOUR, THREE, pin("1.4", "1.2"))))
                .contains("1.4 | 1.2 + also r1:1.2", "1.2 | - + also r2:1.2");
        assertThat(SplitMergeTest.rows(compare(MERGED, SPLIT, pin("1.2", "1.4"))))
                .contains("1.2 | 1.4 + also r2:1.2", "- | 1.2 + also r1:1.2");
    }

    /** The user's link of section {@code a} of the older report with {@code b} of the newer. */
    private static SectionLinks pin(String a, String b) {
        return SectionLinks.NONE.with(new SectionLink(new SectionRef("r1.txt", a, null), new SectionRef("r2.txt", b, null),
                true));
    }

    /** 国务院 2023's plan (excerpts, shortened): one part of proposals, 内需 first. */
    private static final String PROPOSALS_2023 = "2023年政府工作报告\n"
            + "二、对今年政府工作的建议\n"
            + "（一）着力扩大国内需求。\n"
            + "把恢复和扩大消费摆在优先位置，多渠道增加城乡居民收入，稳定汽车等大宗消费，推动餐饮、文化、旅游、体育等生活服务消费恢复。\n"
            + "政府投资和政策激励要有效带动全社会投资，今年拟安排地方政府专项债券3.8万亿元，加快实施“十四五”重大工程，鼓励和吸引更多民间资本参与国家重大工程和补短板项目建设。\n"
            + "（二）加快建设现代化产业体系。\n"
            + "围绕制造业重点产业链，找准关键核心技术和零部件薄弱环节，集中优质资源合力推进关键核心技术攻关，加快传统产业和中小企业数字化转型，培育壮大战略性新兴产业。\n"
            + "（三）深化国资国企改革。\n"
            + "提高国企核心竞争力，坚持分类改革方向，处理好国企经济责任和社会责任关系，完善中国特色国有企业现代公司治理，真正按市场化机制运营。\n";
    /**
     * 2024's: a part of general policy, whose fiscal section speaks of consumption and special bonds too, then the
     * tasks, 内需 after 产业.
     */
    private static final String TASKS_2024 = "2024年政府工作报告\n"
            + "二、2024年经济社会发展总体要求和政策取向\n"
            + "（一）积极的财政政策要适度加力、提质增效。\n"
            + "综合考虑发展需要和财政可持续，用好财政政策空间，提高资金效益和政策效果，落实好结构性减税降费政策，重点支持科技创新和制造业发展，稳定汽车等大宗消费。\n"
            + "拟安排地方政府专项债券3.9万亿元，比上年增加1000亿元，中央预算内投资拟安排7000亿元，优化债券资金投向。\n"
            + "（二）稳健的货币政策要灵活适度、精准有效。\n"
            + "保持流动性合理充裕，社会融资规模、货币供应量同经济增长和价格水平预期目标相匹配，加强总量和结构双重调节。\n"
            + "三、2024年政府工作任务\n"
            + "（一）大力推进现代化产业体系建设。\n"
            + "围绕制造业重点产业链，集中优质资源推进关键核心技术攻关，推动传统产业高端化、智能化、绿色化转型，加快中小企业数字化转型，培育壮大战略性新兴产业。\n"
            + "（二）着力扩大国内需求，推动经济实现良性循环。\n"
            + "促进消费稳定增长，推动餐饮、文化、旅游、体育等生活服务消费提质扩容，积极扩大有效投资，鼓励和吸引更多民间资本参与国家重大工程和补短板项目建设。\n"
            + "（三）深化国资国企改革。\n"
            + "提高国企核心竞争力，完善中国特色国有企业现代公司治理，坚持分类改革方向，处理好国企经济责任和社会责任关系，真正按市场化机制运营。\n";

    @Test
    void aCrossingPairInThePartsPartnerDoesNotGiveWayToALinkInAnotherPart() {
        // 2023's 内需 pairs with 2024's 内需 across 产业's pair; its text best matched the fiscal section of the part
        // before, a sure link in order — but of parts that are not partners: the pair stands, the fiscal section is
        // an "also in"
        assertThat(SplitMergeTest.rows(compare(PROPOSALS_2023, TASKS_2024, SectionLinks.NONE)))
                .contains("1.1 | 2.2 + also r2:1.1", "- | 1.1 + also r1:1.1", "1.2 | 2.1", "1.3 | 2.3");
    }
}
