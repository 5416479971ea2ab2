package org.reportlens.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.report.Report;

/** Targets stated without a figure stay in one row from year to year, kept or reworded. */
class QualitativeRowsTest {
    private static Report report(String id, int year, String targets) {
        return SmallReport.of(id, year, targets);
    }

    private static TargetTable table(Report... reports) {
        return TargetAnalysis.of(List.of(reports), MetricNames.defaults()).table();
    }

    private static List<TargetTable.Row> qualitative(TargetTable table) {
        return table.rows().stream().filter(TargetTable.Row::qualitative).toList();
    }

    @Test
    void keptTargetsAreOneRowEachAndSameAfterTheRowsOfMetrics() {
        // the main targets of 国务院 2024 and 2025, as written
        TargetTable table = table(
                report("r1", 2024, "国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；"
                        + "居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.3万亿斤以上；单位国内生产总值能耗降低2.5%左右，"
                        + "生态环境质量持续改善。"),
                report("r2", 2025, "国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右；"
                        + "居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.4万亿斤左右；单位国内生产总值能耗降低3%左右，"
                        + "生态环境质量持续改善。"));
        List<TargetTable.Row> rows = qualitative(table);
        assertThat(rows).extracting(TargetTable.Row::metric)
                .containsExactly("居民收入增长和经济增长同步", "国际收支保持基本平衡", "生态环境质量持续改善");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.cells()).extracting(TargetTable.Cell::change).containsExactly(TargetChange.FIRST, TargetChange.SAME);
            assertThat(row.cells()).extracting(TargetTable.Cell::status).containsOnlyNulls();
        });
        int firstQualitative = table.rows().indexOf(rows.get(0));
        assertThat(table.rows().subList(0, firstQualitative)).noneMatch(TargetTable.Row::qualitative);
        assertThat(table.rows().subList(firstQualitative, table.rows().size())).allMatch(TargetTable.Row::qualitative);
    }

    @Test
    void aRewordedTargetIsNotDroppedAndNew() {
        // 北京市 2022 and 2023: "居民收入稳定增长" became "居民收入增长与经济增长基本同步"
        TargetTable table = table(
                report("r1", 2022, "地区生产总值增长5%以上，一般公共预算收入增长4%，城镇调查失业率控制在5%以内，居民消费价格涨幅3%左右，"
                        + "居民收入稳定增长，努力在实际工作中争取更好结果。"),
                report("r2", 2023, "地区生产总值增长4.5%以上，一般公共预算收入增长4%左右，城镇调查失业率控制在5%以内，"
                        + "居民消费价格涨幅3%左右，居民收入增长与经济增长基本同步，生态环境质量、能源、水资源等指标落实国家要求。"));
        TargetTable.Row income = qualitative(table).stream()
                .filter(r -> r.metric().startsWith("居民收入")).findFirst().orElseThrow();
        assertThat(income.metric()).isEqualTo("居民收入增长与经济增长基本同步"); // the latest wording
        assertThat(income.cells().get(0).target().text()).isEqualTo("居民收入稳定增长");
        assertThat(income.cells().get(1).change()).isEqualTo(TargetChange.REWORDED);
        assertThat(qualitative(table)).extracting(TargetTable.Row::metric)
                .doesNotContain("努力在实际工作中争取更好结果")
                .contains("生态环境质量、能源、水资源等指标落实国家要求");
    }

    @Test
    void likenessOpensAlikeOrSharesHalfItsCharacterPairs() {
        assertThat(QualitativeRows.likeness(QualitativeRows.wording("国际收支基本平衡"),
                QualitativeRows.wording("国际收支保持基本平衡"))).isPositive();
        assertThat(QualitativeRows.likeness(QualitativeRows.wording("主要污染物排放量继续下降"),
                QualitativeRows.wording("单位国内生产总值能耗和主要污染物排放量继续下降"))).isPositive();
        assertThat(QualitativeRows.likeness("国际收支保持基本平衡", "生态环境质量持续改善")).isZero();
    }
}
