package org.reportlens.core.targets;

import java.util.List;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/** A small report of 东港市 for target tests: a review of the year before, then the year's main targets. */
final class SmallReport {
    private SmallReport() {
    }

    /** The report of {@code year} whose review says {@code review} and whose main targets are {@code targets}. */
    static Report of(String id, int year, String review, String targets) {
        String text = year + "年东港市政府工作报告\n一、" + (year - 1) + "年工作回顾\n" + review + "\n二、" + year + "年工作安排\n"
                + "主要预期目标是：" + targets + "\n";
        return analyzed(id, text);
    }

    /** {@code text} read as report {@code id}. */
    static Report analyzed(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    /** The report of {@code year} with these main targets and a review that states no figure. */
    static Report of(String id, int year, String targets) {
        return of(id, year, "成绩显著。", targets);
    }
}
