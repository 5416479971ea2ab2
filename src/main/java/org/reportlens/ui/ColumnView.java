package org.reportlens.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.report.Report;
import org.reportlens.session.ColumnMarks;

/**
 * One report as a column: header (government, year, title), the highlighted text, an overview
 * ruler. It tells whoever listens when the user touches it (wheel, scroll bar, keys, mouse) and
 * when the program places it — what decides which column leads when columns scroll.
 */
final class ColumnView extends BorderPane {
    private final ReportDescriptions descriptions;
    private final Label header = new Label();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final OverviewRuler ruler;
    private final Tooltip tooltip = new Tooltip();
    private final Runnable placedByProgram;
    private Report report;
    private List<TextMark> marks = List.of();

    /**
     * @param hover           the tooltip text of an offset of the shown report; null for none
     * @param touchedByUser   told when the user's input reaches the text or its scroll bar
     * @param placedByProgram told just before the program scrolls the column
     */
    ColumnView(ReportDescriptions descriptions, IntFunction<String> hover, Runnable touchedByUser,
               Runnable placedByProgram) {
        this.descriptions = descriptions;
        this.placedByProgram = placedByProgram;
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("report-text");
        header.getStyleClass().add("column-header");
        header.setMaxWidth(Double.MAX_VALUE);
        ruler = new OverviewRuler(this::reveal);
        setTop(header);
        setCenter(scroll);
        setRight(ruler);
        // filters: they see the user's input before the text or the scroll bar acts on it
        scroll.addEventFilter(ScrollEvent.ANY, e -> touchedByUser.run());
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> touchedByUser.run());
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, e -> touchedByUser.run());
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = report == null ? null : hover.apply(e.getCharacterIndex());
            if (text != null) {
                tooltip.setText(text);
                Point2D p = e.getScreenPosition();
                tooltip.show(area, p.getX(), p.getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());
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

    /** Shows the report with its marks; a report whose text is already shown keeps its place and only changes style. */
    void show(Report shown, ColumnMarks columnMarks) {
        // a report re-numbered or corrected keeps its text object: then only the styles change
        boolean same = report != null && report.text() == shown.text();
        this.report = shown;
        header.setText(descriptions.facts(shown) + "  —  " + descriptions.title(shown));
        if (!same) {
            area.replaceText(shown.original());
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
        int top = same ? Math.max(0, area.firstVisibleParToAllParIndex()) : 0;
        marks = columnMarks.marks();
        area.setStyleSpans(0, ReportTextStyler.spans(columnMarks.runs()));
        if (same) {
            // restyling every paragraph would otherwise take the view back to the top
            placedByProgram.run();
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
        placedByProgram.run();
        area.showParagraphAtTop(paragraphOf(at));
    }

    /** Selects {@code [start, end)} and scrolls it into view a little below the top. */
    void select(int start, int end) {
        int s = Math.max(0, Math.min(start, area.getLength()));
        int e = Math.max(s, Math.min(end, area.getLength()));
        area.selectRange(s, e);
        placedByProgram.run();
        area.showParagraphAtTop(Math.max(0, paragraphOf(s) - 1));
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

    /** Where F7, F8 and find start from: the start of the selection, or the caret. */
    int selectionStart() {
        return area.getSelection().getStart();
    }

    int selectionLength() {
        return area.getSelection().getLength();
    }

    int caret() {
        return area.getCaretPosition();
    }

    void zoom(double fontSize) {
        area.setStyle("-fx-font-size: " + fontSize + "px;");
    }
}
