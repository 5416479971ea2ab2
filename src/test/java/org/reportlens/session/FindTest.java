package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlens.core.text.Span;

class FindTest {
    private static final String TEXT = "地区生产总值增长6%左右。地区生产总值增长目标。";

    @Test
    void findMovesOnFromTheSelectionAndGoesRoundToTheTop() {
        Span first = Find.next("地区生产总值", TEXT, 0).orElseThrow();
        assertThat(first).isEqualTo(new Span(0, 6));
        Span second = Find.next("地区生产总值", TEXT, Find.from(first.start(), first.length(), 6)).orElseThrow();
        assertThat(second.start()).isEqualTo(TEXT.indexOf("地区生产总值", 1));
        assertThat(Find.next("地区生产总值", TEXT, Find.from(second.start(), second.length(), 0))).contains(first);
        assertThat(Find.from(0, 0, 9)).isEqualTo(9);
        assertThat(Find.next("财政收入", TEXT, 0)).isEmpty();
        assertThat(Find.next("", TEXT, 0)).isEmpty();
        assertThat(Find.next("目标", TEXT, 999)).contains(new Span(TEXT.indexOf("目标"), TEXT.indexOf("目标") + 2));
    }

    @Test
    void previousGoesBackFromTheSelectionAndRoundToTheEnd() {
        int second = TEXT.indexOf("地区生产总值", 1);
        assertThat(Find.previous("地区生产总值", TEXT, second)).contains(new Span(0, 6));
        assertThat(Find.previous("地区生产总值", TEXT, 0)).contains(new Span(second, second + 6));
        assertThat(Find.all("地区生产总值", TEXT)).hasSize(2);
        assertThat(Find.all("", TEXT)).isEmpty();
    }

    @Test
    void aStepFindsTheNextPlaceInTheUsersColumnAndTheNearestToTheLevelPlaceInTheOthers() {
        ShownAnalysis shown = TwoYears.shown();
        List<String> texts = List.of(TwoYears.OLDER, TwoYears.NEWER);
        // "建设" is in the title of (一) and in its second sentence, in both years
        int caret = TwoYears.NEWER.indexOf("(一)加快");
        Find.Found found = Find.step("建设", texts, 1, caret, 0, caret, true, shown.scrollMap()).orElseThrow();
        assertThat(found.found().start()).isEqualTo(TwoYears.NEWER.indexOf("建设", caret));
        assertThat(found.counts()).containsExactly(2, 2);
        assertThat(found.number()).isEqualTo(1);
        assertThat(found.total()).isEqualTo(2);
        assertThat(found.select().get(0).start()).isEqualTo(TwoYears.OLDER.indexOf("建设"));
        Find.Found next = Find.step("建设", texts, 1, found.found().start(), 2, 0, true, shown.scrollMap()).orElseThrow();
        assertThat(next.number()).isEqualTo(2);
        assertThat(next.select().get(0).start()).isEqualTo(TwoYears.OLDER.lastIndexOf("建设"));
        Find.Found back = Find.step("建设", texts, 1, next.found().start(), 2, 0, false, shown.scrollMap()).orElseThrow();
        assertThat(back.found()).isEqualTo(found.found());
        // a text only the older year has: nothing in the newer column, a match nearby in the other
        assertThat(Find.step("清理", texts, 1, 0, 0, 0, true, shown.scrollMap())).isEmpty();
        Find.Found older = Find.step("清理", texts, 0, 0, 0, 0, true, shown.scrollMap()).orElseThrow();
        assertThat(older.select().get(1)).isNull();
        assertThat(older.counts()).containsExactly(1, 0);
    }

    @Test
    void zoomStaysReadable() {
        Zoom zoom = Zoom.ACTUAL_SIZE;
        for (int i = 0; i < 30; i++) {
            zoom = zoom.in();
        }
        assertThat(zoom.fontSize()).isEqualTo(Zoom.LARGEST);
        for (int i = 0; i < 30; i++) {
            zoom = zoom.out();
        }
        assertThat(zoom.fontSize()).isEqualTo(Zoom.SMALLEST);
        assertThat(Zoom.ACTUAL_SIZE.in().fontSize()).isGreaterThan(Zoom.DEFAULT);
        assertThatThrownBy(() -> new Zoom(100)).isInstanceOf(IllegalArgumentException.class);
    }
}
