package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.AlsoIn;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionLinks;
import org.reportlens.core.compare.SectionRef;
import org.reportlens.core.compare.SplitMergeTest;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.Span;

/** What the alignment pane says of a row: its badge, how sure the program is, and where it also continues. */
class AlignmentLineTest {
    /** One year's 城市品质 becomes the next year's 城乡融合 and 绿色转型; 改革 and 开放 merge. */
    static final String Y2023 = SplitMergeTest.Y2023;
    static final String Y2024 = SplitMergeTest.Y2024;

    private final Report older = TwoYears.report("r1", Y2023);
    private final Report newer = TwoYears.report("r2", Y2024);
    private final ShownAnalysis shown = shown();

    private ShownAnalysis shown() {
        Analysis analysis = Analyzer.analyze(List.of(older, newer), SessionFixture.characterOptions());
        return ShownAnalysis.of(List.of(older, newer), analysis, 1);
    }

    private AlignmentLine lineOf(String olderSection) {
        return shown.outlineRows().stream().filter(r -> olderSection.equals(r.sections().get(0)))
                .map(r -> AlignmentLine.of(shown, r)).findFirst().orElseThrow();
    }

    @Test
    void aSplitSectionsRowNamesWhereItAlsoContinuesAndShowsTheParagraphsSideBySide() {
        AlignmentLine city = lineOf("1.1");
        assertThat(city.badge()).isEqualTo(AlignmentLine.Badge.SIMILAR);
        assertThat(city.also()).hasSize(1);
        AlignmentLine.Also also = city.also().get(0);
        assertThat(also.report()).isSameAs(newer);
        String partner = city.row().sections().get(1);
        assertThat(also.section().id()).isIn("1.1", "1.2").isNotEqualTo(partner);
        // one of 城市品质's two paragraphs went there, and is all that section has
        assertThat(also.from()).isSameAs(older);
        assertThat(also.cameFrom()).as("it went on to a later year").isFalse();
        assertThat(also.share()).as("of the row's section").isBetween(40, 60);
        assertThat(also.shareThere()).as("of the other").isBetween(85, 100);
        assertThat(also.confidence()).as("percent, as the row's").isBetween(90, 99);
        // the paragraph of 城市品质 that went there, and the paragraph it became, each in its column
        assertThat(also.places()).extracting(ShownAnalysis.Place::column).containsExactly(0, 1);
        String went = also.places().get(0).span().of(older.original());
        String became = also.places().get(1).span().of(newer.original());
        assertThat(went).startsWith(also.section().id().equals("1.1") ? "推进城乡融合发展" : "加强生态环境保护");
        assertThat(became).startsWith(went.substring(0, 8));
    }

    @Test
    void aClickOnAnAlsoInShowsEveryParagraphThatWentNotTheFirstAlone() {
        // 深化改革 and 扩大开放, of two paragraphs each, merge into 深化改革开放: whichever is not its partner went
        // there whole, and a click shows both its paragraphs and both they became
        String reform = "推进政务服务一网通办和企业开办便利化。\n深化财税金融体制改革，推进零基预算，设立中小企业融资担保基金。\n";
        String opening = "扩大外资市场准入。\n支持企业开拓国际市场，新增外贸企业二百家，跨境电商进出口增长两成。\n";
        Report older2 = TwoYears.report("r1", Y2023.replace("推进政务服务一网通办和企业开办便利化。\n", reform)
                .replace("扩大外资市场准入。\n", opening));
        Report newer2 = TwoYears.report("r2", Y2024.replace("推进政务服务一网通办和企业开办便利化。\n", reform)
                .replace("扩大外资市场准入。\n", opening));
        ShownAnalysis two = ShownAnalysis.of(List.of(older2, newer2),
                Analyzer.analyze(List.of(older2, newer2), SessionFixture.characterOptions()), 1);
        AlignmentLine merged = two.outlineRows().stream().filter(r -> r.sections().get(1) == null
                        && r.sections().get(0) != null && !r.alsoIn().isEmpty())
                .map(r -> AlignmentLine.of(two, r)).findFirst().orElseThrow();
        AlignmentLine.Also also = merged.also().get(0);
        assertThat(also.section().title()).isEqualTo("深化改革开放");
        String went = also.places().get(0).span().of(older2.original());
        String became = also.places().get(1).span().of(newer2.original());
        assertThat(went).satisfiesAnyOf(t -> assertThat(t).startsWith("深化国资国企改革").endsWith("融资担保基金。"),
                t -> assertThat(t).startsWith("稳住外贸外资基本盘").endsWith("跨境电商进出口增长两成。"));
        assertThat(became).startsWith(went.substring(0, 8)).endsWith(went.substring(went.length() - 8));
    }

