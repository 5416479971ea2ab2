package org.reportlens.core.meta;

/**
 * What is known of a report. Any field may be null: what the text and file name do not say is
 * left unknown rather than guessed.
 *
 * @param title       the report's title line as written, e.g. "2024年大连市政府工作报告"
 * @param government  the delivering government, e.g. "大连市", "大连高新区"
 * @param year        the year the report was delivered
 * @param reviewYear  the year its review part looks back on
 * @param planYear    the year its plan part plans
 */
public record ReportMetadata(String title, String government, Integer year, Integer reviewYear,
                             Integer planYear) {
    public static final ReportMetadata UNKNOWN = new ReportMetadata(null, null, null, null, null);

    /** This metadata, with each unknown field taken from {@code fallback}. */
    public ReportMetadata orElse(ReportMetadata fallback) {
        return new ReportMetadata(
                title != null ? title : fallback.title,
                government != null ? government : fallback.government,
                year != null ? year : fallback.year,
                reviewYear != null ? reviewYear : fallback.reviewYear,
                planYear != null ? planYear : fallback.planYear);
    }
}
