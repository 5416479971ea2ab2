package org.reportlens.core.dups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

class DuplicateFinderTest {
    private static final String SHARED = "新认定高新技术企业184家，新注册科技型中小企业593家，新备案雏鹰企业120家。";
    private static final DuplicateOptions NO_STOCK = DuplicateOptions.defaults().withStockPhrases(StockPhrases.none());

    private static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    private static List<Duplicate> find(DuplicateOptions options, String... texts) {
        List<Report> reports = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            reports.add(report("r" + (i + 1), texts[i]));
        }
        return DuplicateFinder.find(reports, options).duplicates();
    }

    @Test
    void anExactRepeatAcrossReportsNamesBothSpansInTheOriginalText() {
        String a = "一、工作回顾\n过去一年，" + SHARED + "成绩来之不易。";
        String b = "今年要继续努力。" + SHARED;
        List<Duplicate> found = find(NO_STOCK, a, b);
        assertThat(found).hasSize(1);
        Duplicate d = found.get(0);
        assertThat(d.near()).isFalse();
        assertThat(d.text()).isEqualTo(SHARED);
        assertThat(d.occurrences()).containsExactly(
                new Occurrence("r1", a.indexOf(SHARED), a.indexOf(SHARED) + SHARED.length()),
                new Occurrence("r2", b.indexOf(SHARED), b.length()));
        assertThat(a.substring(d.occurrences().get(0).start(), d.occurrences().get(0).end())).isEqualTo(SHARED);
    }

    @Test
    void widthOfPunctuationAndWhitespaceDoNotBreakARepeat() {
        String half = "新认定高新技术企业184家,新注册科技型中小企业593家, 新备案雏鹰企业120家.";
        String full = "新认定高新技术企业１８４家，新注册科技型中小企业５９３家，\n新备案雏鹰企业１２０家．";
        List<Duplicate> found = find(NO_STOCK, half, full);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).occurrences().get(1)).isEqualTo(new Occurrence("r2", 0, full.length()));
    }

    @Test
    void aPassageCopiedWithANumberChangedIsOneNearRepeatWithItsEdit() {
        String a = "全年目标：地区生产总值增长6%左右，规模以上工业增加值增长7.5%，固定资产投资增长8%左右。";
        String b = "主要预期目标是：地区生产总值增长6%左右，规模以上工业增加值增长9.5%，固定资产投资增长8%左右。";
        List<Duplicate> found = find(NO_STOCK, a, b);
        assertThat(found).hasSize(1);
        Duplicate d = found.get(0);
        assertThat(d.near()).isTrue();
        assertThat(d.text()).isEqualTo("地区生产总值增长6%左右，规模以上工业增加值增长7.5%，固定资产投资增长8%左右。");
        assertThat(d.edits()).hasSize(1);
        NearEdit edit = d.edits().get(0);
        assertThat(edit.firstText()).isEqualTo("7");
        assertThat(edit.secondText()).isEqualTo("9");
        assertThat(a.substring(edit.first().start(), edit.first().end())).isEqualTo("7");
        assertThat(b.substring(edit.second().start(), edit.second().end())).isEqualTo("9");
    }

    @Test
    void nearRepeatsCanBeTurnedOff() {
        // the exact parts between clause boundaries are shorter than 20 characters, so with near
        // repeats off a shared clause is added for something to be found
        String a = "地区生产总值增长6%左右，规模以上工业增加值增长7.5%，固定资产投资增长8%左右。" + SHARED;
        String b = "地区生产总值增长6%左右，规模以上工业增加值增长9.5%，固定资产投资增长8%左右。" + SHARED;
        assertThat(find(NO_STOCK, a, b)).extracting(Duplicate::near).contains(true);
        assertThat(find(NO_STOCK.withNearRepeats(false), a, b)).extracting(Duplicate::near).containsExactly(false);
    }

    @Test
    void theMinimumLengthIsTheUsersChoice() {
        String passage = "推进城中村改造等三大工程建设"; // 14 characters
        String a = "甲。" + passage + "。乙";
        String b = "丙。" + passage + "。丁";
        assertThat(find(NO_STOCK, a, b)).isEmpty();
        assertThat(find(NO_STOCK.withMinLength(12), a, b)).extracting(Duplicate::text).containsExactly(passage + "。");
    }

    @Test
    void stockPhrasesAreMarkedAndDoNotCountAsReuse() {
        String stock = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。";
        List<Report> reports = List.of(report("r1", "一年来，" + stock + "我们做了很多工作。"),
                report("r2", "今年，" + stock + "我们还要做更多。"));
        DuplicateAnalysis muted = DuplicateFinder.find(reports, DuplicateOptions.defaults());
        assertThat(muted.duplicates()).singleElement().satisfies(d -> assertThat(d.stock()).isTrue());
        assertThat(muted.reuse()).allSatisfy(r -> assertThat(r.otherReports()).isZero());
        DuplicateAnalysis counted = DuplicateFinder.find(reports, NO_STOCK);
        assertThat(counted.duplicates()).singleElement().satisfies(d -> assertThat(d.stock()).isFalse());
        assertThat(counted.reuse().get(0).otherReports()).isGreaterThan(0.5);
    }

    @Test
    void reuseSharesAreMeasuredPerReportAndSection() {
        String a = "一、回顾\n" + SHARED + "\n二、计划\n" + SHARED + "今年还要继续推进改革开放。";
        String b = "一、回顾\n今年的工作另有安排，与往年不同。";
        DuplicateAnalysis analysis = DuplicateFinder.find(List.of(report("r1", a), report("r2", b)), NO_STOCK);
        ReuseShare r1 = analysis.reuse().get(0);
        assertThat(r1.otherReports()).isZero();
        assertThat(r1.sameReport()).isBetween(0.7, 0.9);
        assertThat(r1.sections()).extracting(SectionReuse::section).containsExactly("1", "2");
        assertThat(r1.sections().get(0).sameReport()).isBetween(0.9, 1.0);
        assertThat(r1.sections().get(1).sameReport()).isBetween(0.6, 0.85);
        assertThat(analysis.reuse().get(1).sameReport()).isZero();
    }

    @Test
    void aPassageAlsoFoundInAThirdPlaceIsGroupedWithAllItsCopies() {
        String a = "甲" + SHARED;
        String b = "乙" + SHARED;
        String c = "丙" + SHARED + "丁" + SHARED;
        Duplicate d = find(NO_STOCK, a, b, c).get(0);
        assertThat(d.occurrences()).extracting(Occurrence::report).containsExactly("r1", "r2", "r3", "r3");
        assertThat(d.reportCount()).isEqualTo(3);
    }

    @Test
    void nothingRepeatedFindsNothing() {
        assertThat(find(NO_STOCK, "今年的工作很多。", "")).isEmpty();
        assertThat(DuplicateFinder.find(List.of(), NO_STOCK).duplicates()).isEmpty();
    }

    @Test
    void passagesRepeatedInsideTheReportsOpeningsAreStockWhateverTheList() {
        String opening = "政府工作报告\n——2024年1月5日在东港市第十届人民代表大会第三次会议上\n市长 张三\n各位代表：\n"
                + "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n";
        String a = opening + "一、2023年工作回顾\n" + SHARED;
        String b = opening.replace("2024年1月5日", "2025年1月8日").replace("第三次", "第四次") + "一、2024年工作回顾\n"
                + "过去一年，全市上下团结奋斗，各项事业取得了显著成绩。" + SHARED;
        List<Duplicate> found = find(NO_STOCK, a, b);
        assertThat(found).filteredOn(Duplicate::stock).isNotEmpty()
                .allSatisfy(d -> assertThat(d.occurrences()).allSatisfy(o -> assertThat(o.end()).isLessThan(a.indexOf("一、"))));
        assertThat(found.get(0).stock()).isFalse();
        assertThat(found.get(0).text()).isEqualTo(SHARED);
    }

    @Test
    void aSentenceBeforeTheRequestToDeliberateDoesNotEndTheOpening() {
        // 国务院 2023: "本届政府任期即将结束。现在，我代表国务院，向大会报告工作，请予审议…" — the opening ended at the first
        // 。 and the request, the same every year, read as text carried over
        String opening = "政府工作报告\n各位代表：\n本届政府任期即将结束。现在，我代表国务院，向大会报告工作，请予审议，"
                + "并请全国政协委员提出意见。\n";
        String a = opening + "一、过去一年工作回顾\n" + SHARED;
        String b = opening + "一、过去一年工作回顾\n过去一年，全国上下团结奋斗，各项事业取得了显著成绩。" + SHARED;
        assertThat(ReportOpening.end(a)).isEqualTo(a.indexOf("提出意见。") + "提出意见。".length());
        assertThat(find(NO_STOCK, a, b)).filteredOn(d -> d.text().contains("请予审议")).isNotEmpty().allMatch(Duplicate::stock);
    }

    @Test
    void theSalutationRunningOnIntoTheFirstHeadingIsStockWithTheShippedList() {
        // 国务院 2024 and 2025 (corpus-dev): the repeat runs from the speaker's line past the request to
        // deliberate into "## 一、20xx年工作回顾 过去一年，", so it does not lie wholly inside the openings
        String opening = "政府工作报告\n——%s年3月5日在第十四届全国人民代表大会第%s次会议上\n\n国务院总理　李强\n\n各位代表：\n\n"
                + "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n\n## 一、%s年工作回顾\n\n过去一年，";
        String a = String.format(opening, "2024", "二", "2023") + "是全面贯彻党的二十大精神的开局之年，是本届政府依法履职的第一年。\n" + SHARED;
        String b = String.format(opening, "2025", "三", "2024") + "我国发展历程很不平凡。党的二十届三中全会胜利召开。\n" + SHARED;
        List<Duplicate> found = find(DuplicateOptions.defaults(), a, b);
        Duplicate salutation = found.stream().filter(d -> d.text().contains("请予审议")).findFirst().orElseThrow();
        assertThat(salutation.occurrences().get(0).end()).isGreaterThan(a.indexOf("## 一"));
        assertThat(salutation.stock()).isTrue();
        assertThat(found.get(0).text()).isEqualTo(SHARED);
        assertThat(found.get(0).stock()).isFalse();
    }

    @Test
    void stockPassagesComeAfterAllOthersWhateverTheirLength() {
        String stock = "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，完整、准确、全面贯彻新发展理念，";
        DuplicateOptions options = DuplicateOptions.defaults().withStockPhrases(StockPhrases.of(List.of(stock)))
                .withNearRepeats(false);
        List<Duplicate> found = find(options, "甲。" + stock + "乙。" + SHARED, "丙。" + stock + "丁。" + SHARED);
        assertThat(found).extracting(Duplicate::stock).containsExactly(false, true);
        assertThat(found.get(1).length()).isGreaterThan(found.get(0).length());
    }

    @Test
    void passagesAreGroupedByPairOfReportsWithTheShareOfEachSectionFoundInEachOtherReport() {
        String other = "今年的工作另有安排，与往年不同，不再重复。";
        String r1 = "一、回顾\n" + SHARED + "\n二、计划\n" + other;
        String r2 = "一、回顾\n" + other + "\n二、计划\n" + SHARED + SHARED;
        String r3 = "一、回顾\n" + SHARED;
        DuplicateAnalysis analysis = DuplicateFinder.find(List.of(report("r1", r1), report("r2", r2), report("r3", r3)),
                NO_STOCK);
        assertThat(analysis.pairs()).extracting(ReportPair::a, ReportPair::b).containsExactly(
                org.assertj.core.groups.Tuple.tuple("r1", "r2"), org.assertj.core.groups.Tuple.tuple("r1", "r3"),
                org.assertj.core.groups.Tuple.tuple("r2", "r3"), org.assertj.core.groups.Tuple.tuple("r2", "r2"));
        ReportPair first = analysis.pairs().get(0);
        assertThat(first.passages()).isEqualTo(2);
        assertThat(first.duplicates()).hasSize(2).allSatisfy(i -> assertThat(analysis.duplicates().get(i).occurrences())
                .extracting(Occurrence::report).contains("r1", "r2"));
        // both passages once each: r2 holding SHARED twice does not count it twice for the pair
        assertThat(first.sharedCharacters()).isEqualTo(StockPhrases.keyOf(SHARED + other).length());
        List<SectionReuse> sections = analysis.reuse().get(1).sections();
        assertThat(sections.get(0).byReport()).extracting(ReportShare::report).containsExactly("r1");
        assertThat(sections.get(1).byReport()).extracting(ReportShare::report).containsExactly("r1", "r3");
        assertThat(sections.get(1).byReport()).allSatisfy(s -> assertThat(s.share()).isBetween(0.9, 1.0));
        assertThat(analysis.reuse().get(2).sections().get(0).byReport()).extracting(ReportShare::report)
                .containsExactly("r1", "r2");
    }

    @Test
    void everyPassageOfTheSeedsBeginsAndEndsAtAClauseBoundary() {
        List<Report> seeds = new org.reportlens.core.report.ReportLoader().load(List.of(
                org.reportlens.testing.Seeds.DALIAN_2024.toString(), org.reportlens.testing.Seeds.DALIAN_2022.toString(),
                org.reportlens.testing.Seeds.GAOXIN_2026.toString(), org.reportlens.testing.Seeds.XIGANG_PLAN_PART.toString()))
                .reports();
        DuplicateAnalysis analysis = DuplicateFinder.find(seeds, DuplicateOptions.defaults());
        assertThat(analysis.duplicates()).hasSizeGreaterThan(5);
        for (Duplicate d : analysis.duplicates()) {
            for (Occurrence o : d.occurrences()) {
                String text = seeds.stream().filter(r -> r.id().equals(o.report())).findFirst().orElseThrow().original();
                assertThat(startsAClause(text, o.start())).as("start of %s in %s", d.text(), o).isTrue();
                assertThat(endsAClause(text, o.end())).as("end of %s in %s", d.text(), o).isTrue();
            }
        }
    }

    private static final String CLAUSE_ENDS = "。；，、！？：;,:!?.．";

    /** Before the start, past whitespace: the text's start, a line end, clause punctuation (and closing quotes). */
    private static boolean startsAClause(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i--;
        }
        while (i >= 0 && "”’\"')）】」』》".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r' || CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    /** The passage's last character ends a clause, or a line end or the text's end follows it. */
    private static boolean endsAClause(String text, int end) {
        int last = end - 1;
        while (last >= 0 && "”’\"')）】」』》".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        if (CLAUSE_ENDS.indexOf(text.charAt(last)) >= 0) {
            return true;
        }
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
            i++;
        }
        return i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }
}
