package org.reportlens.core.export;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reportlens.core.report.Report;

/**
 * What a comparison compares, in words: "惠州市 2021 · 2024" — the governments once each, the years in the
 * order compared ("—" for a year not known). The head of the printed page, and the name its file is
 * offered under, so that a folder of exports says which is which.
 */
public final class ComparisonTitle {
    /** Characters no file name may hold on Windows, macOS or Linux, control characters and invisible formatting. */
    private static final String NOT_IN_FILE_NAMES = "[\\\\/:*?\"<>|\\p{Cntrl}\\p{Cf}]";
    /** Names Windows keeps for devices, whatever the extension. */
    private static final Pattern DEVICE = Pattern.compile(
            "(?i)(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(?:\\..*)?");
    /** Characters of a name before its extension: well under the 255 bytes file systems allow, in UTF-8. */
    static final int MAX_FILE_NAME = 60;

    private ComparisonTitle() {
    }

    public static String of(List<Report> reports) {
        String governments = reports.stream().map(r -> r.metadata().government()).filter(g -> g != null && !g.isBlank())
                .distinct().collect(Collectors.joining("、"));
        String years = reports.stream().map(r -> r.metadata().year() == null ? "—" : String.valueOf(r.metadata().year()))
                .collect(Collectors.joining(" · "));
        return governments.isEmpty() ? years : governments + " " + years;
    }

    /**
     * {@link #of} as a file name without its extension: "惠州市 2021-2024", a year not known as "x"
     * ("惠州市 2021-x-2024"); "reportlens" when nothing is known; at most {@link #MAX_FILE_NAME} characters.
     */
    public static String asFileName(List<Report> reports) {
        if (reports.stream().allMatch(r -> r.metadata().year() == null
                && (r.metadata().government() == null || r.metadata().government().isBlank()))) {
            return "reportlens";
        }
        String name = of(reports).replace(" · ", "-").replace("—", "x").replaceAll(NOT_IN_FILE_NAMES, "_")
                .replaceAll("^[-\\s.]+|[-\\s.]+$", "");
        if (name.length() > MAX_FILE_NAME) {
            int cut = Character.isHighSurrogate(name.charAt(MAX_FILE_NAME - 1)) ? MAX_FILE_NAME - 1 : MAX_FILE_NAME;
            name = name.substring(0, cut).replaceAll("[-\\s.]+$", "");
        }
        return name.isEmpty() ? "reportlens" : DEVICE.matcher(name).matches() ? "_" + name : name;
    }
}
