package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportlens.core.compare.SplitMergeTest.report;
import static org.reportlens.core.compare.SplitMergeTest.rows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report at the start of a five-year plan has a part of five-year tasks next to its year's tasks.
 * The five-year part shares the year's vocabulary by nature, so it is kept apart: one year's plan
 * pairs with the next year's plan, never with the five-year tasks, and no "also in" joins them.
 */
class FiveYearPartsTest {
    private static final String Y2025 = "一、2024年工作回顾\n"
            + "过去一年，地区生产总值增长5.5%，新增城镇就业5万人，完成了年度目标任务。\n"
            + "二、2025年工作安排\n"
            + "（一）加快建设现代化产业体系。\n"
            + "培育壮大新能源汽车、集成电路、生物医药产业集群，推进传统产业智能化改造，建设先进制造业基地。\n"
            + "（二）持续增进民生福祉。\n"
            + "实施就业优先政策，提高城乡居民基本养老金，建设保障性住房2000套，办好人民满意的教育。\n";
    private static final String Y2026 = "一、2025年工作回顾\n"
            + "过去一年，地区生产总值增长5.2%，新增城镇就业6万人，完成了年度目标任务。\n"
            + "二、“十五五”时期主要目标任务\n"
            + "（一）构建现代化产业体系。\n"
            + "培育壮大新能源汽车、集成电路、生物医药产业集群，推进传统产业智能化改造，建设先进制造业强市。\n"
            + "（二）增进民生福祉。\n"
            + "实施就业优先政策，提高城乡居民基本养老金，办好人民满意的教育，健全多层次社会保障体系。\n"
            + "三、2026年工作安排\n"
            + "（一）做强先进制造业。\n"
            + "培育新能源汽车、集成电路产业集群，推进传统产业智能化改造，新建智能工厂20家。\n"
            + "（二）办好民生实事。\n"
            + "实施就业优先政策，提高城乡居民基本养老金，建设保障性住房3000套。\n";

    @Test
    void aYearsPlanPairsWithTheNextYearsPlanNotWithTheFiveYearTasks() {
        Comparison c = Comparer.compare(List.of(report("r1", Y2025), report("r2", Y2026)), CompareOptions.DEFAULTS);
        // the 2025 sections are nearly word for word in the five-year tasks, yet pair with 2026's plan
        assertThat(rows(c)).containsExactlyInAnyOrder("1 | 1", "2 | 3", "2.1 | 3.1", "2.2 | 3.2",
                "- | 2", "- | 2.1", "- | 2.2");
    }

    @Test
    void aFiveYearPartIsTheOneWhoseTextOpensOnTheFiveYearsNotOneThatNamesThem() {
        // a year's plan that begins by placing the year in the new five years is still a year's plan
        String yearOpeningOnFiveYears = Y2026.replace("三、2026年工作安排\n",
                "三、今年工作安排\n今年是“十五五”开局之年，做好今年工作意义重大。\n");
        Comparison c = Comparer.compare(List.of(report("r1", Y2025), report("r2", yearOpeningOnFiveYears)),
                CompareOptions.DEFAULTS);
        assertThat(rows(c)).contains("2 | 3", "2.1 | 3.1", "2.2 | 3.2", "- | 2");
    }
}
