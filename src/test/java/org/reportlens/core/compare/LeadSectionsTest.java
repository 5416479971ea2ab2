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

    @Test
    void aReviewWrittenAsTopicLeadsIsAlignedSectionBySection() {
        assertThat(SplitMergeTest.rowsOf(NUMBERED, LEADS)).containsExactly("1 | 1", "1.1 | 1.1", "1.2 | 1.2", "1.3 | 1.3",
                "1.4 | 1.4");
    }
}
