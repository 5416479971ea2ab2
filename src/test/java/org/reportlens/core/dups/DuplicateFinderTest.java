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
}
