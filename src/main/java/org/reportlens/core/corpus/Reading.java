package org.reportlens.core.corpus;

import java.util.List;
import java.util.Objects;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.Part;
import org.reportlens.core.report.Report;
import org.reportlens.core.targets.Target;
import org.reportlens.core.targets.TargetKind;

/**
 * What the program read of one file of a corpus.
 *
 * @param file        the file relative to the corpus folder, with {@code /} separators
 * @param metadata    what was detected
 * @param review      whether a review part was found
 * @param plan        whether a plan part was found
 * @param mainTargets the numeric main targets found, in text order
 * @param targetCue   whether the text speaks of the year's expected targets (预期目标) at all: a
 *                    report that does and yields no target is listed as a miss even without an
 *                    annotation
 */
public record Reading(String file, ReportMetadata metadata, boolean review, boolean plan, List<Target> mainTargets,
                      boolean targetCue) {
    public Reading {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(metadata, "metadata must not be null");
        mainTargets = List.copyOf(mainTargets);
    }

    /** Reads {@code report}, whose figures are {@code figures} (as {@code TargetExtractor} gives them). */
    public static Reading of(String file, Report report, List<Target> figures) {
        List<Target> main = figures.stream().filter(t -> t.kind() == TargetKind.TARGET && t.value() != null).toList();
        return new Reading(file, report.metadata(), hasPart(report.outline(), Part.REVIEW),
                hasPart(report.outline(), Part.PLAN), main, report.text().text().contains("预期目标"));
    }

    private static boolean hasPart(List<OutlineNode> nodes, Part part) {
        return nodes.stream().anyMatch(n -> !n.lead() && n.part() == part);
    }
}
