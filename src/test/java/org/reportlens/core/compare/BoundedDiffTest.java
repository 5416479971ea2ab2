package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Seeds;

/**
 * Every diff is bounded (issue 16): inputs shaped to make each super-linear step blow up finish
 * within the pair's budgets — proved by the work the diff counts, never by a clock — and still give
 * a complete, exact comparison, only coarser, saying which steps fell back.
 */
class BoundedDiffTest {
    private static final String[] WORDS = {"加快", "推进", "建设", "重点", "区域", "产业", "项目", "创新", "改革", "开放",
        "民生", "生态", "数字", "城市", "乡村", "服务"};

    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    /** {@code lines} topic-lead lines ("产业项目。创新。"), words drawn with a fixed seed: about 2.5 MB for 100,000. */
    private static String topicLeads(int lines, long seed, String title) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(title).append('\n');
        for (int i = 0; i < lines; i++) {
            out.append(WORDS[random.nextInt(WORDS.length)]).append(WORDS[random.nextInt(WORDS.length)]).append('。')
                    .append(WORDS[random.nextInt(WORDS.length)]).append("。\n");
        }
        return out.toString();
    }

    private record Compared(PairComparison pair, PairBudget budget, Report a, Report b) {
    }

    private static Compared compare(Report first, Report second) {
        List<PairBudget> budgets = new ArrayList<>();
        Comparison c = Comparer.compare(List.of(first, second), CompareOptions.DEFAULTS, Cancellation.NEVER,
                ReportAnalyzer.PhaseListener.NONE, budgets::add);
        PairComparison pair = c.pairs().get(0);
        boolean firstIsA = pair.a().equals(first.id());
        return new Compared(pair, budgets.get(0), firstIsA ? first : second, firstIsA ? second : first);
    }

    private static long sentences(Report r) {
        return Sentences.split(r.text().text(), 0, r.text().length()).size();
    }

    @Test
    void aHundredThousandTopicLeadsAgainstAReportStayWithinTheBudgets() {
        Report leads = report("r1", topicLeads(100_000, 16, "2024年东港市政府工作报告"));
        Report real = new ReportLoader().load(List.of(Seeds.DALIAN_2024.toString())).reports().get(0);
        assertThat(leads.original().length()).isGreaterThan(800_000); // 2.5 MB in UTF-8
        assertThat(leads.outline()).hasSizeGreaterThan(99_000).allSatisfy(n -> assertThat(n.lead()).isTrue());
        Compared c = compare(leads, real);
        long n = sentences(c.a()) + sentences(c.b());
        // unbounded, Myers alone would take about (N + M) × D = 200,000 × 200,000 steps
        assertThat(c.budget().work()).isLessThanOrEqualTo(PairBudget.TOTAL + 4 * n);
        assertThat(c.pair().fallbacks()).contains(Fallback.SENTENCE_DIFF);
        UnitInvariants.check(c.pair(), c.a(), c.b(), CompareOptions.DEFAULTS, false);
    }

    @Test
    void topicLeadsAgainstOtherTopicLeadsStayWithinTheBudgets() {
        Report older = report("r1", topicLeads(30_000, 16, "2024年东港市政府工作报告"));
        Report newer = report("r2", topicLeads(30_000, 17, "2025年东港市政府工作报告"));
        Compared c = compare(older, newer);
        long n = sentences(c.a()) + sentences(c.b());
        assertThat(c.budget().work()).isLessThanOrEqualTo(PairBudget.TOTAL + 4 * n);
        assertThat(c.pair().fallbacks()).contains(Fallback.LEAD_MATCHING, Fallback.SENTENCE_DIFF);
        UnitInvariants.check(c.pair(), c.a(), c.b(), CompareOptions.DEFAULTS, false);
    }

    @Test
    void aHundredThousandEqualSentencesMovedAreMatchedInLinearWork() {
        // one dropped and one new sentence of the same key, 100,000 times: each new one is taken once,
        // from a queue, not found by scanning the ones taken before (100,000² steps)
        Report r = report("r1", "新注册科技型中小企业1000家。");
        DiffSentence sentence = DiffSentence.of(
                org.reportlens.core.text.ComparableText.of(r.text(), 0, r.text().length(), true, false),
                new org.reportlens.core.text.Span(0, r.original().length()), 0, r.text().length());
        List<DiffSentence> dropped = new ArrayList<>();
        List<DiffSentence> added = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            dropped.add(sentence.at(0, i, 0));
            added.add(sentence.at(1, i, 0));
        }
        PairBudget budget = new PairBudget();
        assertThat(MoveFinder.find(dropped, added, budget, Cancellation.NEVER)).hasSize(100_000);
        assertThat(budget.work()).isLessThanOrEqualTo(2L * 100_000);
    }

    @Test
    void overItsBudgetMyersGivesUpAndTheAnchorsOfUniqueSentencesLineThemUp() {
        // a[i] = i, b = a with every tenth element changed: Myers would need D = 20,000 over N + M = 200,000
        int[] a = new int[100_000];
        int[] b = new int[100_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
            b[i] = i % 10 == 0 ? -i - 1 : i;
        }
        SequenceDiff.Steps steps = new SequenceDiff.Steps(1_000_000);
        assertThat(SequenceDiff.myers(a, b, 0, a.length, 0, b.length, steps, Cancellation.NEVER)).isNull();
        assertThat(steps.taken()).isLessThanOrEqualTo(1_000_000 + a.length + b.length);
        SequenceDiff.Runs diffed = SequenceDiff.bounded(a, b, steps, Cancellation.NEVER);
        assertThat(diffed.anchored()).isTrue();
        assertThat(diffed.runs().stream().filter(SequenceDiff.Run::equal).mapToInt(SequenceDiff.Run::aLength).sum())
                .isEqualTo(90_000);
        assertThat(steps.taken()).isLessThanOrEqualTo(1_000_000 + 4L * (a.length + b.length));
    }
}
