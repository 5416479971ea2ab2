package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A review written as a run of topic leads ("脱贫成果有效巩固拓展。…", as 甘肃 2023 and many cities write
 * theirs) is aligned section by section with a review written in numbered sections — not shown as
 * one part beside four dropped sections.
 */
class LeadSectionsTest {
    static final String NUMBERED = "一、2020年工作回顾\n"
            + "过去一年极不平凡，全省上下攻坚克难，经济社会发展取得新成绩。\n"
            + "（一）脱贫攻坚取得决定性成就。全省剩余8个贫困县全部摘帽，现行标准下农村贫困人口全部脱贫，易地扶贫搬迁49.9万人。\n"
            + "（二）生态文明建设全面加强。祁连山生态环境问题整改全面完成，黄河流域生态保护扎实推进，完成造林绿化400万亩。\n"
            + "（三）改革开放深入推进。国资国企改革三年行动启动实施，营商环境持续优化，中欧班列开行数量增长一倍。\n"
            + "（四）民生福祉持续增进。城镇新增就业31万人，新建改扩建幼儿园500所，基本医疗保险参保率稳定在95%以上。\n";
    static final String LEADS = "一、2021年工作回顾\n"
            + "过去一年，我们统筹发展和安全，各项工作取得新成效。\n"
            + "脱贫成果有效巩固拓展。未发生规模性返贫，易地扶贫搬迁后续扶持有力，脱贫县农村居民收入增长11%。\n"
            + "生态建设水平稳步提升。黄河流域生态保护深入推进，祁连山生态修复成效巩固，完成造林绿化350万亩。\n"
            + "重点领域改革取得突破。国资国企改革三年行动高质量推进，营商环境持续改善，中欧班列开行数量再创新高。\n"
            + "民生保障持续强化。城镇新增就业32万人，新建改扩建幼儿园450所，基本医疗保险参保率稳定在95%以上。\n";

    /** 铁岭 2014's review and 2016's five-year targets, in "——" bullets (shortened). */
    static final String REVIEW_2014 = "一、2013年工作回顾\n"
            + "——国民经济平稳发展。全市地区生产总值实现1050亿元，增长8%；公共财政预算收入103.6亿元，增长12%；固定资产投资1050亿元，增长16%；社会消费品零售总额348亿元，增长13%。\n"
            + "——对外开放取得新成果。实际利用外资10亿美元，增长15%；出口总额增长12%。\n"
            + "——生态文明建设取得新成效。完成造林10万亩，森林覆盖率达到35%。\n"
            + "——百姓福祉进一步提高。城镇居民人均可支配收入20550元，增长10%。\n"
            + "二、2014年的主要工作\n"
            + "（一）全力提高对外开放水平。实际利用外资增长15%，出口总额增长10%。\n"
            + "（二）加强生态文明建设。完成造林10万亩，森林覆盖率提高1个百分点。\n";
    static final String TARGETS_2016 = "一、2015年暨“十二五”工作回顾\n"
            + "过去五年，我们攻坚克难，各项事业取得新进展。全市地区生产总值年均增长6%，公共财政预算收入年均增长5%。\n"
            + "二、“十三五”指导思想和发展目标\n"
            + "主要发展目标是：\n"
            + "——综合经济实力全面提升。人均地区生产总值比2010年翻一番，年均增长7%。一般公共预算收入年均增长7%以上；固定资产投资年均增长10%；社会消费品零售总额年均增长9%。\n"
            + "——发展动力与活力明显增强。非公有制经济增加值占地区生产总值的80%以上，高新技术产值年均增长30%。\n"
            + "——生态环境质量持续提升。单位生产总值能耗下降15%，森林覆盖率达到35.38%。\n"
            + "——人民生活水平普遍提高。城乡居民收入年均增长7%，城镇新增就业5万人。\n"
            + "三、2016年工作安排\n"
            + "（一）深入开展项目年活动，全方位扩大开放。实际利用外资增长10%。\n"
            + "（二）积极保护资源环境，建设美丽铁岭。完成造林8万亩。\n";

    @Test
    void aReviewsSectionsAreNotPairedWithFiveYearTargets() {
        // the five-year part is a plan, as a year's is, though its bullets read like a review's
        assertThat(SplitMergeTest.rowsOf(REVIEW_2014, TARGETS_2016))
                .noneMatch(row -> row.matches("1\\.\\d \\| 2\\.\\d.*"))
                .noneMatch(row -> row.matches("1\\.\\d.*also r2:2\\.\\d.*"));
    }

    @Test
    void aReviewWrittenAsTopicLeadsIsAlignedSectionBySection() {
        assertThat(SplitMergeTest.rowsOf(NUMBERED, LEADS)).containsExactly("1 | 1", "1.1 | 1.1", "1.2 | 1.2", "1.3 | 1.3",
                "1.4 | 1.4");
    }
}
