package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/** The user's corrections: a pinned pair is made, a forbidden one never, and the rest aligns around them. */
class SectionLinksTest {
    private final Report a = report("r1", SplitMergeTest.Y2023);
    private final Report b = report("r2", SplitMergeTest.Y2024);

    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static SectionRef ref(Report r, String id) {
        return new SectionRef(r.file(), id, null);
    }

    private Comparison compare(SectionLinks links) {
        return Comparer.compare(List.of(a, b), CompareOptions.DEFAULTS.withLinks(links));
    }

    /** Rows as "a | b", with "(pinned)" where the user linked them. */
    private static List<String> rows(Comparison c) {
        return c.alignment().stream().map(row -> row.sections().stream().map(s -> s == null ? "-" : s)
                .collect(Collectors.joining(" | ")) + (row.pairs().stream().anyMatch(RowPair::pinned) ? " (pinned)" : ""))
                .toList();
    }

    @Test
    void aLinkPinsThePairAndTheRestAlignsAroundIt() {
        // 扩大开放 (2023) with 深化改革开放 (2024): the user prefers it to 深化改革
        Comparison c = compare(SectionLinks.NONE.with(new SectionLink(ref(a, "1.3"), ref(b, "1.3"), true)));
        assertThat(rows(c)).contains("1.3 | 1.3 (pinned)", "1.4 | 1.4").doesNotContain("1.2 | 1.3");
        RowPair pinned = c.alignment().stream().flatMap(r -> r.pairs().stream()).filter(RowPair::pinned)
                .findFirst().orElseThrow();
        assertThat(pinned.confidence()).isEqualTo(1.0);
        // 深化改革 is no partner now, but still also in 深化改革开放
        AlignmentRow reform = c.alignment().stream().filter(r -> "1.2".equals(r.sections().get(0))).findFirst()
                .orElseThrow();
        assertThat(reform.sections().get(1)).isNull();
        assertThat(reform.alsoIn()).extracting(AlsoIn::section).containsExactly("1.3");
    }

    @Test
    void sectionsOfPartsTheUserLinkedLineUpThoughTheAlignerKeepsSuchPartsApart() {
        // 南昌 2021's five-year plan part and 2025's year plan: never set against each other by the aligner
        // (they overlap by nature); linked by hand, their sections are lined up too (from an editor's tour)
        Report fiveYears = report("r1", String.join("\n",
                "一、过去五年工作回顾", "五年来，全市经济持续健康发展。",
                "二、今后五年工作的总体考虑",
                "（一）突出创新引领第一动力。建设科技创新平台，培育高新技术企业，提升研发投入强度，打造创新高地。",
                "（二）突出改革开放关键一招。深化营商环境改革，扩大高水平对外开放，建设开放平台，稳外贸稳外资。",
                "（三）突出生态优先基本导向。打好污染防治攻坚战，推进碳达峰碳中和，建设美丽城市和美丽乡村。"));
        Report oneYear = report("r2", String.join("\n",
                "一、2024年工作回顾", "一年来，全市经济稳中有进。",
                "二、2025年工作安排",
                "（一）强化科技创新引领作用。建设科技创新平台，培育高新技术企业，提高研发投入强度。",
                "（二）更大力度深化改革开放。优化营商环境，扩大对外开放，稳外贸稳外资。",
                "（三）加强生态文明建设。打好污染防治攻坚战，推进碳达峰碳中和，建设美丽城市。"));
        Comparison apart = Comparer.compare(List.of(fiveYears, oneYear), CompareOptions.DEFAULTS);
        assertThat(rows(apart)).doesNotContain("2.1 | 2.1", "2.2 | 2.2", "2.3 | 2.3");
        Comparison linked = Comparer.compare(List.of(fiveYears, oneYear), CompareOptions.DEFAULTS.withLinks(
                SectionLinks.NONE.with(new SectionLink(ref(fiveYears, "2"), ref(oneYear, "2"), true))));
        assertThat(rows(linked)).contains("2 | 2 (pinned)", "2.1 | 2.1", "2.2 | 2.2", "2.3 | 2.3");
    }