    @Test
    void aClickShowsTheStretchOfTheLinksParagraphsThatHoldsMostOfThemNotPagesBetweenThem() {
        // 深圳 2026's plan part: a sentence of its opening and its closing remarks on the government's conduct came
        // from 2023's conduct section; a click selected the 19,000 characters between (a tour)
        Span opening = new Span(120, 180);
        Span conduct = new Span(32176, 32400);
        Span conductGoesOn = new Span(32410, 32700);
        assertThat(AlignmentLine.mostOf(List.of(conductGoesOn, opening, conduct))).isEqualTo(new Span(32176, 32700));
        // paragraphs of one section with one between that did not go are shown whole
        Span first = new Span(1000, 1300);
        Span third = new Span(1300 + AlignmentLine.APART, 1300 + AlignmentLine.APART + 200);
        assertThat(AlignmentLine.mostOf(List.of(first, third))).isEqualTo(new Span(1000, third.end()));
        assertThat(AlignmentLine.mostOf(List.of(first, new Span(third.start() + 1, third.end() + 1))))
                .as("farther apart: the longer").isEqualTo(first);
    }

    @Test
    void aDroppedSectionThatMergedSaysWhereItWent() {
        AlignmentLine opening = lineOf("1.3");
        // not simply dropped: its text went on in 深化改革开放, surely
        assertThat(opening.badge()).isEqualTo(AlignmentLine.Badge.MERGED);
        assertThat(opening.also()).singleElement().satisfies(a -> assertThat(a.sure()).isTrue());
        assertThat(opening.years()).containsExactly(older);
        assertThat(opening.also()).extracting(a -> a.section().title()).containsExactly("深化改革开放");
        assertThat(opening.also().get(0).places().get(1).span().of(newer.original())).startsWith("稳住外贸外资基本盘");
        // its tooltip says what "merged" means: the year without a section of its own, whose section the line names
        assertThat(opening.meaning(shown.sections())).hasValue(new AlignmentLine.Meaning("alignment.meaning.merged", newer, older));
    }

    @Test
    void aRowTheProgramIsUnsureOfAsksToBeChecked() {
        AlignmentRow sure = lineOf("1.2").row();
        assertThat(AlignmentLine.of(shown, sure).doubtful()).isFalse();
        AlignmentRow unsure = new AlignmentRow(2, sure.sections(), 0.3, 0.42, List.of(), List.of());
        AlignmentLine line = AlignmentLine.of(shown, unsure);
        assertThat(line.doubtful()).isTrue();
        assertThat(line.confidence()).isEqualTo(42);
        assertThat(line.similarity()).isEqualTo(30);
    }

    @Test
    void inARowOfThreeYearsAPairTheProgramDoubtsIsFlaggedBesideOneTheUserMade() {
        ShownAnalysis shown = threeYears();
        List<String> three = List.of("1.2", "1.3", "1.1");
        org.reportlens.core.compare.RowPair byHand = new org.reportlens.core.compare.RowPair(0, 1, 0.2, 1, true);
        org.reportlens.core.compare.RowPair unsure = new org.reportlens.core.compare.RowPair(1, 2, 0.1, 0.3, false);
        AlignmentLine mixed = AlignmentLine.of(shown,
                new AlignmentRow(2, three, 0.15, 0.3, List.of(byHand, unsure), List.of()));
        assertThat(mixed.pinned()).isTrue();
        assertThat(mixed.allPinned()).isFalse();
        assertThat(mixed.doubtful()).as("the pair the program made is unsure").isTrue();
        AlignmentLine onlyByHand = AlignmentLine.of(shown, new AlignmentRow(2, three, 0.15, 1, List.of(byHand,
                new org.reportlens.core.compare.RowPair(1, 2, 0.1, 1, true)), List.of()));
        assertThat(onlyByHand.allPinned()).isTrue();
        assertThat(onlyByHand.doubtful()).isFalse();
    }

    @Test
    void aRowWithAYearMissingBetweenTwoSaysWhichYearItLacks() {
        ShownAnalysis three = threeYears();
        Report latest = three.columns().get(2);
        // as a pin across a year makes it: 2023's section and 2025's, none of 2024 between
        AlignmentRow gap = new AlignmentRow(2, java.util.Arrays.asList("1.4", null, "1.4"), 0.9, 1,
                List.of(new org.reportlens.core.compare.RowPair(0, 2, 0.9, 1, true)), List.of());
        AlignmentLine line = AlignmentLine.of(three, gap);
        assertThat(line.badge()).isEqualTo(AlignmentLine.Badge.GAP);
        assertThat(line.missing(three.sections())).containsExactly(newer);
        assertThat(line.showsSimilarityBeside()).as("the pinned pair across the gap has its figure").isTrue();
        assertThat(line.badgeYear(three.sections())).isNull();
        assertThat(line.titleLines(three.sections())).extracting(AlignmentLine.TitleLine::year)
                .containsExactly(older, latest);
        assertThat(line.missingYearsHoldIt(three.sections())).as("no line says where 2024 has it").isFalse();
        // a line under the row says 2024 wrote it into another section: the badge says so, not "缺 2024"
        String elsewhere = newer.outline().get(0).children().get(2).id();
        AlsoIn weak = new AlsoIn(0, 1, elsewhere, 0.1, List.of(), List.of(), 0.6, 0.1, 0.2);
        AlsoIn most = new AlsoIn(0, 1, elsewhere, 0.7, List.of(), List.of(), 0.6, 0.7, 0.2);
        assertThat(AlignmentLine.of(three, new AlignmentRow(2, gap.sections(), 0.9, 1, gap.pairs(), List.of(weak)))
                .missingYearsHoldIt(three.sections())).as("a weak link for a sliver of it").isFalse();
        assertThat(AlignmentLine.of(three, new AlignmentRow(2, gap.sections(), 0.9, 1, gap.pairs(), List.of(most)))
                .missingYearsHoldIt(three.sections())).isTrue();
    }

