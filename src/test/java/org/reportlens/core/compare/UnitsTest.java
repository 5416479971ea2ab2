package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/**
 * Sentence units of small texts, each written compactly: its kind, then the older side's text with
 * the changes inside as [old→new] — (old→new) when routine — for a new unit the newer side's text.
 * Reports whose first line names a year ("2023年东港市政府工作报告") are that many years apart.
 */
class UnitsTest {

    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    static PairComparison pair(String a, String b, CompareOptions options) {
        Comparison c = Comparer.compare(List.of(report("r1", a), report("r2", b)), options);
        assertThat(c.pairs()).hasSize(1);
        return c.pairs().get(0);
    }

    private static List<String> units(String a, String b) {
        return units(a, b, CompareOptions.DEFAULTS);
    }

    private static List<String> units(String a, String b, CompareOptions options) {
        return written(a, b, pair(a, b, options).units());
    }

    /** Each unit as "kind text", its changes written inside the older side's text. */
    static List<String> written(String a, String b, List<DiffUnit> units) {
        List<String> out = new ArrayList<>();
        for (DiffUnit u : units) {
            String text = switch (u.kind()) {
                case NEW -> b.substring(u.b().start(), u.b().end());
                case DROPPED, SAME -> a.substring(u.a().start(), u.a().end());
                case EDITED, ROUTINE, MOVED -> inline(a, b, u);
            };
            out.add(u.kind().id() + " " + text);
        }
        return out;
    }

    private static String inline(String a, String b, DiffUnit u) {
        List<Change> changes = new ArrayList<>(u.changes());
        changes.sort(Comparator.comparingInt((Change c) -> c.a().start()).thenComparingInt(c -> c.b().start()));
        StringBuilder out = new StringBuilder();
        int at = u.a().start();
        for (Change c : changes) {
            out.append(a, at, c.a().start());
            out.append(c.routine() ? "(" : "[").append(a, c.a().start(), c.a().end()).append('→')
                    .append(b, c.b().start(), c.b().end()).append(c.routine() ? ")" : "]");
            at = c.a().end();
        }
        return out.append(a, at, u.a().end()).toString();
    }

    @Test
    void unchangedSentencesAreSameUnitsAndAnEditedOneShowsItsWords() {
        assertThat(units("坚持稳中求进。地区生产总值增长8%左右。加强生态保护。", "坚持稳中求进。地区生产总值增长6%左右。加强生态保护。"))
                .containsExactly("same 坚持稳中求进。", "edited 地区生产总值增长[8→6]%左右。", "same 加强生态保护。");
    }

    @Test
    void wordsAreTheDefaultGranularityCharactersAndSentencesOneOptionAway() {
        String a = "推动经济实现质的稳步提升，增长3.1%。";
        String b = "推动经济实现质的有效提升，增长3.2%。";
        assertThat(units(a, b)).containsExactly("edited 推动经济实现质的[稳步→有效]提升，增长[3.1→3.2]%。");
        assertThat(units(a, b, CompareOptions.DEFAULTS.withGranularity(Granularity.CHARACTER)))
                .containsExactly("edited 推动经济实现质的[稳步→有效]提升，增长3.[1→2]%。");
        assertThat(units(a, b, CompareOptions.DEFAULTS.withGranularity(Granularity.SENTENCE)))
                .containsExactly("edited [推动经济实现质的稳步提升，增长3.1%。→推动经济实现质的有效提升，增长3.2%。]");
    }

    @Test
    void consecutiveNewSentencesAreOneUnitAndSoAreConsecutiveDroppedOnes() {
        assertThat(units("推进项目建设。加强生态保护。", "推进项目建设。新建人工智能产业园。培育数字经济龙头企业。加强生态保护。"))
                .containsExactly("same 推进项目建设。", "new 新建人工智能产业园。培育数字经济龙头企业。", "same 加强生态保护。");
        assertThat(units("推进项目建设。新建人工智能产业园。培育数字经济龙头企业。加强生态保护。", "推进项目建设。加强生态保护。"))
                .containsExactly("same 推进项目建设。", "dropped 新建人工智能产业园。培育数字经济龙头企业。", "same 加强生态保护。");
    }

    @Test
    void aDroppedUnitComesBeforeTheNewOneInItsPlace() {
        assertThat(units("推进项目建设。深化国资国企改革。加强生态保护。", "推进项目建设。扩大文化旅游消费。加强生态保护。"))
                .containsExactly("same 推进项目建设。", "dropped 深化国资国企改革。", "new 扩大文化旅游消费。",
                        "same 加强生态保护。");
    }

    @Test
    void aSentenceMovedElsewhereIsOneMovedUnitWithBothPlacesAndItsEdits() {
        String a = "(一)产业发展\n推进项目建设。新增高新技术企业500家,新注册科技型中小企业1000家。\n(二)科技创新\n建设实验室。";
        String b = "(一)产业发展\n推进项目建设。\n(二)科技创新\n建设实验室。新增高新技术企业600家,新注册科技型中小企业1000家。";
        PairComparison pair = pair(a, b, CompareOptions.DEFAULTS);
        assertThat(written(a, b, pair.units())).containsExactly("same (一)产业发展\n推进项目建设。", "same (二)科技创新\n建设实验室。",
                "moved 新增高新技术企业[500→600]家,新注册科技型中小企业1000家。");
        DiffUnit moved = pair.units().get(2);
        assertThat(a.substring(moved.a().start(), moved.a().end())).startsWith("新增高新技术企业500家");
        assertThat(b.substring(moved.b().start(), moved.b().end())).startsWith("新增高新技术企业600家");
    }

