package org.reportlens.core.meta;

import java.time.LocalDate;

/**
 * What is known of a report. Any field may be null: what the text and file name do not say is
 * left unknown rather than guessed.
 *
 * @param title       the report's title line as written, e.g. "2024年大连市政府工作报告"
 * @param government  the delivering government under its full official name where known
 *                    ("恩施土家族苗族自治州" for a report that says 恩施州), else as written ("大连高新区")
 * @param year        the year the report is filed under: the year of the congress session it was
 *                    delivered to, as its title states it; a report delivered in December for the
 *                    coming year is filed under that coming year (see {@code delivered})
 * @param reviewYear  the year its review part looks back on
 * @param planYear    the year its plan part plans
 * @param delivered   the day it was delivered, as its congress line, title or date line states it
 */
public record ReportMetadata(String title, String government, Integer year, Integer reviewYear,
                             Integer planYear, LocalDate delivered) {
    public static final ReportMetadata UNKNOWN = new ReportMetadata(null, null, null, null, null, null);

    /** Metadata without a delivery date. */
    public ReportMetadata(String title, String government, Integer year, Integer reviewYear, Integer planYear) {
        this(title, government, year, reviewYear, planYear, null);
    }

    /** The year the report's figures are targets for: its plan year, else the year it is filed under; null if neither is known. */
    public Integer targetYear() {
        return planYear != null ? planYear : year;
    }

    /** This metadata, with each unknown field taken from {@code fallback}. */
    public ReportMetadata orElse(ReportMetadata fallback) {
        return new ReportMetadata(
                title != null ? title : fallback.title,
                government != null ? government : fallback.government,
                year != null ? year : fallback.year,
                reviewYear != null ? reviewYear : fallback.reviewYear,
                planYear != null ? planYear : fallback.planYear,
                delivered != null ? delivered : fallback.delivered);
    }
}