    @Test
    void aSectionOfOneYearBetweenOthersThatCameFromTheYearBeforeOrWentOnSaysSo() {
        ShownAnalysis three = threeYears();
        String section = newer.outline().get(0).children().get(2).id();
        AlignmentRow alone = new AlignmentRow(2, java.util.Arrays.asList(null, section, null), 0, 0.7, List.of(), List.of());
        assertThat(AlignmentLine.of(three, alone).badge()).isEqualTo(AlignmentLine.Badge.SOME_YEARS);
        AlsoIn back = new AlsoIn(1, 0, "1.3", 0.6, List.of(), List.of(), 0.6, 0.6, 0.4);
        AlsoIn on = new AlsoIn(1, 2, "1.3", 0.6, List.of(), List.of(), 0.6, 0.6, 0.4);
        AlsoIn sliver = new AlsoIn(1, 2, "1.3", 0.1, List.of(), List.of(), 0.6, 0.1, 0.4);
        AlignmentLine split = AlignmentLine.of(three, new AlignmentRow(2, alone.sections(), 0, 0.7, List.of(), List.of(back)));
        assertThat(split.badge()).isEqualTo(AlignmentLine.Badge.SPLIT);
        assertThat(split.badgeYear(three.sections())).as("split off in").isSameAs(newer);
        AlignmentLine merged = AlignmentLine.of(three, new AlignmentRow(2, alone.sections(), 0, 0.7, List.of(), List.of(on)));
        assertThat(merged.badge()).isEqualTo(AlignmentLine.Badge.MERGED);
        assertThat(merged.badgeYear(three.sections())).as("merged in").isSameAs(three.columns().get(2));
        assertThat(split.meaning(three.sections())).hasValue(new AlignmentLine.Meaning("alignment.meaning.split", newer, older));
        assertThat(merged.meaning(three.sections()))
                .hasValue(new AlignmentLine.Meaning("alignment.meaning.merged", three.columns().get(2), newer));
        assertThat(AlignmentLine.of(three, alone).meaning(three.sections()))
                .hasValue(new AlignmentLine.Meaning("alignment.meaning.some", null, null));
        // split off from the year before and merged into the year after: the row says both (江苏 2020's culture, a tour)
        AlignmentLine both = AlignmentLine.of(three, new AlignmentRow(2, alone.sections(), 0, 0.7, List.of(), List.of(back, on)));
        assertThat(both.badge()).isEqualTo(AlignmentLine.Badge.SPLIT);
        assertThat(both.alsoMerged()).isTrue();
        assertThat(both.mergedYear(three.sections())).isSameAs(three.columns().get(2));
        assertThat(split.alsoMerged()).isFalse();
        assertThat(split.mergedYear(three.sections())).isNull();
        assertThat(AlignmentLine.of(three, new AlignmentRow(2, alone.sections(), 0, 0.7, List.of(), List.of(back, sliver)))
                .alsoMerged()).as("a sliver says nothing").isFalse();
        // a paragraph that went into a long section is a sliver of it, never "0%" of it
        AlsoIn intoMuch = new AlsoIn(1, 0, "1.3", 0.6, List.of(new Span(0, 5)), List.of(new Span(0, 5)), 0.6, 0.6, 0.001);
        assertThat(AlignmentLine.of(three, new AlignmentRow(2, alone.sections(), 0, 0.7, List.of(), List.of(intoMuch)))
                .also().get(0).shareThere()).isEqualTo(1);
        assertThat(AlignmentLine.of(three, new AlignmentRow(2, alone.sections(), 0, 0.7, List.of(), List.of(sliver))).badge())
                .isEqualTo(AlignmentLine.Badge.SOME_YEARS);
    }

    /** 2023, 2024 and a 2025 like 2024, side by side. */
    private ShownAnalysis threeYears() {
        Report latest = TwoYears.report("r3", Y2024.replace("2024", "2025"));
        return ShownAnalysis.of(List.of(older, newer, latest),
                Analyzer.analyze(List.of(older, newer, latest), SessionFixture.characterOptions()), 1);
    }

    @Test
    void aRowTheUserPairedSaysSoAndIsNeverAskedToBeChecked() {
        AlignmentRow sure = lineOf("1.2").row();
        assertThat(AlignmentLine.of(shown, sure).pinned()).isFalse();
        AlignmentRow byHand = new AlignmentRow(2, sure.sections(), 0.08, 0.3,
                List.of(new org.reportlens.core.compare.RowPair(0, 1, 0.08, 1, true)), List.of());
        AlignmentLine line = AlignmentLine.of(shown, byHand);
        assertThat(line.pinned()).isTrue();
        assertThat(line.doubtful()).isFalse();
    }

