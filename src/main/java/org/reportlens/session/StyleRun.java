package org.reportlens.session;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.analysis.TextMark;

/**
 * A stretch of a report's text and every kind of mark on all of it; no kind is plain text. The
 * runs of a text follow each other from offset 0 and cover it whole, so a view styles the text in
 * one call (RichTextFX's {@code StyleSpans}) without working anything out itself.
 *
 * @param length how many characters, at least one
 * @param kinds  the marks on them, where marks overlap all of them
 */
public record StyleRun(int length, Set<MarkKind> kinds) {
    public StyleRun {
        if (length <= 0) {
            throw new IllegalArgumentException("a run needs at least one character, got " + length);
        }
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** Runs covering {@code [0, length)} (none for an empty text); marks outside it are cut to it. */
    public static List<StyleRun> of(List<TextMark> marks, int length) {
        // offset -> how many marks of each kind begin (+1) or end (-1) there
        TreeMap<Integer, Map<MarkKind, Integer>> events = new TreeMap<>();
        for (TextMark m : marks) {
            int start = Math.max(0, Math.min(m.start(), length));
            int end = Math.max(0, Math.min(m.end(), length));
            if (end > start) {
                events.computeIfAbsent(start, k -> new EnumMap<>(MarkKind.class)).merge(m.kind(), 1, Integer::sum);
                events.computeIfAbsent(end, k -> new EnumMap<>(MarkKind.class)).merge(m.kind(), -1, Integer::sum);
            }
        }
        List<StyleRun> runs = new ArrayList<>();
        Map<MarkKind, Integer> active = new EnumMap<>(MarkKind.class);
        int at = 0;
        for (var e : events.entrySet()) {
            if (e.getKey() > at) {
                runs.add(new StyleRun(e.getKey() - at, active.keySet()));
                at = e.getKey();
            }
            e.getValue().forEach((kind, delta) -> {
                active.merge(kind, delta, Integer::sum);
                active.remove(kind, 0);
            });
        }
        if (length > at) {
            runs.add(new StyleRun(length - at, active.keySet()));
        }
        return runs;
    }
}
