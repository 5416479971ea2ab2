package org.reportlens.core.export;

import java.util.List;
import java.util.stream.Collectors;
import org.reportlens.core.report.Report;

/**
 * What a comparison compares, in words: "惠州市 2021 · 2024" — the governments once each, the years in the
 * order compared ("—" for a year not known). The head of the printed page, and the name its file is
 * offered under, so that a folder of exports says which is which.
 */
public final class ComparisonTitle {
    /** Characters no file name may hold on Windows, macOS or Linux, and control characters. */
    private static final String NOT_IN_FILE_NAMES = "[\\\\/:*?\"<>|\\p{Cntrl}]";

    private ComparisonTitle() {
    }

    public static String of(List<Report> reports) {
        String governments = reports.stream().map(r -> r.metadata().government()).filter(g -> g != null && !g.isBlank())
                .distinct().collect(Collectors.joining("、"));
        String years = reports.stream().map(r -> r.metadata().year() == null ? "—" : String.valueOf(r.metadata().year()))
                .collect(Collectors.joining(" · "));
        return governments.isEmpty() ? years : governments + " " + years;
    }

    /** {@link #of} as a file name without its extension: "惠州市 2021-2024"; "reportlens" when nothing is known. */
    public static String asFileName(List<Report> reports) {
        String name = of(reports).replace(" · ", "-").replace("—", "").replaceAll(NOT_IN_FILE_NAMES, "_")
                .replaceAll("-{2,}", "-").replaceAll("^[-\\s.]+|[-\\s.]+$", "");
        return name.isEmpty() ? "reportlens" : name;
    }
}
