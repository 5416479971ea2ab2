package org.reportlens.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.analysis.TextMarks;
import org.reportlens.core.report.Report;

/**
 * Turns a report's marks into RichTextFX style spans: a plain function, testable without a window,
 * applied with one {@code setStyleSpans} call. Overlapping marks combine their style classes.
 */
final class ReportTextStyler {

    private ReportTextStyler() {
    }

    static StyleSpans<Collection<String>> style(Report report) {
        return spans(TextMarks.structure(report), report.original().length());
    }

    /** Style spans covering {@code [0, length)}; where marks overlap, the span carries all their classes. */
    static StyleSpans<Collection<String>> spans(List<TextMark> marks, int length) {
        TreeMap<Integer, List<String[]>> events = new TreeMap<>(); // offset -> {+/-, class}
        for (TextMark m : marks) {
            int start = Math.max(0, Math.min(m.start(), length));
            int end = Math.max(0, Math.min(m.end(), length));
            if (end > start) {
                events.computeIfAbsent(start, k -> new ArrayList<>()).add(new String[] {"+", m.kind().id()});
                events.computeIfAbsent(end, k -> new ArrayList<>()).add(new String[] {"-", m.kind().id()});
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Map<String, Integer> active = new TreeMap<>();
        int at = 0;
        for (var e : events.entrySet()) {
            if (e.getKey() > at) {
                builder.add(classes(active), e.getKey() - at);
                at = e.getKey();
            }
            for (String[] change : e.getValue()) {
                active.merge(change[1], change[0].equals("+") ? 1 : -1, Integer::sum);
                active.remove(change[1], 0);
            }
        }
        builder.add(classes(active), length - at);
        return builder.create();
    }

    private static Collection<String> classes(Map<String, Integer> active) {
        return active.isEmpty() ? List.of(StyleClasses.PLAIN) : List.copyOf(active.keySet());
    }
}
