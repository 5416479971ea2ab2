package org.reportlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The metadata fields issue 13 added to the JSON: the delivery day, full names, outlook parts and ranges. */
class MetadataJsonTest {

    @Test
    void aReportDeliveredInDecemberKeepsItsDayAndIsFiledUnderTheNextYear(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), "湘潭市政府工作报告（2023年12月29日 胡贺波）\n"
                + "一、2023年工作回顾\n正文。\n二、“十四五”时期主要目标任务\n正文。\n三、2024年工作部署\n"
                + "主要预期目标是：地区生产总值增长6.5%-7%。\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"analyze", file.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode report = root.get("reports").get(0);
        assertThat(report.get("government").asText()).isEqualTo("湘潭市");
        assertThat(report.get("year").asInt()).isEqualTo(2024);
        assertThat(report.get("delivered").asText()).isEqualTo("2023-12-29");
        assertThat(report.get("planYear").asInt()).isEqualTo(2024);
        assertThat(report.get("outline").findValuesAsText("part")).startsWith("review", "outlook", "plan");
        JsonNode target = root.get("targets").get(0);
        assertThat(target.get("value").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(target.get("upper").decimalValue()).isEqualByComparingTo("7");
    }
}
