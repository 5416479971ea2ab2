package org.reportlens.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reportlens.core.compare.Cancellation;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.targets.MetricNames;
import org.reportlens.testing.Seeds;

/**
 * A draft for 2025 made as editors make one, from 大连's real 2024 report: every 2023 and 2024 moved
 * on by a year, then a few years and figures left behind on purpose.
 */
class DraftCheckTest {
    private static final Pattern YEAR = Pattern.compile("(2023|2024)年");

    private static String last() throws Exception {
        return Files.readString(Seeds.DALIAN_2024);
    }

    /** Last year's text with 2023 and 2024 moved on by one year (2020, a base year, stays). */
    private static String movedOn(String text) {
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, (Integer.parseInt(m.group(1)) + 1) + "年");
        }
        return m.appendTail(out).toString();
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("the fixture text holds %s", from).isNotNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static List<Finding> check(String draft, String last) {
        Report l = ReportAnalyzer.analyze("r1", "2024.txt", new DecodedText(last, "UTF-8", List.of()));
        Report d = ReportAnalyzer.analyze("r2", "2025-draft.txt", new DecodedText(draft, "UTF-8", List.of()));
        return DraftCheck.check(d, l, CompareOptions.DEFAULTS, MetricNames.defaults(), Cancellation.NEVER);
    }

    private static List<Finding> of(List<Finding> findings, FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    @Test
    void findsTheYearsLeftBehindAndNoYearMovedOn() throws Exception {
        String draft = movedOn(last());
        // the review opening kept at last year's review year; the plan heading and two plan sentences at last year's plan year
        draft = replaceOnce(draft, "2024年是全面贯彻落实党的二十大精神开局之年", "2023年是全面贯彻落实党的二十大精神开局之年");
        draft = replaceOnce(draft, "二、2025年政府工作目标和主要任务", "二、2024年政府工作目标和主要任务");
        draft = replaceOnce(draft, "今年政府工作的指导思想是", "2024年政府工作的指导思想是");
        draft = replaceOnce(draft, "做好各项工作意义重大。", "做好各项工作意义重大。今年要全面完成2024年确定的各项任务。");
        List<Finding> stale = of(check(draft, last()), FindingKind.STALE_YEAR);

        assertThat(stale).extracting(Finding::found, Finding::expected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2023年", "2024年"),
                org.assertj.core.groups.Tuple.tuple("2024年", "2025年"),
                org.assertj.core.groups.Tuple.tuple("2024年", "2025年"),
                org.assertj.core.groups.Tuple.tuple("2024年", "2025年"));
        assertThat(draft.startsWith("2024年政府工作目标和主要任务", stale.get(1).start())).isTrue();
        assertThat(draft.startsWith("今年要全面完成2024年", stale.get(2).end() - "今年要全面完成2024年".length())).isTrue();
        assertThat(draft.startsWith("2024年政府工作的指导思想是", stale.get(3).start())).isTrue();
        // the evidence of a plan year is where the previous report says the same words
        Finding heading = stale.get(1);
        assertThat(last().substring(heading.evidence().start(), heading.evidence().end())).startsWith("2024年政府工作目标和主要任务");
    }

    @Test
    void theSameDraftWithEveryYearMovedOnHasNoStaleYear() throws Exception {
        assertThat(of(check(movedOn(last()), last()), FindingKind.STALE_YEAR)).isEmpty();
    }

    @Test
    void findsAchievedFiguresCarriedOverUntilTheyAreUpdated() throws Exception {
        String sentence = "居民消费价格上涨0.6%";
        String draft = movedOn(last());
        List<Finding> carried = of(check(draft, last()), FindingKind.CARRIED_FIGURES);
        int at = draft.indexOf(sentence);
        Finding prices = carried.stream().filter(f -> f.start() <= at && at < f.end()).findFirst().orElseThrow();
        assertThat(prices.message()).contains("achieved figures");
        assertThat(last().substring(prices.evidence().start(), prices.evidence().end())).contains(sentence);
        // the main targets keep their rates on purpose: the target paragraph is not carried-over figures
        int targets = draft.indexOf("全市经济社会发展主要预期目标是");
        assertThat(carried).noneMatch(f -> f.start() <= targets + 20 && targets + 20 < f.end());

        String updated = replaceOnce(draft, sentence, "居民消费价格上涨0.2%");
        assertThat(of(check(updated, last()), FindingKind.CARRIED_FIGURES))
                .noneMatch(f -> f.start() <= at && at < f.end());
    }

    @Test
    void findsALevelTargetThatDidNotMoveAndAFigureThatDisagreesWithTheTargets() throws Exception {
        String level = "地区生产总值增长6%左右,";
        String last = replaceOnce(last(), level, level + "地区生产总值达到9000亿元,");
        String section = "(一)全力推进高质量发展,建设实体经济发达的现代化产业体系。";
        // beside it, as 南宁 2018 and 宁波 2007 write: a district's figure and a several-year average are not the target's
        String draft = replaceOnce(movedOn(last), section, section + "全市固定资产投资增长10%。"
                + "力争高新区、经开区固定资产投资增长15%以上。“十五五”期间固定资产投资年均增长12%。");
        List<Finding> found = check(draft, last);

        List<Finding> unchanged = of(found, FindingKind.UNCHANGED_TARGET);
        assertThat(unchanged).singleElement().satisfies(f -> {
            assertThat(f.found()).contains("9000亿元");
            assertThat(last.substring(f.evidence().start(), f.evidence().end())).contains("9000亿元");
        });
        assertThat(of(found, FindingKind.FIGURES_DISAGREE)).singleElement().satisfies(f -> {
            assertThat(f.found()).contains("10%");
            assertThat(f.expected()).isEqualTo("增长8%左右");
            assertThat(draft.substring(f.evidence().start(), f.evidence().end())).contains("固定资产投资增长8%左右");
        });
    }

    @Test
    void everySpanIsInsideItsText() throws Exception {
        String draft = movedOn(last());
        for (Finding f : check(draft, last())) {
            assertThat(f.end()).isLessThanOrEqualTo(draft.length());
            assertThat(draft.substring(f.start(), f.end())).isEqualTo(f.found());
            String evidenceText = f.evidence().report().equals("r1") ? last() : draft;
            assertThat(f.evidence().end()).as(f.toString()).isLessThanOrEqualTo(evidenceText.length());
        }
    }
}
