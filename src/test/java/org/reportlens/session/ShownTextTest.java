package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.text.Span;

class ShownTextTest {
    private static final String TEXT = "一、回顾\n甲乙丙丁。戊己庚辛。\n壬癸子丑。\n二、安排\n新增一句。寅卯辰巳。";

    private static ShownText.Fold fold(String from, String to) {
        Span span = new Span(TEXT.indexOf(from), TEXT.indexOf(to) + to.length());
        int hidden = (int) span.of(TEXT).codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return new ShownText.Fold(span, hidden);
    }

    @Test
    void aFoldInsideAParagraphIsAnInlineStubAndOneOverLinesAStubOnALineOfItsOwn() {
        ShownText shown = ShownText.folded(TEXT, List.of(fold("戊己", "子丑。\n"), fold("寅卯", "辰巳。")), n -> "⋯");
        assertThat(shown.text()).isEqualTo("一、回顾\n甲乙丙丁。\n⋯\n二、安排\n新增一句。⋯");
        assertThat(shown.folded()).isTrue();
        // every original offset outside the folds lands on its own character
        for (int i = 0; i < TEXT.length(); i++) {
            int at = i;
            if (shown.foldOver(new Span(i, i + 1)).isEmpty()) {
                assertThat(shown.text().charAt(shown.toShown(i))).as("offset %d", i).isEqualTo(TEXT.charAt(i));
                assertThat(shown.toOriginal(shown.toShown(i))).isEqualTo(at);
            }
        }
        int stub = shown.text().indexOf('⋯');
        assertThat(shown.toShown(TEXT.indexOf("己"))).isEqualTo(stub);
        assertThat(shown.toOriginal(stub)).isEqualTo(TEXT.indexOf("戊"));
        assertThat(shown.foldAt(stub)).contains(fold("戊己", "子丑。\n"));
        assertThat(shown.foldAt(0)).isEmpty();
        assertThat(shown.toShown(TEXT.length())).isEqualTo(shown.text().length());
        assertThat(shown.toOriginal(shown.text().length())).isEqualTo(TEXT.length());
    }

    @Test
    void theMarksOfTheOriginalTextAreCutToWhatIsShownAndEachLineGetsTheBarOfItsStrongestChange() {
        int added = TEXT.indexOf("新增一句。");
        int edit = TEXT.indexOf("丙");
        List<StyleRun> runs = StyleRun.of(List.of(new TextMark(added, added + 5, MarkKind.NEW_BLOCK),
                new TextMark(edit, edit + 1, MarkKind.REPLACE), new TextMark(TEXT.indexOf("戊"), TEXT.indexOf("戊") + 2,
                        MarkKind.DUPLICATE)), TEXT.length());
        ShownText shown = ShownText.folded(TEXT, List.of(fold("戊己", "子丑。\n")), n -> "[" + n + "]");
        List<ShownText.Run> shownRuns = shown.runs(runs);
        assertThat(shownRuns.stream().mapToInt(ShownText.Run::length).sum()).isEqualTo(shown.text().length());
        StringBuilder marked = new StringBuilder();
        int at = 0;
        for (ShownText.Run r : shownRuns) {
            String piece = shown.text().substring(at, at + r.length());
            marked.append(r.stub() ? "{" + piece + "}" : r.kinds().isEmpty() ? piece : "<" + piece + ">");
            at += r.length();
        }
        assertThat(marked.toString()).isEqualTo("一、回顾\n甲乙<丙>丁。\n{[10]}\n二、安排\n<新增一句。>寅卯辰巳。");
        assertThat(shown.bars(shownRuns)).containsExactly(null, UnitKind.EDITED, null, null, UnitKind.NEW);
        ShownText whole = ShownText.whole(TEXT);
        assertThat(whole.text()).isEqualTo(TEXT);
        assertThat(whole.runs(runs)).extracting(ShownText.Run::kinds).contains(Set.of(MarkKind.DUPLICATE));
    }

    @Test
    void gapsOutsideWhatIsKeptAreFoldedWhenTheyHideEnough() {
        int added = TEXT.indexOf("新增一句。");
        List<ShownText.Fold> folds = ShownText.gaps(TEXT, List.of(new Span(0, 4), new Span(added, added + 5)), 8);
        assertThat(folds).extracting(f -> f.span().of(TEXT)).containsExactly("\n甲乙丙丁。戊己庚辛。\n壬癸子丑。\n二、安排\n");
        assertThat(folds.get(0).hidden()).isEqualTo(19);
        assertThatThrownBy(() -> ShownText.folded(TEXT, List.of(fold("甲", "丁"), fold("丙", "戊")), n -> "⋯"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyTheChangesFoldsTheSameSentencesInEveryColumnAndOpeningOneOpensItsCounterpart() {
        ShownAnalysis shown = TwoYears.shown();
        Folding folding = new Folding(shown, 5);
        ShownText older = folding.text(0, n -> "⋯" + n + "⋯");
        ShownText newer = folding.text(1, n -> "⋯" + n + "⋯");
        // the unchanged sentence "今年经济稳中向好。" and the title of (二) in each year: folded, the changes and headings kept
        assertThat(newer.text()).doesNotContain("今年经济稳中向好").contains("我们办成了四件大事。", "新增一件小事。", "二、2025年工作安排");
        assertThat(older.text()).doesNotContain("今年经济稳中向好");
        ShownText.Fold fold = newer.foldOver(new Span(TwoYears.NEWER.indexOf("今年"), TwoYears.NEWER.indexOf("今年") + 2)).orElseThrow();
        folding.open(1, fold);
        assertThat(folding.text(1, n -> "⋯").text()).contains("今年经济稳中向好。");
        assertThat(folding.text(0, n -> "⋯").text()).contains("今年经济稳中向好。");
        folding.openAll();
        assertThat(folding.text(0, n -> "⋯").text()).isEqualTo(TwoYears.OLDER);
    }

    @Test
    void foldsSegmentsAndPlacementsRefuseSpansThatCannotBe() {
        assertThatThrownBy(() -> new ShownText.Fold(new Span(0, 5), 6)).isInstanceOf(IllegalArgumentException.class);
        ShownText.Fold fold = new ShownText.Fold(new Span(10, 30), 18);
        assertThatThrownBy(() -> new ShownText.Segment(new Span(0, 10), new Span(0, 9), null))
                .as("text shown as it is keeps its length").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ShownText.Segment(new Span(10, 31), new Span(10, 15), fold))
                .as("a stub stands for its fold").isInstanceOf(IllegalArgumentException.class);
        assertThat(new ShownText.Segment(new Span(10, 30), new Span(10, 15), fold).stub()).isTrue();
        assertThatThrownBy(() -> new ScrollSync.Placement(-1, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScrollSync.Move(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