    @Test
    void anUnlinkPartsThePairWhileTheTextThatWentFromOneToTheOtherStillShows() {
        Comparison before = compare(SectionLinks.NONE);
        assertThat(rows(before)).contains("1.2 | 1.3");
        Comparison c = compare(SectionLinks.NONE.with(new SectionLink(ref(a, "1.2"), ref(b, "1.3"), false)));
        assertThat(rows(c)).doesNotContain("1.2 | 1.3");
        // the rest re-aligns: 扩大开放 becomes the partner of 深化改革开放 …
        assertThat(rows(c)).contains("1.3 | 1.3", "1.4 | 1.4");
        // … and 深化改革, parted from it, still says that it went there: parted, a merged section showed as dropped
        // with no word of where it went (tour 12: 福建 2025's 两岸融合 in 2026's 深化改革扩大开放)
        AlignmentRow reform = c.alignment().stream().filter(r -> "1.2".equals(r.sections().get(0))).findFirst()
                .orElseThrow();
        assertThat(reform.sections().get(1)).isNull();
        assertThat(reform.alsoIn()).extracting(AlsoIn::section).containsExactly("1.3");
    }

    @Test
    void theLatestCorrectionOfAPairWinsAndRemovingItGivesTheAlignerItsSayBack() {
        SectionLink link = new SectionLink(ref(a, "1.4"), ref(b, "1.1"), true);
        SectionLink unlink = new SectionLink(ref(b, "1.1"), ref(a, "1.4"), false);
        SectionLinks links = SectionLinks.NONE.with(link).with(unlink);
        assertThat(links.links()).containsExactly(unlink);
        assertThat(links.without(link).isEmpty()).isTrue();
        assertThat(rows(compare(links.without(link)))).isEqualTo(rows(compare(SectionLinks.NONE)));
    }

    @Test
    void aCorrectionAgainstTheUsersOwnTakesItBackAndAnyOtherIsMade() {
        SectionLink link = new SectionLink(ref(a, "1.4"), ref(b, "1.1"), true);
        SectionLink unlink = new SectionLink(ref(b, "1.1"), ref(a, "1.4"), false);
        // Unlink on a pair the user linked gives the aligner its say back; a second Unlink forbids the pair
        assertThat(SectionLinks.NONE.corrected(link).corrected(unlink).isEmpty()).isTrue();
        assertThat(SectionLinks.NONE.corrected(link).corrected(unlink).corrected(unlink).links()).containsExactly(unlink);
        // and Link on a pair the user forbade
        assertThat(SectionLinks.NONE.corrected(unlink).corrected(link).isEmpty()).isTrue();
        // a correction of other sections, or the same one again, is kept as it is
        SectionLink other = new SectionLink(ref(a, "1.2"), ref(b, "1.3"), false);
        assertThat(SectionLinks.NONE.corrected(link).corrected(other).links()).containsExactly(link, other);
        assertThat(SectionLinks.NONE.corrected(link).corrected(link).links()).containsExactly(link);
    }

    @Test
    void aPinTheAlignerCouldNotMakeItselfIsReportedAndNotMade() {
        // part 1 (二、2023年工作安排) holds sections: it pairs with a part, not with 2024's section 1.1
        SectionLinks across = SectionLinks.NONE.with(new SectionLink(ref(a, "1"), ref(b, "1.1"), true));
        assertThat(across.problems(List.of(a, b))).singleElement().asString()
                .contains("r1.txt:1", "joins a part that has sections to a section", "ignored");
        assertThat(rows(compare(across))).isEqualTo(rows(compare(SectionLinks.NONE)));
        // forbidding such a pair is harmless and not reported
        assertThat(SectionLinks.NONE.with(new SectionLink(ref(a, "1"), ref(b, "1.1"), false)).problems(List.of(a, b)))
                .isEmpty();
    }

