package org.reportlens.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.text.Span;

/**
 * Sections that split or merge from one year to the next, as the alignment issue describes them:
 * one year's 城市品质 becomes the next year's 城乡融合 plus 绿色转型; 改革 and 开放 merge into 改革开放.
 */
public class SplitMergeTest {
    public static final String Y2023 = "二、2023年工作安排\n"
            + "（一）提升城市品质。\n"
            + "推进城乡融合发展，加快美丽乡村建设，完善农村道路和供水设施，推动城乡基本公共服务均等化。\n"
            + "加强生态环境保护，推进绿色低碳转型，深入打好蓝天碧水净土保卫战，推动能源结构调整和节能降碳。\n"
            + "（二）深化改革。\n"
            + "深化国资国企改革，完善现代企业制度，优化营商环境，推进政务服务一网通办和企业开办便利化。\n"
            + "（三）扩大开放。\n"
            + "稳住外贸外资基本盘，办好进出口商品交易会，推进自由贸易试验区建设，扩大外资市场准入。\n"
            + "（四）增进民生福祉。\n"
            + "实施就业优先政策，新增城镇就业5万人，提高城乡居民基本养老金，建设保障性住房2000套。\n";
    public static final String Y2024 = "二、2024年工作安排\n"
            + "（一）推进城乡融合。\n"
            + "推进城乡融合发展，建设宜居宜业和美乡村，完善农村道路和供水设施，推动城乡基本公共服务均等化。\n"
            + "（二）推动绿色转型。\n"
            + "加强生态环境保护，推进绿色低碳转型，持续打好蓝天碧水净土保卫战，推动能源结构调整和节能降碳。\n"
            + "（三）深化改革开放。\n"
            + "深化国资国企改革，完善现代企业制度，持续优化营商环境，推进政务服务一网通办和企业开办便利化。\n"
            + "稳住外贸外资基本盘，办好进出口商品交易会，推进自由贸易试验区提升，扩大外资市场准入。\n"
            + "（四）增进民生福祉。\n"
            + "实施就业优先政策，新增城镇就业6万人，提高城乡居民基本养老金，建设保障性住房3000套。\n";

    static Report report(String id, String text) {
        return ReportAnalyzer.analyze(id, id + ".txt", new DecodedText(text, "UTF-8", List.of()));
    }

    /** The rows (as {@link #rows}) of two texts compared as reports r1 and r2 with the default options. */
    static List<String> rowsOf(String older, String newer) {
        return rows(Comparer.compare(List.of(report("r1", older), report("r2", newer)), CompareOptions.DEFAULTS));
    }

    /** Each row as "a | b" (node ids, "-" where absent), with "+ also r2:1.2" for each also-in. */
    static List<String> rows(Comparison c) {
        return c.alignment().stream().map(row -> row.sections().stream().map(s -> s == null ? "-" : s)
                .collect(Collectors.joining(" | ")) + row.alsoIn().stream()
                .map(a -> " + also " + c.reports().get(a.report()) + ":" + a.section()).collect(Collectors.joining()))
                .toList();
    }

