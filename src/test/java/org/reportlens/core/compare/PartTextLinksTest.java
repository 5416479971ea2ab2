package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;

/**
 * A part's own text that the next year made a section of: 宁夏 2024's review closes, after its last section, on
 * the government's own conduct; 2025 gives that conduct a section of its own, which is new among the sections but
 * not to the year before.
 */
class PartTextLinksTest {
    private static final String GROWTH = "（一）推动经济平稳增长。地区生产总值增长6%，规模以上工业增加值增长8%，固定资产投资增长5%。\n";
    private static final String LIVING = "（二）切实增进民生福祉。新增城镇就业8万人，新建改扩建中小学20所，城乡居民医保补助标准提高。\n";
    private static final String CONDUCT = "深入开展主题教育，严格落实中央八项规定精神，自觉接受人大监督和政协民主监督，"
            + "办理人大代表建议和政协委员提案全部按时办结，政务公开和行政复议工作扎实推进。\n";
    private static final String PLAN = "二、2025年目标任务\n坚持稳中求进，推动高质量发展。\n";

    /** 2023's review: two sections, then the government's conduct, unnumbered, closing the part. */
    private static Report older() {
        return SplitMergeTest.report("r1", "一、2023年工作总结\n过去一年，经济稳中向好。\n" + GROWTH + LIVING
                + "过去一年，政府自身建设明显加强。" + CONDUCT + PLAN);
    }

    /** 2024's review: the same two sections, edited, then {@code third}. */
    private static Report newer(String third) {
        return SplitMergeTest.report("r2", "一、2024年工作回顾\n过去一年，经济回升向好。\n"
                + GROWTH.replace("6%", "5.5%") + LIVING.replace("8万人", "9万人") + third + PLAN.replace("2025", "2026"));
    }

    @Test
    void aSectionMadeOfTheYearBeforesClosingTextIsLinkedToThatPart() {
        Report older = older();
        Report newer = newer("（三）突出效能提升，政府自身建设全面加强。" + CONDUCT);
        Comparison comparison = Comparer.compare(List.of(older, newer), CompareOptions.DEFAULTS);
        assertThat(SplitMergeTest.rows(comparison)).contains("- | 1.3 + also r1:1");
        // the part keeps its partner and holds the link back to the section
        assertThat(SplitMergeTest.rows(comparison)).anyMatch(row -> row.startsWith("1 | 1") && row.contains("also r2:1.3"));
    }

    @Test
    void aNewSectionThatTheYearBeforeNeverSpokeOfIsLinkedToNothing() {
        Report older = older();
        Report newer = newer("（三）扎实推进乡村振兴。粮食产量稳定在70亿斤以上，高标准农田新建50万亩，农村人居环境整治提升。\n"
                + "过去一年，政府自身建设明显加强。" + CONDUCT);
        Comparison comparison = Comparer.compare(List.of(older, newer), CompareOptions.DEFAULTS);
        // (the dump links every new section to what it shares most with: here 民生's, for want of better)
        assertThat(SplitMergeTest.rows(comparison)).filteredOn(row -> row.startsWith("- | 1.3"))
                .singleElement().satisfies(row -> assertThat((row + " ").contains("also r1:1 ")).isFalse());
    }
}
