package org.reportlens.ui;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.analysis.TextMarks;
import org.reportlens.core.report.Report;
import org.reportlens.session.StyleRun;

/**
 * Turns a column's style runs (worked out in the background, {@link StyleRun}) into RichTextFX
 * style spans, applied with one {@code setStyleSpans} call: each run's marks become their style
 * classes, in name order; a run with none is {@link StyleClasses#PLAIN}.
 */
final class ReportTextStyler {

    private ReportTextStyler() {
    }

    static StyleSpans<Collection<String>> style(Report report) {
        return spans(TextMarks.structure(report), report.original().length());
    }

    /** Style spans covering {@code [0, length)}; where marks overlap, the span carries all their classes. */
    static StyleSpans<Collection<String>> spans(List<TextMark> marks, int length) {
        return spans(StyleRun.of(marks, length));
    }

    static StyleSpans<Collection<String>> spans(List<StyleRun> runs) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Map<Set<MarkKind>, Collection<String>> classes = new HashMap<>();
        for (StyleRun run : runs) {
            builder.add(classes.computeIfAbsent(run.kinds(), ReportTextStyler::classes), run.length());
        }
        if (runs.isEmpty()) {
            builder.add(List.of(StyleClasses.PLAIN), 0); // RichTextFX wants at least one span, even for no text
        }
        return builder.create();
    }

    private static Collection<String> classes(Set<MarkKind> kinds) {
        return kinds.isEmpty() ? List.of(StyleClasses.PLAIN) : kinds.stream().map(MarkKind::id).sorted().toList();
    }
}