    @Test
    void aSectionThatSplitIsPairedWithOneAndAlsoInTheOther() {
        Report a = report("r1", Y2023);
        Report b = report("r2", Y2024);
        Comparison c = Comparer.compare(List.of(a, b), CompareOptions.DEFAULTS);
        // 城市品质 pairs with 推进城乡融合 or 推动绿色转型 (the less edited one) and is also in the other;
        // 深化改革 and 扩大开放 both continue in 深化改革开放
        assertThat(rows(c)).containsAnyOf("1.1 | 1.1 + also r2:1.2", "1.1 | 1.2 + also r2:1.1");
        assertThat(rows(c)).contains("1 | 1", "1.2 | 1.3 + also r1:1.3", "1.3 | - + also r2:1.3", "1.4 | 1.4");
        assertThat(partnersOf(c, "1.1")).containsExactlyInAnyOrder("1.1", "1.2");
        // 扩大开放 has no partner of its own, but continues in 深化改革开放: as sure as such sections were
        assertThat(c.alignment().stream().filter(r -> "1.3".equals(r.sections().get(0)) && r.sections().get(1) == null)
                .findFirst().orElseThrow().confidence()).isEqualTo(SectionAligner.ALONE_LINKED);
        // down to the paragraphs: each 2023 paragraph of 城市品质 is found in the 2024 section it went to
        AlignmentRow cityQuality = c.alignment().stream().filter(r -> "1.1".equals(r.sections().get(0)))
                .findFirst().orElseThrow();
        AlsoIn split = cityQuality.alsoIn().get(0);
        boolean environmentWentApart = split.section().equals("1.2");
        assertThat(split.here()).extracting(s -> text(a, s)).containsExactly(environmentWentApart
                ? "加强生态环境保护，推进绿色低碳转型，深入打好蓝天碧水净土保卫战，推动能源结构调整和节能降碳。"
                : "推进城乡融合发展，加快美丽乡村建设，完善农村道路和供水设施，推动城乡基本公共服务均等化。");
        assertThat(split.there()).extracting(s -> text(b, s)).containsExactly(environmentWentApart
                ? "加强生态环境保护，推进绿色低碳转型，持续打好蓝天碧水净土保卫战，推动能源结构调整和节能降碳。"
                : "推进城乡融合发展，建设宜居宜业和美乡村，完善农村道路和供水设施，推动城乡基本公共服务均等化。");
        assertThat(split.share()).isGreaterThan(0.4);
        // the other side says it too: the 2024 section holds a paragraph of 城市品质
        AlignmentRow other = c.alignment().stream().filter(r -> split.section().equals(r.sections().get(1)))
                .findFirst().orElseThrow();
        assertThat(other.alsoIn()).singleElement().satisfies(x -> {
            assertThat(x.section()).isEqualTo("1.1");
            assertThat(x.here()).isEqualTo(split.there());
            assertThat(x.there()).isEqualTo(split.here());
            assertThat(x.confidence()).isEqualTo(split.confidence());
        });
        // a whole paragraph of two went there unchanged: the link is sure; it is about half of 城市品质 and
        // nearly all of the other section (its text after the heading)
        assertThat(split.confidence()).isGreaterThan(0.9).isLessThan(1.0);
        assertThat(split.shareHere()).isBetween(0.4, 0.6);
        assertThat(split.shareThere()).isGreaterThan(0.85);
        assertThat(other.alsoIn().get(0).shareHere()).isEqualTo(split.shareThere());
    }

    /** The 2024 sections that 2023's section {@code id} is paired with: its partner and where it also is. */
    private static List<String> partnersOf(Comparison c, String id) {
        AlignmentRow row = c.alignment().stream().filter(r -> id.equals(r.sections().get(0))).findFirst().orElseThrow();
        List<String> out = new java.util.ArrayList<>();
        if (row.sections().get(1) != null) {
            out.add(row.sections().get(1));
        }
        row.alsoIn().forEach(x -> out.add(x.section()));
        return out;
    }

    @Test
    void partnersCarryAConfidenceAndUnchangedTopicsAreSure() {
        Comparison c = Comparer.compare(List.of(report("r1", Y2023), report("r2", Y2024)), CompareOptions.DEFAULTS);
        AlignmentRow livelihood = c.alignment().get(5);
        assertThat(livelihood.pairs()).singleElement().satisfies(p -> {
            assertThat(p.older()).isZero();
            assertThat(p.newer()).isEqualTo(1);
            assertThat(p.pinned()).isFalse();
            assertThat(p.confidence()).isGreaterThan(0.9);
        });
        assertThat(livelihood.confidence()).isEqualTo(livelihood.pairs().get(0).confidence());
    }

    private static String text(Report r, Span s) {
        return r.original().substring(s.start(), s.end());
    }

    @Test
    void aPartsShareCountsItsSectionsToo() {
        // 2023's part 二 holds all four sections: its opening paragraph is a small share of it, as a reader of
        // the part counts (not all of its own text)
        Report a = report("r1", Y2023);
        OutlineNode part = a.outline().get(0);
        Span opening = new Span(part.headingEnd(), part.children().get(0).start());
        double expected = (double) (opening.end() - opening.start()) / (part.end() - part.headingEnd());
        assertThat(AlsoIn.shareOf(List.of(opening), part)).isEqualTo(expected).isLessThan(0.5);
        // a span reaching beyond the section counts only inside it
        Span wide = new Span(0, a.original().length());
        assertThat(AlsoIn.shareOf(List.of(wide), part.children().get(0))).isEqualTo(1.0);
    }

