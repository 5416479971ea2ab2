package org.reportlens.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/**
 * Two short years of one report, small enough to name every change: a year moved on, 三 → 四, a
 * sentence added, a target lowered… and a plan sentence dropped; the opening and the plan part repeat.
 */
final class TwoYears {
    static final String OLDER = "2023年东港市政府工作报告\n一、2023年工作回顾\n今年经济稳中向好。我们办成了三件大事。\n"
            + "二、2024年工作安排\n全市经济社会发展主要预期目标是:地区生产总值增长5%左右,规模以上工业增加值增长7%。\n"
            + "(一)加快建设重点区域。推进港口建设。\n(二)积极盘活闲置资源。清理闲置厂房。\n";
    static final String NEWER = "2024年东港市政府工作报告\n一、2024年工作回顾\n今年经济稳中向好。我们办成了四件大事。新增一件小事。\n"
            + "二、2025年工作安排\n全市经济社会发展主要预期目标是:地区生产总值增长6%左右,规模以上工业增加值增长7%。\n"
            + "(一)加快建设重点区域。推进港口和机场建设。\n(二)积极盘活闲置资源。\n";

    private TwoYears() {
    }

    static Report older() {
        return report("r1", OLDER);
    }

    static Report newer() {
        return report("r2", NEWER);
    }

    static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    /** The analysis of the two, compared in year order, as the window shows it. */
    static ShownAnalysis shown() {
        return shown(older(), newer());
    }

    /** Two texts as reports r1 and r2, compared by character, as the window shows them. */
    static ShownAnalysis shown(String older, String newer) {
        return shown(report("r1", older), report("r2", newer));
    }

    /** Two reports, compared by character, as the window shows them. */
    static ShownAnalysis shown(Report a, Report b) {
        Analysis analysis = Analyzer.analyze(List.of(a, b), SessionFixture.characterOptions());
        return ShownAnalysis.of(List.of(a, b), analysis, 1);
    }

    /** Both years written to files in {@code dir}: older.txt, newer.txt. */
    static List<String> write(Path dir) throws IOException {
        Path older = Files.writeString(dir.resolve("older.txt"), OLDER, StandardCharsets.UTF_8);
        Path newer = Files.writeString(dir.resolve("newer.txt"), NEWER, StandardCharsets.UTF_8);
        return List.of(older.toString(), newer.toString());
    }
}
