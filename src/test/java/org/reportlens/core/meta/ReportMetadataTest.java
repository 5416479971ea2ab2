package org.reportlens.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportMetadataTest {
    @Test
    void targetsAreForThePlanYearElseForTheYearTheReportIsFiledUnder() {
        // a December report for the coming year plans that year; a report naming no plan year plans its own
        assertThat(new ReportMetadata("2025年工作报告", "某市", 2025, 2024, 2026).targetYear()).isEqualTo(2026);
        assertThat(new ReportMetadata("2025年工作报告", "某市", 2025, 2024, null).targetYear()).isEqualTo(2025);
        assertThat(ReportMetadata.UNKNOWN.targetYear()).isNull();
    }
}