    @Test
    void inThreeYearsEachPairOfARowHasItsOwnFiguresAndTheRowsAreTheirMeanAndLeast() {
        Report latest = TwoYears.report("r3", Y2024.replace("2024", "2025").replace("新增", "新建"));
        Analysis analysis = Analyzer.analyze(List.of(older, newer, latest), SessionFixture.characterOptions());
        ShownAnalysis three = ShownAnalysis.of(List.of(older, newer, latest), analysis, 1);
        AlignmentLine line = three.outlineRows().stream().filter(r -> r.present() == 3 && r.level() == 2)
                .map(r -> AlignmentLine.of(three, r)).findFirst().orElseThrow();
        List<AlignmentLine.PairFigures> pairs = line.pairs(three.sections());
        assertThat(pairs).extracting(AlignmentLine.PairFigures::older, AlignmentLine.PairFigures::newer)
                .containsExactly(tuple(older, newer), tuple(newer, latest));
        assertThat(pairs).extracting(AlignmentLine.PairFigures::similarity).doesNotHaveDuplicates();
        int[] similarities = pairs.stream().mapToInt(AlignmentLine.PairFigures::similarity).sorted().toArray();
        assertThat(line.similarity()).isBetween(similarities[0], similarities[similarities.length - 1]);
        assertThat(line.confidence())
                .isEqualTo(pairs.stream().mapToInt(AlignmentLine.PairFigures::confidence).min().orElseThrow());
    }

    @Test
    void aSectionOnlyInTheMiddleYearSaysSoAndANewOneOfItsOwnIsNew() {
        String games = "（五）办好亚运会。\n建成亚运场馆十二座，开通亚运专线三条，招募赛会志愿者两万名。\n";
        Report withGames = TwoYears.report("r2", Y2024 + games);
        Report latest = TwoYears.report("r3", Y2024.replace("2024", "2025"));
        ShownAnalysis three = ShownAnalysis.of(List.of(older, withGames, latest),
                Analyzer.analyze(List.of(older, withGames, latest), SessionFixture.characterOptions()), 1);
        AlignmentLine middle = three.outlineRows().stream().filter(r -> r.present() == 1 && r.sections().get(1) != null)
                .map(r -> AlignmentLine.of(three, r)).findFirst().orElseThrow();
        assertThat(middle.badge()).isEqualTo(AlignmentLine.Badge.SOME_YEARS);
        assertThat(middle.years()).containsExactly(withGames);
        // in three columns, one line, naming its year
        assertThat(middle.titleLines(three.sections())).singleElement().satisfies(t -> {
            assertThat(t.year()).isSameAs(withGames);
            assertThat(t.section().title()).isEqualTo("办好亚运会");
            assertThat(t.named()).isTrue();
        });
        ShownAnalysis two = ShownAnalysis.of(List.of(older, withGames),
                Analyzer.analyze(List.of(older, withGames), SessionFixture.characterOptions()), 1);
        AlignmentLine added = two.outlineRows().stream().filter(r -> r.sections().get(0) == null && r.level() == 2)
                .map(r -> AlignmentLine.of(two, r)).filter(l -> l.also().isEmpty()).findFirst().orElseThrow();
        assertThat(added.badge()).isEqualTo(AlignmentLine.Badge.NEW);
        assertThat(added.years()).containsExactly(withGames);
        // in two, a line for each column, the empty one too, the column saying the year
        assertThat(added.titleLines(two.sections())).extracting(t -> t.section() == null ? "—" : t.section().title(),
                AlignmentLine.TitleLine::named).containsExactly(tuple("—", false), tuple("办好亚运会", false));
        assertThat(added.badgeYear(two.sections())).as("the column says it").isNull();
        assertThat(middle.badgeYear(three.sections())).as("only in some years: no one year").isNull();
        assertThat(added.meaning(two.sections())).as("new in 2024: 2023 has no section matching it")
                .hasValue(new AlignmentLine.Meaning("alignment.meaning.new", withGames, older));
        AlignmentLine both = two.outlineRows().stream().filter(r -> r.present() == 2 && r.level() == 2)
                .map(r -> AlignmentLine.of(two, r)).filter(l -> l.badge() == AlignmentLine.Badge.SIMILAR).findFirst().orElseThrow();
        assertThat(both.meaning(two.sections())).as("its figures say it").isEmpty();
    }

