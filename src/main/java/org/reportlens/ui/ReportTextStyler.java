package org.reportlens.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/**
 * Turns a report's spans (headings, leads, page furniture) into RichTextFX style spans: a plain
 * function, testable without a window, applied with one {@code setStyleSpans} call.
 */
final class ReportTextStyler {

    private record Styled(int start, int end, String styleClass) {
    }

    private ReportTextStyler() {
    }

    static StyleSpans<Collection<String>> style(Report report) {
        List<Styled> marks = new ArrayList<>();
        report.text().furniture().forEach(s -> marks.add(new Styled(s.start(), s.end(), StyleClasses.FURNITURE)));
        collect(report.outline(), marks);
        marks.sort(Comparator.comparingInt(Styled::start));
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int length = report.original().length();
        int at = 0;
        for (Styled mark : marks) {
            if (mark.start() < at || mark.end() <= mark.start()) {
                continue;
            }
            builder.add(List.of(StyleClasses.PLAIN), mark.start() - at);
            builder.add(List.of(mark.styleClass()), mark.end() - mark.start());
            at = mark.end();
        }
        builder.add(List.of(StyleClasses.PLAIN), length - at);
        return builder.create();
    }

    private static void collect(List<OutlineNode> nodes, List<Styled> marks) {
        for (OutlineNode node : nodes) {
            String styleClass = node.lead() ? StyleClasses.LEAD
                    : node.level() == 1 ? StyleClasses.HEADING_PART : StyleClasses.HEADING;
            marks.add(new Styled(node.start(), node.headingEnd(), styleClass));
            collect(node.children(), marks);
        }
    }
}
