package org.reportlens.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.targets.TargetTable;

class TargetTableCsvTest {
    @Test
    void aGovernmentNamedLikeAFormulaIsWrittenAsTextInTheHeader() {
        // a corrected or detected government name is the user's or the report's words: never run them
        TargetTable table = new TargetTable(List.of(new TargetTable.Column("r1", "=HYPERLINK(\"http://x.invalid\")市", 2024),
                new TargetTable.Column("r2", "+1市", null)), List.of());
        String csv = TargetTableCsv.write(table);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x.invalid\"\")市 2024 目标 target\"", "\"'+1市 ? 变化 change\"");
    }

    @Test
    void onlyAFieldThatBeginsLikeAFormulaIsChanged() {
        assertThat(TargetTableCsv.neutralised("地区生产总值")).isEqualTo("地区生产总值");
        assertThat(TargetTableCsv.neutralised("增长-2%")).isEqualTo("增长-2%");
        assertThat(List.of("=1", "+1", "-1", "@A", "\tx", "\rx")).allSatisfy(f ->
                assertThat(TargetTableCsv.neutralised(f)).isEqualTo("'" + f));
        assertThat(TargetTableCsv.neutralised("")).isEmpty();
    }
}