    @Test
    void aSectionWhosePartTheOtherYearWritesWithoutSectionsIsUnsectionedThereNotDropped() {
        // 北京 2022 reviews 2021 in six sections; 2023 reviews five years in prose
        String sectioned = "一、2021年工作回顾\n"
                + "（一）京津冀协同发展取得新进展。城市副中心建设加快推进，疏解非首都功能成效明显。\n"
                + "（二）国际科技创新中心建设提速。中关村示范区企业总收入增长，高精尖产业加快发展。\n"
                + "二、2022年主要任务\n"
                + "（一）推动京津冀协同发展。加快城市副中心建设。\n"
                + "（二）加快建设国际科技创新中心。支持中关村先行先试。\n";
        String prose = "一、过去五年工作回顾\n"
                + "五年来，城市副中心建设加快推进，疏解非首都功能成效明显，京津冀协同发展取得新进展。"
                + "中关村示范区企业总收入持续增长，国际科技创新中心建设提速，高精尖产业加快发展。\n"
                + "二、2023年主要任务\n"
                + "（一）推动京津冀协同发展。加快城市副中心建设。\n"
                + "（二）加快建设国际科技创新中心。支持中关村先行先试。\n";
        Report a = TwoYears.report("r1", sectioned);
        Report b = TwoYears.report("r2", prose);
        ShownAnalysis two = TwoYears.shown(a, b);
        List<AlignmentLine> review = two.outlineRows().stream()
                .filter(r -> r.sections().get(0) != null && r.sections().get(0).startsWith("1."))
                .map(r -> AlignmentLine.of(two, r)).toList();
        assertThat(review).hasSize(2).allSatisfy(line -> {
            assertThat(line.row().sections().get(1)).isNull();
            assertThat(line.badge()).isEqualTo(AlignmentLine.Badge.UNSECTIONED);
            assertThat(line.unsectioned().report()).isSameAs(b);
            assertThat(line.unsectioned().part().title()).isEqualTo("过去五年工作回顾");
            assertThat(line.saysItsConfidence()).as("its confidence that it has no partner reads as dropped").isFalse();
        });
        // the plan's sections have partners: nothing unsectioned about them
        assertThat(two.outlineRows().stream().filter(r -> r.sections().get(0) != null && r.sections().get(0).startsWith("2."))
                .map(r -> AlignmentLine.of(two, r))).allSatisfy(line -> {
                    assertThat(line.badge()).isEqualTo(AlignmentLine.Badge.SIMILAR);
                    assertThat(line.unsectioned()).isNull();
                    assertThat(line.saysItsConfidence()).isTrue();
                });
        // in three years, sections only in the middle one, beside an undivided review each side: unsectioned,
        // the badge naming the year after
        Report before = TwoYears.report("r0", prose.replace("过去五年", "2020年").replace("2023年主要", "2021年主要"));
        ShownAnalysis three = ShownAnalysis.of(List.of(before, a, b),
                Analyzer.analyze(List.of(before, a, b), SessionFixture.characterOptions()), 1);
        List<AlignmentLine> middle = three.outlineRows().stream().map(r -> AlignmentLine.of(three, r))
                .filter(l -> l.years().equals(List.of(a)) && l.row().level() == 2).toList();
        assertThat(middle).hasSize(2).allSatisfy(line -> {
            assertThat(line.badge()).isEqualTo(AlignmentLine.Badge.UNSECTIONED);
            assertThat(line.badgeYear(three.sections())).isSameAs(b);
        });
        // the same section with the other year's part in sections, but none its partner, is dropped (or merged:
        // in so small a text its topic goes to 京津冀 with nowhere better to go), not unsectioned
        Report sectionedAgain = TwoYears.report("r2", sectioned.replace("2021", "2022").replace("2022年主要", "2023年主要")
                .replace("（二）国际科技创新中心建设提速。中关村示范区企业总收入增长，高精尖产业加快发展。\n",
                        "（二）民生保障有力有效。新增就业二十六万人，养老服务网络不断完善。\n"));
        ShownAnalysis again = ShownAnalysis.of(List.of(a, sectionedAgain),
                Analyzer.analyze(List.of(a, sectionedAgain), SessionFixture.characterOptions()), 1);
        AlignmentLine science = again.outlineRows().stream().filter(r -> "1.2".equals(r.sections().get(0)))
                .map(r -> AlignmentLine.of(again, r)).findFirst().orElseThrow();
        assertThat(science.badge()).isIn(AlignmentLine.Badge.DROPPED, AlignmentLine.Badge.MERGED);
        assertThat(science.unsectioned()).isNull();
    }

    @Test
    void aSectionBeforeAnyPartIsNeverUnsectioned() {
        // 云南 2003 opens with (一) sections before its first part: level 2, in no part
        String opening = "（一）经济平稳较快增长。全省生产总值增长8.6%，财政收入增长10%。\n"
                + "（二）改革开放不断深化。国有企业改革取得新进展。\n"
                + "一、2003年主要任务\n（一）扩大投资。正文。\n";
        Report a = TwoYears.report("r1", opening);
        Report b = TwoYears.report("r2", "一、2004年主要任务\n过去一年，全省生产总值增长8.8%。\n（一）扩大投资。正文。\n");
        ShownAnalysis two = TwoYears.shown(a, b);
        List<AlignmentLine> lines = two.outlineRows().stream().map(r -> AlignmentLine.of(two, r)).toList();
        assertThat(lines).filteredOn(l -> l.row().sections().get(0) != null && !l.row().sections().get(0).contains("."))
                .isNotEmpty().allSatisfy(l -> assertThat(l.unsectioned()).isNull());
    }

