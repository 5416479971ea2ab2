package org.reportlens.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CorrectionTest {
    /** 大连高新区 2026: no government and no year delivered detected; the year planned is. */
    private static final ReportMetadata GAOXIN = new ReportMetadata(null, null, null, 2025, 2026);

    @Test
    void aCorrectedYearIsTheYearDeliveredAndPlannedAndTheRestStaysAsDetected() {
        ReportMetadata m = new Correction("大连高新区", 2027).applyTo(GAOXIN);
        assertThat(m).isEqualTo(new ReportMetadata(null, "大连高新区", 2027, 2025, 2027));
        assertThat(new Correction(null, null).applyTo(GAOXIN)).isSameAs(GAOXIN);
        assertThat(new Correction("大连高新区", null).applyTo(GAOXIN)).isEqualTo(new ReportMetadata(null, "大连高新区", null, 2025, 2026));
    }

    @Test
    void theDayDeliveredSurvivesACorrection() {
        ReportMetadata dalian = new ReportMetadata("2024年大连市政府工作报告", "大连市", 2024, 2023, 2024,
                java.time.LocalDate.of(2024, 1, 9));
        assertThat(new Correction("大连市人民政府", 2025).applyTo(dalian).delivered())
                .isEqualTo(java.time.LocalDate.of(2024, 1, 9));
    }

    @Test
    void whatWasDetectedOrInferredIsNoCorrection() {
        // the dialog shows the year inferred from the year planned; left as it is, it corrects nothing
        assertThat(Correction.between(GAOXIN, 2026, "", 2026)).isEqualTo(Correction.NONE);
        assertThat(Correction.between(GAOXIN, 2026, "  大连高新区 ", 2026)).isEqualTo(new Correction("大连高新区", null));
        ReportMetadata dalian = new ReportMetadata("2024年大连市政府工作报告", "大连市", 2024, 2023, 2024);
        assertThat(Correction.between(dalian, 2024, "大连市", 2025)).isEqualTo(new Correction(null, 2025));
        assertThat(Correction.between(dalian, 2024, null, null).isNone()).isTrue();
        assertThatThrownBy(() -> new Correction(" ", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
