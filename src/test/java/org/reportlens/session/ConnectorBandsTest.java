package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.AlsoIn;
import org.reportlens.core.text.Span;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.session.ConnectorBands.Band;
import org.reportlens.session.ConnectorBands.Kind;

/** The bands between two columns of {@link TwoYears}, each paragraph drawn 20 high, for what each column shows. */
class ConnectorBandsTest {
    private static final double LINE = 20;
    private final ShownAnalysis shown = TwoYears.shown();
    private final List<AlignmentRow> rows = shown.outlineRows();

    /** Paragraphs {@code first} to {@code first + count - 1} of {@code text} on screen, the first at y 0. */
    private static ColumnViewport showing(String text, int first, int count) {
        List<ColumnViewport.Line> lines = new ArrayList<>();
        int start = 0;
        for (int p = 0; start <= text.length() && p < first + count; p++) {
            int end = text.indexOf('\n', start) < 0 ? text.length() : text.indexOf('\n', start) + 1;
            if (p >= first) {
                lines.add(new ColumnViewport.Line(start, end, (p - first) * LINE, (p - first + 1) * LINE));
            }
            start = end;
            if (end == text.length()) {
                break;
            }
        }
        return new ColumnViewport(lines, 0, count * LINE);
    }

    /** Where the paragraph opening with {@code heading} begins in a column laid out by {@link #showing}. */
    private static double yOf(String text, String heading) {
        return paragraph(text, heading) * LINE;
    }

    private static int paragraph(String text, String heading) {
        return (int) text.substring(0, text.indexOf(heading)).chars().filter(c -> c == '\n').count();
    }

    /** A row of level 2 pairing these sections (null for none), as the aligner would make it. */
    private static AlignmentRow row(String older, String newer) {
        return new AlignmentRow(2, java.util.Arrays.asList(older, newer), 0.5, 0.9, List.of(), List.of());
    }

    private OutlineNode node(int column, String title) {
        for (AlignmentRow row : rows) {
            OutlineNode n = shown.sections().node(row, column);
            if (n != null && n.title().contains(title)) {
                return n;
            }
        }
        throw new AssertionError("no aligned section " + title);
    }

    private Band bandOf(List<Band> bands, String title) {
        OutlineNode left = node(0, title);
        return bands.stream().filter(b -> shown.sections().node(rows.get(b.row()), 0) == left).findFirst()
                .orElseThrow(() -> new AssertionError("no band for " + title + " in " + bands));
    }

