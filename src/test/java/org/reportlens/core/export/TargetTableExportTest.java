package org.reportlens.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.targets.MetricNames;
import org.reportlens.core.targets.TargetAnalysis;

/** The achieved figures and the qualitative rows in the CSV and the JSON (excerpts of 国务院 2024 and 2025, under a city's title: a report without its government is compared with none). */
class TargetTableExportTest {
    private static Report report(String id, int year, String review, String targets) {
        String text = year + "年东港市政府工作报告\n一、" + (year - 1) + "年工作回顾\n" + review + "\n二、" + year + "年工作安排\n"
                + "主要预期目标是：" + targets + "\n";
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static TargetAnalysis analysis() {
        Report y2024 = report("r1", 2024, "成绩显著。", "国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；"
                + "居民消费价格涨幅3%左右；居民收入增长和经济增长同步；国际收支保持基本平衡。");
        Report y2025 = report("r2", 2025, "就业、物价总体平稳，城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%。",
                "国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右；"
                        + "居民收入增长和经济增长同步；国际收支保持基本平衡。");
        return TargetAnalysis.of(List.of(y2024, y2025), MetricNames.defaults());
    }

    @Test
    void theCsvShowsTheAchievedFigureWithMetOrMissedAndKeptQualitativeTargets() {
        List<String> lines = List.of(TargetTableCsv.write(analysis().table()).substring(1).split("\r\n"));
        // 2025's review is silent on GDP (unknown); no report given reviews 2025 (not reviewed)
        assertThat(lines).contains(
                "\"地区生产总值\",\"增长5%左右\",\"first\",\"unknown\",\"增长5%左右\",\"same\",\"not_reviewed\"",
                "\"城镇新增就业\",\"1200万人以上\",\"first\",\"1256万人 met\",\"1200万人以上\",\"same\",\"not_reviewed\"",
                "\"居民消费价格\",\"涨幅3%左右\",\"first\",\"上涨0.2% met\",\"涨幅2%左右\",\"lowered\",\"not_reviewed\"",
                "\"国际收支保持基本平衡\",\"国际收支保持基本平衡\",\"first\",\"\",\"国际收支保持基本平衡\",\"same\",\"\"");
    }

    @Test
    void theJsonNamesEachRowsKindAndCarriesTheActualWithItsReport() throws Exception {
        ObjectNode root = new ObjectMapper().createObjectNode();
        AnalysisJson.targets(root, analysis());
        JsonNode rows = new ObjectMapper().readTree(root.toString()).get("targetTable").get("rows");
        JsonNode jobs = null;
        JsonNode balance = null;
        for (JsonNode row : rows) {
            jobs = row.get("metric").asText().equals("城镇新增就业") ? row : jobs;
            balance = row.get("metric").asText().equals("国际收支保持基本平衡") ? row : balance;
        }
        assertThat(jobs.get("kind").asText()).isEqualTo("metric");
        JsonNode cell = jobs.get("cells").get(0);
        assertThat(cell.get("status").asText()).isEqualTo("met");
        assertThat(cell.get("actual").get("report").asText()).isEqualTo("r2");
        assertThat(cell.get("actual").get("value").decimalValue()).isEqualByComparingTo("1256");
        assertThat(balance.get("kind").asText()).isEqualTo("qualitative");
        assertThat(balance.get("cells").get(1).get("change").asText()).isEqualTo("same");
        assertThat(balance.get("cells").get(1).get("status").isNull()).isTrue();
    }
}