    @Test
    void aLinkTheProgramIsUnsureOfNamesWhereTheTextWentButLeavesTheBadgeDroppedUnlessItCarriesAFifthOfTheSection() {
        AlignmentRow merged = lineOf("1.3").row();
        AlsoIn sure = merged.alsoIn().get(0);
        AlsoIn unsure = new AlsoIn(sure.from(), sure.report(), sure.section(), sure.share(), sure.here(), sure.there(),
                0.62, 0.15, sure.shareThere());
        AlignmentLine line = AlignmentLine.of(shown, new AlignmentRow(merged.level(), merged.sections(),
                merged.similarity(), merged.confidence(), merged.pairs(), List.of(unsure)));
        assertThat(line.badge()).isEqualTo(AlignmentLine.Badge.DROPPED);
        assertThat(line.also()).singleElement().satisfies(a -> {
            assertThat(a.confidence()).isEqualTo(62);
            assertThat(a.sure()).isFalse();
        });
        // as unsure, but much of the section went there: it merged, as such links mostly are right
        AlsoIn most = new AlsoIn(sure.from(), sure.report(), sure.section(), sure.share(), sure.here(), sure.there(),
                0.62, 0.71, sure.shareThere());
        AlignmentLine mostly = AlignmentLine.of(shown, new AlignmentRow(merged.level(), merged.sections(),
                merged.similarity(), merged.confidence(), merged.pairs(), List.of(most)));
        assertThat(mostly.badge()).isEqualTo(AlignmentLine.Badge.MERGED);
        AlsoIn fifth = new AlsoIn(sure.from(), sure.report(), sure.section(), sure.share(), sure.here(), sure.there(),
                0.62, 0.2, sure.shareThere());
        assertThat(AlignmentLine.of(shown, new AlignmentRow(merged.level(), merged.sections(), merged.similarity(),
                merged.confidence(), merged.pairs(), List.of(fifth))).badge()).as("a fifth is enough").isEqualTo(AlignmentLine.Badge.MERGED);
        assertThat(mostly.also()).singleElement().satisfies(a -> assertThat(a.sure()).isFalse());
    }

    @Test
    void aLinkWithNoneOfTheRowsOwnTextSaysNoShareOfIt() {
        AlignmentRow merged = lineOf("1.3").row();
        AlsoIn link = merged.alsoIn().get(0);
        assertThat(lineOf("1.3").also().get(0).ownText()).as("改革 went on in 改革开放").isTrue();
        // the other side of a link made by topic: that section's paragraphs are on this one's topics, none of
        // this one's went there as they were
        AlsoIn byTopic = new AlsoIn(link.from(), link.report(), link.section(), link.share(), List.of(), link.there(),
                link.confidence(), 0.0, link.shareThere());
        // … and one paragraph, a sliver of a long section, went: some of it, not "0%"
        AlsoIn sliver = new AlsoIn(link.from(), link.report(), link.section(), link.share(), link.here(), link.there(),
                link.confidence(), 0.003, link.shareThere());
        AlignmentLine withSliver = AlignmentLine.of(shown, new AlignmentRow(merged.level(), merged.sections(),
                merged.similarity(), merged.confidence(), merged.pairs(), List.of(sliver)));
        assertThat(withSliver.also()).singleElement().satisfies(a -> {
            assertThat(a.share()).isEqualTo(1);
            assertThat(a.ownText()).isTrue();
        });
        AlignmentLine line = AlignmentLine.of(shown, new AlignmentRow(merged.level(), merged.sections(),
                merged.similarity(), merged.confidence(), merged.pairs(), List.of(byTopic)));
        assertThat(line.also()).singleElement().satisfies(a -> {
            assertThat(a.share()).isZero();
            assertThat(a.ownText()).isFalse();
        });
    }

    @Test
    void aSectionLinkedToTheYearBeforesClosingRemarksShowsThemNotThePartsHeading() {
        // 宁夏 2024→2025: 2024's review closes on the government's conduct, which 2025 made a section of its own
        String growth = "（一）推动经济平稳增长。地区生产总值增长6%，规模以上工业增加值增长8%，固定资产投资增长5%。\n";
        String living = "（二）切实增进民生福祉。新增城镇就业8万人，新建改扩建中小学20所，城乡居民医保补助标准提高。\n";
        String conduct = "深入开展主题教育，严格落实中央八项规定精神，自觉接受人大监督和政协民主监督，"
                + "办理人大代表建议和政协委员提案全部按时办结，政务公开和行政复议工作扎实推进。\n";
        Report before = TwoYears.report("r1", "一、2023年工作总结\n过去一年，经济稳中向好。\n" + growth + living
                + "过去一年，政府自身建设明显加强。" + conduct + "二、2024年目标任务\n坚持稳中求进，推动高质量发展。\n");
        Report after = TwoYears.report("r2", "一、2024年工作回顾\n过去一年，经济回升向好。\n" + growth.replace("6%", "5.5%")
                + living.replace("8万人", "9万人") + "（三）突出效能提升，政府自身建设全面加强。" + conduct
                + "二、2025年目标任务\n坚持稳中求进，推动高质量发展。\n");
        Analysis analysis = Analyzer.analyze(List.of(before, after), SessionFixture.characterOptions());
        ShownAnalysis two = ShownAnalysis.of(List.of(before, after), analysis, 1);
        AlignmentRow row = two.outlineRows().stream().filter(r -> "1.3".equals(r.sections().get(1))).findFirst().orElseThrow();
        AlsoIn link = row.alsoIn().stream().filter(a -> a.section().equals("1")).findFirst().orElseThrow();
        OutlineNode review = before.outline().get(0);
        int column = two.columnOf(before.id());
        for (AlsoIn shown : List.of(link, new AlsoIn(link.from(), link.report(), link.section(), link.share(), link.here(),
                List.of(), link.confidence(), link.shareHere(), link.shareThere()))) {
            // the paragraphs the link lists, or, listing none of the part's (its text went there by topic), the
            // remarks it is made from — not the part's heading
            AlignmentLine line = AlignmentLine.of(two, new AlignmentRow(row.level(), row.sections(),
                    row.similarity(), row.confidence(), row.pairs(), List.of(shown)));
            assertThat(line.also()).singleElement().satisfies(a -> assertThat(a.places())
                    .filteredOn(p -> p.column() == column).singleElement().satisfies(p -> {
                        assertThat(p.span().start()).isGreaterThanOrEqualTo(review.closingStart());
                        assertThat(before.original().substring(p.span().start(), p.span().end())).contains("政府自身建设明显加强");
                    }));
        }
    }

