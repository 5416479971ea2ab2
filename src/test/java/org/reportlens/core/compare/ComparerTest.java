package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/**
 * Diffs of small texts, written as marker strings: each side of the pair with its changed spans
 * bracketed by kind — [replaced], {-deleted-} / {+inserted+}, <moved>.
 */
class ComparerTest {

    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static PairComparison diff(String a, String b, CompareOptions options) {
        Comparison c = Comparer.compare(List.of(report("r1", a), report("r2", b)), options);
        assertThat(c.pairs()).hasSize(1);
        return c.pairs().get(0);
    }

    /** Side a and side b with their changes marked. */
    private static String marked(String a, String b, CompareOptions options) {
        PairComparison pair = diff(a, b, options);
        return mark(a, pair.changes(), true) + " || " + mark(b, pair.changes(), false);
    }

    private static String marked(String a, String b) {
        return marked(a, b, CompareOptions.DEFAULTS);
    }

    private static String mark(String text, List<Change> changes, boolean sideA) {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt((Change c) -> (sideA ? c.a() : c.b()).start()).reversed());
        StringBuilder out = new StringBuilder(text);
        for (Change c : sorted) {
            ChangeEnd end = sideA ? c.a() : c.b();
            if (end.start() == end.end()) {
                continue;
            }
            String[] brackets = switch (c.kind()) {
                case REPLACE -> new String[] {"[", "]"};
                case DELETE -> new String[] {"{-", "-}"};
                case INSERT -> new String[] {"{+", "+}"};
                case MOVE -> new String[] {"<", ">"};
            };
            out.insert(end.end(), brackets[1]).insert(end.start(), brackets[0]);
        }
        return out.toString();
    }

    @Test
    void onlyTheChangedFigureIsMarked() {
        assertThat(marked("地区生产总值增长8%左右。", "地区生产总值增长6%左右。"))
                .isEqualTo("地区生产总值增长[8]%左右。 || 地区生产总值增长[6]%左右。");
    }

    @Test
    void punctuationWidthAndWhitespaceAreNoChangeByDefault() {
        assertThat(diff("(一)全力推进经济回升向好,综合经济实力持续壮大。",
                "（一）全力推进 经济回升向好，综合经济实力持续壮大。", CompareOptions.DEFAULTS).changes()).isEmpty();
        assertThat(diff("(一)全力推进。", "（一）全力推进。", CompareOptions.DEFAULTS.withIgnoreWidth(false)).changes())
                .isNotEmpty();
    }

    @Test
    void ignoringPunctuationNeverIgnoresNumbers() {
        CompareOptions noPunctuation = CompareOptions.DEFAULTS.withIgnorePunctuation(true);
        assertThat(diff("增长3.1%,稳中求进。", "增长3.1%;稳中求进!", noPunctuation).changes()).isEmpty();
        assertThat(marked("增长3.1%,稳中求进。", "增长3.2%;稳中求进。", noPunctuation))
                .isEqualTo("增长[3.1]%,稳中求进。 || 增长[3.2]%;稳中求进。");
        assertThat(marked("增长3.1%,稳中求进。", "增长3.2%;稳中求进。", noPunctuation.withGranularity(Granularity.CHARACTER)))
                .isEqualTo("增长3.[1]%,稳中求进。 || 增长3.[2]%;稳中求进。");
    }

    @Test
    void insertedAndDeletedWords() {
        assertThat(marked("加快推进东关街历史文化街区建设。", "加快推进东关街和胜利桥北历史文化街区建设。"))
                .isEqualTo("加快推进东关街历史文化街区建设。 || 加快推进东关街{+和胜利桥北+}历史文化街区建设。");
    }

    @Test
    void wordGranularityMarksWholeWords() {
        CompareOptions words = CompareOptions.DEFAULTS.withGranularity(Granularity.WORD);
        assertThat(marked("推动经济实现质的稳步提升。", "推动经济实现质的有效提升。", words))
                .isEqualTo("推动经济实现质的[稳步]提升。 || 推动经济实现质的[有效]提升。");
    }

    @Test
    void sentenceGranularityReplacesTheSentence() {
        CompareOptions sentences = CompareOptions.DEFAULTS.withGranularity(Granularity.SENTENCE);
        assertThat(marked("坚持稳中求进。增长8%左右。", "坚持稳中求进。增长6%左右。", sentences))
                .isEqualTo("坚持稳中求进。[增长8%左右。] || 坚持稳中求进。[增长6%左右。]");
    }

    @Test
    void aSentenceMovedToAnotherSectionIsAMove() {
        String a = "(一)产业发展\n推进项目建设。支持软件企业抢占新领域新赛道。\n(二)科技创新\n建设实验室。";
        String b = "(一)产业发展\n推进项目建设。\n(二)科技创新\n建设实验室。支持软件企业抢占新领域新赛道。";
        assertThat(marked(a, b)).isEqualTo(
                "(一)产业发展\n推进项目建设。<支持软件企业抢占新领域新赛道。>\n(二)科技创新\n建设实验室。 || "
                + "(一)产业发展\n推进项目建设。\n(二)科技创新\n建设实验室。<支持软件企业抢占新领域新赛道。>");
    }

    @Test
    void aSentenceMovedWithAFigureChangedIsStillAMove() {
        String a = "(一)产业发展\n推进项目建设。新增高新技术企业500家,新注册科技型中小企业1000家。\n(二)科技创新\n建设实验室。";
        String b = "(一)产业发展\n推进项目建设。\n(二)科技创新\n建设实验室。新增高新技术企业600家,新注册科技型中小企业1000家。";
        assertThat(diff(a, b, CompareOptions.DEFAULTS).changes()).extracting(Change::kind).containsExactly(ChangeKind.MOVE);
        String edgesEdited = "(一)产业发展\n推进项目建设。\n(二)科技创新\n建设实验室。全年新增高新技术企业500家,新注册科技型中小企业1000家以上。";
        assertThat(diff(a, edgesEdited, CompareOptions.DEFAULTS).changes()).extracting(Change::kind)
                .as("edited at both ends: not found as a move").doesNotContain(ChangeKind.MOVE);
    }

    @Test
    void overBudgetRefinementFallsBackToACoarseReplace() {
        CompareOptions tiny = CompareOptions.DEFAULTS.withRefineBudget(10);
        PairComparison pair = diff("地区生产总值增长8%左右。", "地区生产总值增长6%左右。", tiny);
        assertThat(pair.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.REPLACE);
            assertThat(c.coarse()).isTrue();
        });
        assertThat(marked("地区生产总值增长8%左右。", "地区生产总值增长6%左右。", tiny))
                .isEqualTo("[地区生产总值增长8%左右。] || [地区生产总值增长6%左右。]");
    }

    @Test
    void sectionsAlignByWhatTheySayNotByTheirNumber() {
        String a = "二、2024年工作任务\n(一)以英歌石科学城建设为牵引,建设区域科技创新中心核心区\n加快英歌石科学城实验室建设,推进大科学装置。\n"
                + "(二)以服务企业为核心,打造一流营商环境\n优化营商环境,服务民营企业。";
        String b = "二、2026年重点工作安排\n(一)在优化营商环境上再加力、求突破\n持续优化营商环境,服务民营企业。\n"
                + "(二)在英歌石科学城建设运营上再加力、求突破\n加快英歌石科学城实验室运营,推进大科学装置。\n"
                + "(三)在扩内需增投资上再加力、求突破\n扩大有效投资。";
        Comparison c = Comparer.compare(List.of(report("r1", a), report("r2", b)), CompareOptions.DEFAULTS);
        assertThat(c.alignment()).extracting(AlignmentRow::sections).containsExactly(
                List.of("1", "1"), List.of("1.2", "1.1"), List.of("1.1", "1.2"), java.util.Arrays.asList(null, "1.3"));
        assertThat(c.alignment().get(3).similarity()).isZero();
        assertThat(c.alignment().get(1).similarity()).isGreaterThan(0.08);
    }

    @Test
    void reviewAlignsWithReviewAndPlanWithPlan() {
        String a = "一、2023年工作回顾\n营商环境进一步优化,服务企业。\n二、2024年工作任务\n营商环境持续优化,服务企业。";
        String b = "一、2025年工作回顾\n营商环境持续优化,服务企业。\n二、2026年工作安排\n营商环境进一步优化,服务企业。";
        Comparison c = Comparer.compare(List.of(report("r1", a), report("r2", b)), CompareOptions.DEFAULTS);
        assertThat(c.alignment()).extracting(AlignmentRow::sections).containsExactly(List.of("1", "1"), List.of("2", "2"));
    }

    @Test
    void consecutivePairsByDefaultOrEachAgainstABase() {
        List<Report> three = List.of(report("r1", "增长8%。"), report("r2", "增长7%。"), report("r3", "增长6%。"));
        assertThat(Comparer.compare(three, CompareOptions.DEFAULTS).pairs())
                .extracting(p -> p.a() + ">" + p.b()).containsExactly("r1>r2", "r2>r3");
        assertThat(Comparer.compare(three, CompareOptions.DEFAULTS.withBase(0)).pairs())
                .extracting(p -> p.a() + ">" + p.b()).containsExactly("r1>r2", "r1>r3");
        assertThatThrownBy(() -> Comparer.compare(three, CompareOptions.DEFAULTS.withBase(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsAreComparedInYearOrder() {
        Report later = report("r1", "2024年大连市政府工作报告\n增长6%。");
        Report earlier = report("r2", "2022年大连市政府工作报告\n增长8%。");
        Comparison c = Comparer.compare(List.of(later, earlier), CompareOptions.DEFAULTS);
        assertThat(c.reports()).containsExactly("r2", "r1");
        assertThat(c.pairs().get(0).a()).isEqualTo("r2");
    }

    @Test
    void sixReportsAlignInOneRowPerTopicWithSectionsNewAndDropped() {
        List<Report> six = new ArrayList<>();
        for (int year = 2020; year <= 2025; year++) {
            StringBuilder text = new StringBuilder(year + "年大连市政府工作报告\n二、" + year + "年工作任务\n");
            text.append("(一)建设英歌石科学城\n加快英歌石科学城实验室建设,推进大科学装置。\n");
            if (year >= 2023) {
                text.append("(二)发展海洋经济\n建设现代海洋城市,发展海洋渔业和港口物流。\n");
            }
            if (year <= 2021) {
                text.append("(三)做好疫情防控\n坚持常态化疫情防控,守护人民健康。\n");
            }
            six.add(report("r" + (year - 2019), text.toString()));
        }
        Comparison c = Comparer.compare(six, CompareOptions.DEFAULTS);
        assertThat(c.pairs()).hasSize(5);
        assertThat(c.alignment()).extracting(AlignmentRow::sections).containsExactly(
                List.of("1", "1", "1", "1", "1", "1"),
                List.of("1.1", "1.1", "1.1", "1.1", "1.1", "1.1"),
                // a dropped section stays after the section it followed, before what came new later
                java.util.Arrays.asList("1.2", "1.2", null, null, null, null),
                java.util.Arrays.asList(null, null, null, "1.2", "1.2", "1.2"));
    }

    @Test
    void aCancelledComparisonStops() {
        List<Report> two = List.of(report("r1", "增长8%。"), report("r2", "增长6%。"));
        assertThatThrownBy(() -> Comparer.compare(two, CompareOptions.DEFAULTS, () -> true))
                .isInstanceOf(CancellationException.class);
    }
}
