package org.reportlens.ui;

import java.time.Duration;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.analysis.TextMarks;
import org.reportlens.core.report.Report;

/** One report as a column: header (government, year, title), the highlighted text, an overview ruler. */
final class ColumnView extends BorderPane {
    /** Long enough for the layout pass that carries out a programmatic scroll. */
    private static final long PROGRAM_SCROLL_NANOS = 150_000_000L;
    private final ReportDescriptions descriptions;
    private final Label header = new Label();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final OverviewRuler ruler;
    private final Tooltip tooltip = new Tooltip();
    private Report report;
    private List<TextMark> marks = List.of();
    /** When the program last scrolled this column (nanoTime); its own scroll events then are not the user's. */
    private long movedByProgram;

    ColumnView(ReportDescriptions descriptions, HoverText hover) {
        this.descriptions = descriptions;
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("report-text");
        header.getStyleClass().add("column-header");
        header.setMaxWidth(Double.MAX_VALUE);
        ruler = new OverviewRuler(this::reveal);
        setTop(header);
        setCenter(scroll);
        setRight(ruler);
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = report == null ? null : hover.describe(report, e.getCharacterIndex());
            if (text != null) {
                tooltip.setText(text);
                Point2D p = e.getScreenPosition();
                tooltip.show(area, p.getX(), p.getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());
    }

    /** What a tooltip says about a place in a report; null for nothing. */
    @FunctionalInterface
    interface HoverText {
        String describe(Report report, int offset);
    }

    StyleClassedTextArea area() {
        return area;
    }

    Report report() {
        return report;
    }

    List<TextMark> marks() {
        return marks;
    }

    OverviewRuler ruler() {
        return ruler;
    }

    Label header() {
        return header;
    }

    void show(Report shown, Analysis analysis) {
        // a report re-numbered or corrected keeps its text object: then only the styles change
        boolean same = report != null && shown != null && report.text() == shown.text();
        this.report = shown;
        if (shown == null) {
            header.setText("");
            area.clear();
            ruler.show(List.of(), 1);
            return;
        }
        header.setText(descriptions.facts(shown) + "  —  " + descriptions.title(shown));
        if (!same) {
            area.replaceText(shown.original());
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
        int top = same ? Math.max(0, area.firstVisibleParToAllParIndex()) : 0;
        marks = TextMarks.all(shown, analysis);
        area.setStyleSpans(0, ReportTextStyler.spans(marks, shown.original().length()));
        if (same) {
            // restyling every paragraph would otherwise take the view back to the top
            area.showParagraphAtTop(top);
        }
        ruler.show(marks, shown.original().length());
    }

    /** Scrolls so that {@code offset} is at the top, without selecting. */
    void reveal(int offset) {
        if (report == null) {
            return;
        }
        int at = Math.max(0, Math.min(offset, area.getLength()));
        movedByProgram = System.nanoTime();
        area.showParagraphAtTop(paragraphOf(at));
    }

    /** Selects {@code [start, end)} and scrolls it into view a little below the top. */
    void select(int start, int end) {
        int s = Math.max(0, Math.min(start, area.getLength()));
        int e = Math.max(s, Math.min(end, area.getLength()));
        area.selectRange(s, e);
        movedByProgram = System.nanoTime();
        area.showParagraphAtTop(Math.max(0, paragraphOf(s) - 1));
    }

    /** Whether the program scrolled this column within the last moment (its layout follows a pulse later). */
    boolean justMovedByProgram() {
        return System.nanoTime() - movedByProgram < PROGRAM_SCROLL_NANOS;
    }

    int paragraphOf(int offset) {
        return area.offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor();
    }

    /** The offset of the first paragraph showing at the top of the column. */
    int topOffset() {
        int paragraph = area.getParagraphs().isEmpty() ? -1 : area.firstVisibleParToAllParIndex();
        // while text is being replaced the viewport can name a paragraph that is not there yet
        if (paragraph < 0 || paragraph >= area.getParagraphs().size()) {
            return 0;
        }
        return area.getAbsolutePosition(paragraph, 0);
    }

    void zoom(double fontSize) {
        area.setStyle("-fx-font-size: " + fontSize + "px;");
    }
}