    @Test
    void inThreeYearsARowNewInTheMiddleYearHoldsPartnersAndIsNotAlone() {
        Report latest = TwoYears.report("r3", Y2024.replace("2024", "2025"));
        Analysis analysis = Analyzer.analyze(List.of(older, newer, latest), SessionFixture.characterOptions());
        ShownAnalysis three = ShownAnalysis.of(List.of(older, newer, latest), analysis, 1);
        AlignmentLine fromTheMiddle = three.outlineRows().stream()
                .filter(r -> r.sections().get(0) == null && r.sections().get(1) != null && r.sections().get(2) != null)
                .map(r -> AlignmentLine.of(three, r)).findFirst().orElseThrow();
        // 2024's section split off 2023's 城市品质
        assertThat(fromTheMiddle.badge()).isEqualTo(AlignmentLine.Badge.SPLIT);
        assertThat(fromTheMiddle.years()).containsExactly(newer, latest);
        assertThat(fromTheMiddle.badgeYear(three.sections())).as("split off in").isSameAs(newer);
        assertThat(fromTheMiddle.alone()).as("it has its partner in 2025").isFalse();
        assertThat(fromTheMiddle.showsSimilarityBeside()).as("the pair 2024-2025 keeps its figure").isTrue();
        AlignmentLine opening = three.outlineRows().stream()
                .filter(r -> "1.3".equals(r.sections().get(0)) && r.sections().get(1) == null)
                .map(r -> AlignmentLine.of(three, r)).findFirst().orElseThrow();
        assertThat(opening.badge()).isEqualTo(AlignmentLine.Badge.MERGED);
        assertThat(opening.badgeYear(three.sections())).as("merged in").isSameAs(newer);
        assertThat(opening.alone()).isTrue();
        assertThat(opening.showsSimilarityBeside()).as("alone: no figure to show").isFalse();
        AlignmentLine everyYear = three.outlineRows().stream().filter(r -> r.present() == 3)
                .map(r -> AlignmentLine.of(three, r)).findFirst().orElseThrow();
        assertThat(everyYear.badge()).isEqualTo(AlignmentLine.Badge.SIMILAR);
        assertThat(everyYear.showsSimilarityBeside()).as("its badge is the figure").isFalse();
    }

    @Test
    void aPairTheUserPartedIsTracedOnTheRowsOfBothSectionsWithTheCorrectionThatTakesItBack() {
        AlignmentRow pair = lineOf("1.2").row();
        OutlineNode older12 = older.outline().get(0).children().get(1);
        OutlineNode partner = new SectionRef(newer.file(), pair.sections().get(1), null).find(newer);
        SectionLink parted = new SectionLink(SectionRef.of(older, older12), SectionRef.of(newer, partner), false);
        // a forbidden pair with a report not shown leaves no trace
        Report elsewhere = TwoYears.report("r9", Y2024);
        SectionLink notShown = new SectionLink(SectionRef.of(older, older12), SectionRef.of(elsewhere, partner), false);
        AnalysisOptions options = SessionFixture.characterOptions();
        options = options.withCompare(options.compare().withLinks(SectionLinks.NONE.with(parted).with(notShown)));
        ShownAnalysis apart = ShownAnalysis.of(List.of(older, newer), Analyzer.analyze(List.of(older, newer), options), 1);

        AlignmentLine olderLine = apart.outlineRows().stream().filter(r -> "1.2".equals(r.sections().get(0)))
                .map(r -> AlignmentLine.of(apart, r)).findFirst().orElseThrow();
        assertThat(olderLine.row().sections().get(1)).as("the aligner kept them apart").isNotEqualTo(partner.id());
        assertThat(olderLine.parted()).extracting(AlignmentLine.Parted::from, AlignmentLine.Parted::report,
                AlignmentLine.Parted::section, AlignmentLine.Parted::correction)
                .containsExactly(tuple(older, newer, partner, parted));
        AlignmentLine newerLine = apart.outlineRows().stream().filter(r -> partner.id().equals(r.sections().get(1)))
                .map(r -> AlignmentLine.of(apart, r)).findFirst().orElseThrow();
        assertThat(newerLine.parted()).extracting(AlignmentLine.Parted::from, AlignmentLine.Parted::report,
                AlignmentLine.Parted::section).containsExactly(tuple(newer, older, older12));
        assertThat(apart.outlineRows().stream().map(r -> AlignmentLine.of(apart, r))
                .mapToInt(l -> l.parted().size()).sum()).as("no other row").isEqualTo(2);
        assertThat(lineOf("1.2").parted()).as("nothing parted, nothing traced").isEmpty();
    }

