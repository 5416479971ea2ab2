package org.reportlens.core.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.dups.DuplicateOptions;
import org.reportlens.core.meta.ReportMetadata;
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
        return current.withCompare(compare).withDuplicates(duplicates);
    }

    /** The options of {@code workspace} over {@code current}, with the workspace's corrections of the alignment. */
    public static AnalysisOptions options(Workspace workspace, AnalysisOptions current) {
        AnalysisOptions options = options(workspace.options(), current);
        return options.withCompare(options.compare().withLinks(workspace.links()));
    }

    /** The report with the government and year saved for its file, if the workspace has any. */
    public static Report corrected(Report report, List<WorkspaceReport> saved) {
        WorkspaceReport s = saved.stream().filter(w -> w.path().equals(report.file())).findFirst().orElse(null);
        if (s == null || s.government() == null && s.year() == null) {
            return report;
        }
        ReportMetadata m = report.metadata();
        return report.withMetadata(new ReportMetadata(m.title(), s.government() != null ? s.government() : m.government(),
                s.year() != null ? s.year() : m.year(), m.reviewYear(), s.year() != null ? s.year() : m.planYear()));
    }
}
