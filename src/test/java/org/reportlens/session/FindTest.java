package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