    /** 长沙 2025's plan closes on the government's conduct, four paragraphs (excerpts); 2026 makes them a part of sections. */
    private static final String REVIEW = "一、YEAR年工作回顾\n过去一年，经济回升向好。\n"
            + "（一）推动经济平稳增长。地区生产总值增长6%，规模以上工业增加值增长8%，固定资产投资增长5%。\n"
            + "（二）切实增进民生福祉。新增城镇就业8万人，新建改扩建中小学20所，城乡居民医保补助标准提高。\n"
            + "二、YEAR年工作重点\n"
            + "（一）全面扩大有效需求。实施提振消费专项行动，扩大有效投资，推进重大项目建设，全年新开工项目300个。\n"
            + "（二）着力增进民生福祉。稳定和扩大就业，办好人民满意的教育，健全多层次医疗保障体系和养老服务体系。\n";
    private static final String LOYAL = "旗帜鲜明讲政治，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、"
            + "做到“两个维护”，把忠诚担当融入政府工作全过程。\n";
    private static final String LAWFUL = "加强重点领域、新兴领域立法，严格落实重大行政决策目录管理制度，强化行政规范性文件和"
            + "政府合同管理，依法接受人大及其常委会的监督，自觉接受政协民主监督。\n";
    private static final String CLEAN = "锲而不舍落实中央八项规定精神，持续纠治“四风”特别是形式主义、官僚主义，厉行节约过紧日子，"
            + "严控“三公”经费和一般性支出，加强公共资金、公共资产、公共资源监管。\n";

    @Test
    void aNewPartWhoseSectionsSplitOffTheYearBeforeSaysSoNotNew() {
        Report before = TwoYears.report("r1", REVIEW.replace("YEAR年工作回顾", "2024年工作回顾").replace("YEAR", "2025")
                + "各位代表！时代的新答卷由实干者书写，我们要努力建设人民满意的法治政府、创新政府、廉洁政府和服务型政府。\n"
                + "坚持忠诚担当，进一步扛牢政治责任。" + LOYAL + "坚持依法行政，进一步加强法治建设。" + LAWFUL
                + "坚持廉洁为民，进一步锻造过硬作风。" + CLEAN + "各位代表！实干铸就伟业，奋斗开创未来。\n");
        Report after = TwoYears.report("r2", REVIEW.replace("YEAR年工作回顾", "2025年工作回顾").replace("YEAR", "2026")
                + "三、努力建设人民满意政府\n站在新起点，我们将从严从实抓好政府自身建设，全面履行好政府职责。\n"
                + "（一）坚持忠诚履职。" + LOYAL + "（二）坚持依法履职。" + LAWFUL
                + "（三）坚持实干履职。牢固树立和践行正确政绩观，甘于下苦功夫，以解决问题为突破口，完善闭环管理，注重增强工作落实。\n"
                + "（四）坚持廉洁履职。" + CLEAN + "各位代表！实干铸就伟业，奋斗开创未来。\n");
        ShownAnalysis two = ShownAnalysis.of(List.of(before, after),
                Analyzer.analyze(List.of(before, after), SessionFixture.characterOptions()), 1);
        AlignmentLine part = two.outlineRows().stream().filter(r -> "3".equals(r.sections().get(1)))
                .map(r -> AlignmentLine.of(two, r)).findFirst().orElseThrow();
        assertThat(part.row().sections().get(0)).as("no part of 2025 is its partner").isNull();
        List<AlignmentLine.Badge> sections = two.outlineRows().stream()
                .filter(r -> r.sections().get(1) != null && r.sections().get(1).startsWith("3."))
                .map(r -> AlignmentLine.of(two, r).badge()).toList();
        assertThat(sections).as("忠诚, 依法, 廉洁 came from 2025's closing remarks; 实干 is new")
                .containsExactly(AlignmentLine.Badge.SPLIT, AlignmentLine.Badge.SPLIT, AlignmentLine.Badge.NEW,
                        AlignmentLine.Badge.SPLIT);
        assertThat(part.badge()).isEqualTo(AlignmentLine.Badge.SPLIT);
        // no line under the part says where it came from: its tooltip says its sections' rows do
        assertThat(part.also()).isEmpty();
        assertThat(part.meaning(two.sections()))
                .hasValue(new AlignmentLine.Meaning("alignment.meaning.split.part", after, before));
        AlignmentLine loyal = two.outlineRows().stream().filter(r -> "3.1".equals(r.sections().get(1)))
                .map(r -> AlignmentLine.of(two, r)).findFirst().orElseThrow();
        assertThat(loyal.meaning(two.sections())).as("a section split off by its own line")
                .hasValue(new AlignmentLine.Meaning("alignment.meaning.split", after, before));
        // the year before closing on its thanks alone, the part and its sections are new
        Report thanksOnly = TwoYears.report("r1", REVIEW.replace("YEAR年工作回顾", "2024年工作回顾").replace("YEAR", "2025")
                + "各位代表！实干铸就伟业，奋斗开创未来。\n");
        ShownAnalysis plain = ShownAnalysis.of(List.of(thanksOnly, after),
                Analyzer.analyze(List.of(thanksOnly, after), SessionFixture.characterOptions()), 1);
        assertThat(plain.outlineRows().stream().filter(r -> "3".equals(r.sections().get(1)))
                .map(r -> AlignmentLine.of(plain, r).badge())).containsExactly(AlignmentLine.Badge.NEW);
    }
}