    @Test
    void aViewportPlacesAnOffsetWithinItsParagraphAndKeepsWhatIsOffScreenAtItsEdges() {
        ColumnViewport view = new ColumnViewport(List.of(new ColumnViewport.Line(10, 20, 0, 20),
                new ColumnViewport.Line(20, 40, 20, 60)), 0, 50);
        assertThat(view.topOf(10)).isEqualTo(0);
        assertThat(view.topOf(15)).as("within a paragraph: its top").isEqualTo(0);
        assertThat(view.topOf(25)).isEqualTo(20);
        assertThat(view.bottomOf(20)).as("text ending where the second paragraph begins ends with the first").isEqualTo(20);
        assertThat(view.bottomOf(21)).as("the second paragraph runs past the column's bottom").isEqualTo(50);
        assertThat(view.topOf(5)).as("above what shows").isEqualTo(0);
        assertThat(view.bottomOf(5)).isEqualTo(0);
        assertThat(view.topOf(40)).as("below what shows").isEqualTo(50);
        assertThat(ColumnViewport.EMPTY.topOf(3)).isEqualTo(0);
        assertThatThrownBy(() -> new ColumnViewport(List.of(new ColumnViewport.Line(20, 40, 0, 20),
                new ColumnViewport.Line(10, 20, 20, 40)), 0, 40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ColumnViewport.Line(5, 4, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withBothReportsWhollyInSightEverySectionIsJoinedToItsPartnerAndAPartWithSectionsByALine() {
        ColumnViewport left = showing(TwoYears.OLDER, 0, 20);
        ColumnViewport right = showing(TwoYears.NEWER, 0, 20);
        List<Band> bands = new ConnectorBands(rows, shown.sections(), 0, 1).on(left, right);

        Band plan = bandOf(bands, "工作安排");
        assertThat(plan.kind()).as("二、 holds (一) and (二), which have bands of their own").isEqualTo(Kind.PART);
        assertThat(plan.leftTop()).isEqualTo(yOf(TwoYears.OLDER, "二、"));
        assertThat(plan.rightTop()).isEqualTo(yOf(TwoYears.NEWER, "二、"));

        Band first = bandOf(bands, "加快建设重点区域");
        assertThat(first.kind()).isEqualTo(Kind.SECTION);
        assertThat(first.leftTop()).isEqualTo(yOf(TwoYears.OLDER, "(一)"));
        assertThat(first.leftBottom()).isEqualTo(yOf(TwoYears.OLDER, "(二)"));
        assertThat(first.rightTop()).isEqualTo(yOf(TwoYears.NEWER, "(一)"));
        Band second = bandOf(bands, "积极盘活闲置资源");
        assertThat(second.leftTop()).isEqualTo(first.leftBottom());
        assertThat(second.alternate()).as("two sections side by side are told apart").isNotEqualTo(first.alternate());
        assertThat(bandOf(bands, "工作回顾").kind()).as("a part without sections is a band of its own").isEqualTo(Kind.SECTION);
    }

    @Test
    void aSectionOffScreenInOneColumnRunsToThatEdgeAndOneOffScreenInBothIsNotDrawn() {
        int olderFirst = paragraph(TwoYears.OLDER, "(一)");
        ColumnViewport left = showing(TwoYears.OLDER, olderFirst, 2); // (一) and (二) of the older year
        ColumnViewport right = showing(TwoYears.NEWER, 0, 3); // title, 一、 and its first paragraph
        List<Band> bands = new ConnectorBands(rows, shown.sections(), 0, 1).on(left, right);

        assertThat(bands).as("一、 is above what the older column shows, in sight in the newer one")
                .anyMatch(b -> shown.sections().node(rows.get(b.row()), 0) == node(0, "工作回顾"));
        Band review = bandOf(bands, "工作回顾");
        assertThat(review.leftTop()).isEqualTo(0).isEqualTo(review.leftBottom());
        assertThat(review.rightTop()).isEqualTo(LINE);
        Band first = bandOf(bands, "加快建设重点区域");
        assertThat(first.leftTop()).isEqualTo(0);
        assertThat(first.rightTop()).as("below what the newer column shows").isEqualTo(3 * LINE);
        assertThat(first.rightBottom()).isEqualTo(3 * LINE);

        // 一、 above what the older column shows and below what the newer one shows: none of it in sight
        ColumnViewport olderEnd = showing(TwoYears.OLDER, paragraph(TwoYears.OLDER, "(二)"), 2);
        ColumnViewport newerTitle = showing(TwoYears.NEWER, 0, 1);
        assertThat(new ConnectorBands(rows, shown.sections(), 0, 1).on(olderEnd, newerTitle))
                .noneMatch(b -> shown.sections().node(rows.get(b.row()), 0) == node(0, "工作回顾"));

        ColumnViewport bothBelow = showing(TwoYears.NEWER, 0, 1);
        ColumnViewport olderTop = showing(TwoYears.OLDER, 0, 1);
        assertThat(new ConnectorBands(rows, shown.sections(), 0, 1).on(olderTop, bothBelow))
                .as("only the titles show: every section is below both").isEmpty();
    }

    @Test
    void paragraphsThatWentIntoASectionOfAnotherRowAreJoinedByABandOfTheirOwnWhicheverSideTheyLeft() {
        OutlineNode olderSecond = node(0, "积极盘活闲置资源");
        OutlineNode newerFirst = node(1, "加快建设重点区域");
        Span here = new Span(olderSecond.start(), olderSecond.end());
        Span there = new Span(newerFirst.start(), newerFirst.end());
        AlignmentRow split = new AlignmentRow(2, java.util.Arrays.asList(olderSecond.id(), null), 0, 0, List.of(),
                List.of(new AlsoIn(0, 1, newerFirst.id(), 0.4, List.of(here), List.of(there), 0.8, 0.4, 0.4)));
        AlignmentRow merged = new AlignmentRow(2, java.util.Arrays.asList(null, newerFirst.id()), 0, 0, List.of(),
                List.of(new AlsoIn(1, 0, olderSecond.id(), 0.4, List.of(there), List.of(here), 0.8, 0.4, 0.4),
                        new AlsoIn(1, 2, "1", 0.4, List.of(there), List.of(here), 0.8, 0.4, 0.4)));
        ColumnViewport left = showing(TwoYears.OLDER, 0, 20);
        ColumnViewport right = showing(TwoYears.NEWER, 0, 20);

        for (AlignmentRow row : List.of(split, merged)) {
            List<Band> bands = new ConnectorBands(List.of(row), shown.sections(), 0, 1).on(left, right);
            assertThat(bands).as("the link to a third report is not between these two")
                    .filteredOn(b -> b.kind() == Kind.ALSO).singleElement().satisfies(b -> {
                assertThat(b.leftTop()).isEqualTo(yOf(TwoYears.OLDER, "(二)"));
                assertThat(b.rightTop()).isEqualTo(yOf(TwoYears.NEWER, "(一)"));
                assertThat(b.rightBottom()).isEqualTo(yOf(TwoYears.NEWER, "(二)"));
            });
        }
    }

    @Test
    void aSectionInOneColumnOnlyIsAWedgeFromWhereItWouldStandInTheOther() {
        OutlineNode olderFirst = node(0, "加快建设重点区域");
        OutlineNode olderSecond = node(0, "积极盘活闲置资源");
        OutlineNode newerFirst = node(1, "加快建设重点区域");
        OutlineNode newerSecond = node(1, "积极盘活闲置资源");
        // as if (一) had been rewritten beyond recognition: dropped, and a new (一) in its place
        List<AlignmentRow> apart = List.of(
                row(olderFirst.id(), null),
                row(null, newerFirst.id()),
                row(olderSecond.id(), newerSecond.id()));
        List<Band> bands = new ConnectorBands(apart, shown.sections(), 0, 1).on(showing(TwoYears.OLDER, 0, 20),
                showing(TwoYears.NEWER, 0, 20));

        assertThat(bands).extracting(Band::kind).containsExactly(Kind.DROPPED, Kind.NEW, Kind.SECTION);
        Band dropped = bands.get(0);
        assertThat(dropped.leftTop()).isEqualTo(yOf(TwoYears.OLDER, "(一)"));
        assertThat(dropped.leftBottom()).isEqualTo(yOf(TwoYears.OLDER, "(二)"));
        assertThat(dropped.rightTop()).as("where the next section of the newer column begins: the new (一)")
                .isEqualTo(yOf(TwoYears.NEWER, "(一)")).isEqualTo(dropped.rightBottom());
        Band added = bands.get(1);
        assertThat(added.leftTop()).as("before the older (二), the next section it has")
                .isEqualTo(yOf(TwoYears.OLDER, "(二)")).isEqualTo(added.leftBottom());
        assertThat(added.rightTop()).isEqualTo(yOf(TwoYears.NEWER, "(一)"));
        assertThat(added.rightBottom()).isEqualTo(yOf(TwoYears.NEWER, "(二)"));
    }

    @Test
    void aPartOnlyInOneColumnIsOneWedgeNotOneForEachOfItsSections() {
        OutlineNode plan = node(1, "工作安排");
        OutlineNode first = node(1, "加快建设重点区域");
        OutlineNode second = node(1, "积极盘活闲置资源");
        List<AlignmentRow> allNew = List.of(plan, first, second).stream()
                .map(n -> new AlignmentRow(n.level(), java.util.Arrays.asList(null, n.id()), 0, 0.9, List.of(), List.of()))
                .toList();
        List<Band> bands = new ConnectorBands(allNew, shown.sections(), 0, 1).on(showing(TwoYears.OLDER, 0, 20),
                showing(TwoYears.NEWER, 0, 20));
        assertThat(bands).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Kind.NEW);
            assertThat(b.rightTop()).isEqualTo(yOf(TwoYears.NEWER, "二、"));
            assertThat(b.leftTop()).as("nothing of the older report after it: its end").isEqualTo(20 * LINE);
        });
    }
}
