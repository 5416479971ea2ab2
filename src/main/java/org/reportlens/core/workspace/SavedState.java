package org.reportlens.core.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.dups.DuplicateOptions;
import org.reportlens.core.meta.Correction;
import org.reportlens.core.report.Report;

/**
 * What a workspace keeps of the analysis — options by name, each report's government and year, the
 * corrections of the alignment — and how it is put back. An option this version does not know, or cannot read, leaves the current
 * one as it is.
 */
public final class SavedState {
    private SavedState() {
    }

    public static Map<String, String> options(AnalysisOptions options) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("granularity", options.compare().granularity().id());
        map.put("ignoreWidth", String.valueOf(options.compare().ignoreWidth()));
        map.put("ignorePunctuation", String.valueOf(options.compare().ignorePunctuation()));
        map.put("minDuplicate", String.valueOf(options.duplicates().minLength()));
        map.put("hideRoutine", String.valueOf(options.hideRoutine()));
        return map;
    }

    public static AnalysisOptions options(Map<String, String> saved, AnalysisOptions current) {
        CompareOptions compare = current.compare();
        try {
            compare = compare.withGranularity(Granularity.parse(saved.getOrDefault("granularity",
                    compare.granularity().id())));
        } catch (IllegalArgumentException e) {
            // unknown granularity: keep the current one
        }
        compare = compare.withIgnoreWidth(Boolean.parseBoolean(saved.getOrDefault("ignoreWidth",
                String.valueOf(compare.ignoreWidth()))));
        compare = compare.withIgnorePunctuation(Boolean.parseBoolean(saved.getOrDefault("ignorePunctuation",
                String.valueOf(compare.ignorePunctuation()))));
        DuplicateOptions duplicates = current.duplicates();
        try {
            int min = Integer.parseInt(saved.getOrDefault("minDuplicate", String.valueOf(duplicates.minLength())));
            duplicates = min >= DuplicateOptions.SMALLEST_MIN_LENGTH ? duplicates.withMinLength(min) : duplicates;
        } catch (NumberFormatException e) {
            // unreadable length: keep the current one
        }
        boolean hideRoutine = Boolean.parseBoolean(saved.getOrDefault("hideRoutine",
                String.valueOf(current.hideRoutine())));
        return current.withCompare(compare).withDuplicates(duplicates).withHideRoutine(hideRoutine);
    }

    /**
     * Refuses a value this version knows the option of but cannot read: an unknown granularity, a
     * flag that is not true or false, a shortest duplicate that is not a whole number of at least
     * {@value DuplicateOptions#SMALLEST_MIN_LENGTH}. Options this version does not know are let be.
     *
     * @throws IllegalArgumentException naming the option and its value
     */
    public static void check(Map<String, String> saved) {
        String granularity = saved.get("granularity");
        if (granularity != null) {
            try {
                Granularity.parse(granularity);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("options.granularity: " + e.getMessage());
            }
        }
        for (String flag : List.of("ignoreWidth", "ignorePunctuation")) {
            String value = saved.get(flag);
            if (value != null && !value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException("options." + flag + " must be true or false, not \"" + value + "\"");
            }
        }
        String min = saved.get("minDuplicate");
        if (min != null) {
            int n;
            try {
                n = Integer.parseInt(min);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < DuplicateOptions.SMALLEST_MIN_LENGTH) {
                throw new IllegalArgumentException("options.minDuplicate must be a whole number of at least "
                        + DuplicateOptions.SMALLEST_MIN_LENGTH + ", not \"" + min + "\"");
            }
        }
    }

    /** The options of {@code workspace} over {@code current}, with the workspace's corrections of the alignment. */
    public static AnalysisOptions options(Workspace workspace, AnalysisOptions current) {
        AnalysisOptions options = options(workspace.options(), current);
        return options.withCompare(options.compare().withLinks(workspace.links()));
    }

    /** The report with the government and year saved for its file, if the workspace has any. */
    public static Report corrected(Report report, List<WorkspaceReport> saved) {
        Correction correction = correction(report, saved);
        return correction.isNone() ? report : report.withMetadata(correction.applyTo(report.metadata()));
    }

    /** The correction saved for the report's file, as saved; {@link Correction#NONE} if the workspace has none. */
    public static Correction correction(Report report, List<WorkspaceReport> saved) {
        return saved.stream().filter(w -> w.path().equals(report.file())).findFirst()
                .map(w -> new Correction(w.government() == null || w.government().isBlank() ? null : w.government(), w.year()))
                .orElse(Correction.NONE);
    }
}
