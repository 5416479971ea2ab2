package org.reportlens.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.analysis.TextMark;

class StyleRunTest {
    /** "kind+kind:text" for each marked run, in order. */
    private static List<String> marked(String text, List<StyleRun> runs) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (StyleRun run : runs) {
            if (!run.kinds().isEmpty()) {
                out.add(run.kinds().stream().map(MarkKind::id).sorted().collect(Collectors.joining("+")) + ":"
                        + text.substring(at, at + run.length()));
            }
            at += run.length();
        }
        assertThat(at).as("the runs cover the text").isEqualTo(text.length());
        return out;
    }

    @Test
    void overlappingMarksCombineAndTheRunsCoverTheWholeText() {
        String text = "地区生产总值增长6%左右,新认定高新技术企业184家。";
        List<TextMark> marks = List.of(new TextMark(0, 12, MarkKind.TARGET_CHANGED), new TextMark(8, 9, MarkKind.REPLACE),
                new TextMark(13, 27, MarkKind.DUPLICATE), new TextMark(13, 26, MarkKind.TARGET));
        assertThat(marked(text, StyleRun.of(marks, text.length()))).containsExactly(
                "target-changed:地区生产总值增长", "chg-replace+target-changed:6", "target-changed:%左右",
                "dup+target:新认定高新技术企业184家", "dup:。");
    }

    @Test
    void marksPastTheEndAreCutAndEmptyOnesLeftOut() {
        String text = "增长6%";
        assertThat(marked(text, StyleRun.of(List.of(new TextMark(2, 40, MarkKind.TARGET), new TextMark(1, 1, MarkKind.INSERT)),
                text.length()))).containsExactly("target:6%");
        assertThat(StyleRun.of(List.of(), 0)).isEmpty();
        assertThat(StyleRun.of(List.of(), 3)).containsExactly(new StyleRun(3, Set.of()));
        assertThatThrownBy(() -> new StyleRun(0, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