    /** Two sentences from real consecutive reports on each side of {@link SentenceEdit#EDIT_KEPT}. */
    @Test
    void aPairKeepingLessThanTheThresholdIsDroppedAndNewNotAStormOfEdits() {
        // keeps 39% outside its changes: an edit, and the figures show
        assertThat(units("实现一般公共预算收入8802亿元、同比增长2%，税占比达83.4%。", "实现一般公共预算收入9059亿元，税收占比达81.8%。"))
                .containsExactly("edited 实现一般公共预算收入[8802亿元、同比增长2%，税占比达83.4→9059亿元，税收占比达81.8]%。");
        // keeps 29% ("高水平", "开放。"): rewritten
        assertThat(units("3.推进高水平对外开放。", "实现更高水平开放。"))
                .containsExactly("dropped 3.推进高水平对外开放。", "new 实现更高水平开放。");
        // rewritten one after another: one dropped block, one new block
        assertThat(units("3.推进高水平对外开放。提升儿童关爱服务质量，强化妇女、残疾人、老年人权益保障。",
                "实现更高水平开放。强化妇女、空巢老人、困境儿童、残疾人等群体关爱服务。")).containsExactly(
                "dropped 3.推进高水平对外开放。提升儿童关爱服务质量，强化妇女、残疾人、老年人权益保障。",
                "new 实现更高水平开放。强化妇女、空巢老人、困境儿童、残疾人等群体关爱服务。");
    }

    @Test
    void aYearMovedOnByTheYearsBetweenTheReportsIsRoutine() {
        String a = "2023年东港市政府工作报告\n一、2022年工作回顾\n全年地区生产总值增长5%。\n二、2023年工作安排\n确保2023—2025年能耗强度下降。";
        String b = "2024年东港市政府工作报告\n一、2023年工作回顾\n全年地区生产总值增长5%。\n二、2024年工作安排\n确保2024—2026年能耗强度下降。";
        // consecutive routine sentences of a section are one unit
        assertThat(units(a, b)).containsExactly("routine (2023→2024)年东港市政府工作报告", "routine 一、(2022→2023)年工作回顾",
                "same 全年地区生产总值增长5%。", "routine 二、(2023→2024)年工作安排\n确保(2023—2025→2024—2026)年能耗强度下降。");
        assertThat(written(a, b, pair(a, b, CompareOptions.DEFAULTS).units(true)))
                .containsExactly("same 全年地区生产总值增长5%。");
    }

    @Test
    void routineOnlyByTheYearsBetweenAndNeverForAYearThatStays() {
        String a = "2023年东港市政府工作报告\n二、2023年工作安排\n能耗强度较2020年累计下降12%。2024年新增高新技术企业100家。";
        String twoYearsOn = "2025年东港市政府工作报告\n二、2024年工作安排\n能耗强度较2020年累计下降12%。2025年新增高新技术企业120家。";
        assertThat(units(a, twoYearsOn)).containsExactly("routine (2023→2025)年东港市政府工作报告", "edited 二、[2023→2024]年工作安排",
                "same 能耗强度较2020年累计下降12%。", "edited [2024→2025]年新增高新技术企业[100→120]家。");
    }

    @Test
    void theSessionOfTheCongressAndChineseNumeralYearsMoveOnToo() {
        String a = "2024年海口市政府工作报告\n——二〇二四年一月十六日在海口市第十七届人民代表大会第四次会议上";
        String b = "2025年海口市政府工作报告\n——二〇二五年一月二十日在海口市第十七届人民代表大会第五次会议上";
        assertThat(units(a, b)).containsExactly("routine (2024→2025)年海口市政府工作报告",
                "edited ——(二〇二四→二〇二五)年一月[十六日→二十日]在海口市第十七届人民代表大会第(四→五)次会议上");
    }

    @Test
    void theUnitsAreTheSameAtEveryGranularity() {
        String a = "(一)产业发展\n推进项目建设。新建人工智能产业园。地区生产总值增长8%左右。\n(二)科技创新\n建设实验室。";
        String b = "(一)产业发展\n推进重大项目建设。地区生产总值增长6%左右,力争更好。\n(二)科技创新\n建设实验室。培育数字经济龙头企业。";
        List<List<Object>> shapes = new ArrayList<>();
        for (Granularity g : Granularity.values()) {
            shapes.add(pair(a, b, CompareOptions.DEFAULTS.withGranularity(g)).units().stream()
                    .<Object>map(u -> u.kind() + " " + u.a() + " " + u.b()).toList());
        }
        assertThat(shapes.get(1)).isEqualTo(shapes.get(0)).isEqualTo(shapes.get(2));
    }
}