    @Test
    void aSectionThatWentIntoThePartsClosingRemarksIsInThePartNotInItsLastSection() {
        // 邢台 2020→2023: 2020's self-building part became the closing remarks of 2023's plan, after (二)安全
        String older = "一、2020年工作任务\n"
                + "（一）扩大有效投资。\n"
                + "全力抓好项目建设，谋划储备一批重大项目，推进产业园区基础设施建设，扩大有效投资规模。\n"
                + "（二）维护社会稳定。\n"
                + "毫不放松抓好安全生产，压实企业主体责任，深入开展隐患排查整治，严厉打击违法犯罪活动。\n"
                + "二、加强政府自身建设\n"
                + "（一）坚持正确政治方向。\n"
                + "坚持用党的创新理论武装头脑，严守政治纪律和政治规矩，确保政令畅通、令行禁止。\n"
                + "（二）加强党风廉政建设。\n"
                + "认真落实全面从严治党主体责任，严格执行中央八项规定精神，坚决纠治形式主义官僚主义。\n";
        String newer = "一、2023年工作任务\n"
                + "（一）扩大有效投资。\n"
                + "全力抓好项目建设，谋划储备一批重大项目，推进产业园区基础设施建设，持续扩大有效投资规模。\n"
                + "（二）维护社会稳定。\n"
                + "毫不放松抓好安全生产，压实企业主体责任，深入开展隐患排查整治，依法打击违法犯罪活动。\n"
                + "各位代表！我们将坚持用党的创新理论武装头脑，严守政治纪律和政治规矩，确保政令畅通、令行禁止；"
                + "认真落实全面从严治党主体责任，严格执行中央八项规定精神，坚决纠治形式主义官僚主义。\n";
        // not "(二)维护社会稳定, also 坚持正确政治方向 and 加强党风廉政建设": those went where the speaker
        // turned to the delegates, not into (二) — into the part's closing remarks, which a section may be
        // linked to (Continuations.partTextToSection)
        List<String> rows = rowsOf(older, newer);
        assertThat(rows).contains("1.1 | 1.1", "1.2 | 1.2", "2 | -").noneMatch(row -> row.contains("r2:1.2"));
        assertThat(rows).filteredOn(row -> row.startsWith("2.")).anyMatch(row -> row.endsWith("+ also r2:1"));
    }

    @Test
    void aGlossaryContinuesOnlyInAnotherYearsGlossary() {
        // 南昌 2021→2025: 2021's notes explain terms that 2025's plan sections take up; they were "also in"
        // the notes at 99%, and a year's plan part was paired with a glossary
        String older = "一、2023年工作安排\n"
                + "（一）扩大有效投资。全力抓好项目建设，谋划储备一批重大项目。\n"
                + "（二）办好民生实事。新建幼儿园三所，改造老旧小区十个。\n"
                + "二、名词解释\n"
                + "1.“三区一中心”：指国家级新区、综合保税区、临空经济区和区域科创中心，是全市对外开放和产业升级的主平台。\n"
                + "2.“一枢纽四中心”：指综合交通枢纽和区域金融、商贸物流、文化旅游、科技创新中心。\n";
        String newer = "一、2024年工作安排\n"
                + "（一）扩大有效投资。全力抓好项目建设，谋划储备一批重大项目。\n"
                + "（二）办好民生实事。新建幼儿园三所，改造老旧小区十个。\n"
                + "（三）建设开放平台。推动国家级新区、综合保税区、临空经济区和区域科创中心提质升级，建设综合交通枢纽。\n"
                + "二、名词解释\n"
                + "1.“新质生产力”：指创新起主导作用，摆脱传统经济增长方式和生产力发展路径的先进生产力质态。\n";
        assertThat(rowsOf(older, newer)).containsExactly("1 | 1", "1.1 | 1.1", "1.2 | 1.2", "- | 1.3", "2 | 2");
    }
}