    @Test
    void aPinToAPartNowSectionedByItsTopicLeadsSaysSoAndIsKept() {
        // a link saved when 甘肃 2023's review was read whole: its topic leads are its sections now
        Report leads = report("r2", LeadSectionsTest.LEADS);
        Report numbered = report("r1", LeadSectionsTest.NUMBERED);
        SectionLinks saved = SectionLinks.NONE.with(new SectionLink(ref(numbered, "1.1"), ref(leads, "1"), true));
        assertThat(saved.problems(List.of(numbered, leads))).singleElement().asString()
                .contains("r2.txt:1", "topic leads are read as its sections", "link one of those sections", "kept");
    }

    @Test
    void correctionsOfReportsNotComparedHaveNoEffectAndMissingSectionsAreReported() {
        SectionLink elsewhere = new SectionLink(new SectionRef("other.txt", "1.1", null), ref(b, "1.4"), true);
        assertThat(rows(compare(SectionLinks.NONE.with(elsewhere)))).isEqualTo(rows(compare(SectionLinks.NONE)));
        SectionLinks gone = SectionLinks.NONE.with(new SectionLink(ref(a, "7.1"), ref(b, "1.1"), true));
        assertThat(gone.problems(List.of(a, b))).singleElement().asString()
                .contains("r1.txt:7.1", "no longer there");
        SectionLinks twice = SectionLinks.NONE.with(new SectionLink(ref(a, "1.1"), ref(b, "1.1"), true))
                .with(new SectionLink(ref(a, "1.1"), ref(b, "1.2"), true));
        assertThat(twice.problems(List.of(a, b))).singleElement().asString().contains("already linked");
        assertThat(rows(compare(twice))).contains("1.1 | 1.2 (pinned)");
    }

    @Test
    void aCorrectionFindsItsSectionByTitleWhenTheIdsMoved() {
        // the user linked 增进民生福祉 when it was 1.4; a new section before it renumbered it 1.5
        SectionRef saved = new SectionRef(a.file(), "1.4", "增进民生福祉");
        Report renumbered = report("r1", SplitMergeTest.Y2023.replace("（四）增进民生福祉。",
                "（四）加强安全生产。\n落实安全生产责任制，开展重点行业领域安全隐患排查整治。\n（五）增进民生福祉。"));
        assertThat(saved.find(renumbered).id()).isEqualTo("1.5");
        assertThat(saved.find(a).id()).isEqualTo("1.4");
        assertThat(new SectionRef(a.file(), "1.4", "不再有的标题").find(renumbered)).isNull();
    }

    @Test
    void aLinkJoinsTwoReports() {
        assertThatThrownBy(() -> new SectionLink(ref(a, "1.1"), ref(a, "1.2"), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two reports");
    }

    @Test
    void aLinkAcrossAYearPinsTheSectionIntoTheRowOfTheEarlierOne() {
        // three years: 2023's 扩大开放 is linked to 2025's 扩大开放, though 2024 merged it away
        Report c = report("r3", SplitMergeTest.Y2023.replace("2023", "2025"));
        List<Report> three = List.of(a, b, c);
        SectionLinks links = SectionLinks.NONE.with(new SectionLink(ref(a, "1.3"), ref(c, "1.3"), true));
        Comparison compared = Comparer.compare(three, CompareOptions.DEFAULTS.withLinks(links));
        assertThat(compared.alignment()).anySatisfy(row -> {
            assertThat(row.sections().get(0)).isEqualTo("1.3");
            assertThat(row.sections().get(2)).isEqualTo("1.3");
            assertThat(row.pairs()).anySatisfy(p -> {
                assertThat(p.pinned()).isTrue();
                // the same section, word for word: a figure, though no two consecutive years hold both (weighed over
                // the three)
                assertThat(p.similarity()).isGreaterThan(0.95);
            });
            assertThat(row.similarity()).isGreaterThan(0.95);
        });
    }
}
