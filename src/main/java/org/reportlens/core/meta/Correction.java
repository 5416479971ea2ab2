package org.reportlens.core.meta;

/**
 * What a user corrected in a report's metadata: its government and the year it is for. The one
 * rule for putting a correction on what was detected, for the viewer and for a workspace opened on
 * the command line.
 *
 * @param government the delivering government, e.g. "大连高新区"; null keeps the detected one
 * @param year       the year the report is for, which becomes both the year delivered and the year
 *                   planned; null keeps the detected years
 */
public record Correction(String government, Integer year) {
    /** Nothing corrected: the detected metadata stands. */
    public static final Correction NONE = new Correction(null, null);

    public Correction {
        if (government != null && government.isBlank()) {
            throw new IllegalArgumentException("a corrected government must not be blank; null keeps the detected one");
        }
    }

    /**
     * The correction that takes a report from what was detected to what the user gave. A value
     * that is what was detected corrects nothing — for the year, the year the report is taken to be
     * for ({@code detectedYear}, which may be inferred from the year planned or reviewed) — so
     * that only what the user really changed is kept and saved. A blank government corrects nothing.
     */
    public static Correction between(ReportMetadata detected, Integer detectedYear, String government, Integer year) {
        String given = government == null || government.isBlank() ? null : government.strip();
        return new Correction(given == null || given.equals(detected.government()) ? null : given,
                year == null || year.equals(detectedYear) ? null : year);
    }

    public boolean isNone() {
        return government == null && year == null;
    }

    /**
     * {@code detected} with this correction on it; the title, the year reviewed and the day delivered
     * stay as detected (a report filed under another year was still delivered on the day it says).
     */
    public ReportMetadata applyTo(ReportMetadata detected) {
        if (isNone()) {
            return detected;
        }
        return new ReportMetadata(detected.title(), government != null ? government : detected.government(),
                year != null ? year : detected.year(), detected.reviewYear(), year != null ? year : detected.planYear(),
                detected.delivered());
    }
}
