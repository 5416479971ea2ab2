package org.reportlens.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.TwoDimensional;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.report.Report;
import org.reportlens.session.ColumnMarks;
import org.reportlens.session.ColumnViewport;
import org.reportlens.session.ShownText;

/**
 * One report as a column: header (government, year, title), the highlighted text with a bar in the
 * margin beside each paragraph that changed, an overview ruler. With only the changes shown the
 * text is a {@link ShownText} with folds; everything this class is told or tells is in offsets of
 * the report's original text, mapped here. It tells whoever listens when the user touches it
 * (wheel, scroll bar, keys, mouse) and when the program places it — what decides which column
 * leads when columns scroll.
 */
final class ColumnView extends BorderPane {
    /** What a column tells the view that holds it. */
    interface Events {
        /** The tooltip text of an offset of the shown report; null for none. */
        String hover(int offset);

        /** The user's input reached the text or its scroll bar. */
        void touchedByUser();

        /** The program is about to scroll the column. */
        void placedByProgram();

        /** A click on the ruler at this offset. */
        void rulerJump(int offset);

        /** A click on the stub of a fold. */
        void openFold(ShownText.Fold fold);
    }

    private final ReportDescriptions descriptions;
    private final Events events;
    private final Label header = new Label();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final OverviewRuler ruler;
    private final Tooltip tooltip = new WrappingTooltip();
    private final Tooltip headerTooltip = new WrappingTooltip();
    private Report report;
    private ShownText text = ShownText.whole("");
    private List<TextMark> marks = List.of();
    private List<UnitKind> bars = List.of();

    ColumnView(ReportDescriptions descriptions, Events events) {
        this.descriptions = descriptions;
        this.events = events;
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("report-text");
        header.getStyleClass().add("column-header");
        header.setMaxWidth(Double.MAX_VALUE);
        header.setMinWidth(0);
        header.setTooltip(headerTooltip);
        ruler = new OverviewRuler(shownOffset -> events.rulerJump(text.toOriginal(shownOffset)));
        setTop(header);
        setCenter(scroll);
        // the scroll bar always there, the text wrapped beside it: a bar that comes and goes with the
        // window's size (after "restore") was laid over the text until the next layout
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(ruler);
        // filters: they see the user's input before the text or the scroll bar acts on it
        scroll.addEventFilter(ScrollEvent.ANY, e -> events.touchedByUser());
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> events.touchedByUser());
        scroll.addEventFilter(KeyEvent.KEY_PRESSED, e -> events.touchedByUser());
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String tip = report == null ? null : events.hover(text.toOriginal(e.getCharacterIndex()));
            if (tip != null) {
                tooltip.setText(tip);
                Point2D p = e.getScreenPosition();
                tooltip.show(area, p.getX(), p.getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tooltip.hide());
        // a filter: the text area's own mouse handling consumes clicks before a handler would see them
        area.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && !e.isShortcutDown() && e.isStillSincePress()) {
                text.foldAt(area.hit(e.getX(), e.getY()).getInsertionIndex()).ifPresent(events::openFold);
            }
        });
        area.setParagraphGraphicFactory(this::bar);
    }

    StyleClassedTextArea area() {
        return area;
    }

    Report report() {
        return report;
    }

    /** The text shown: the report's, maybe with folds. */
    ShownText shownText() {
        return text;
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

    /**
     * Shows the report with its marks as {@code shown}; a column whose text stays keeps its place and
     * only changes style, one whose folds change keeps the same original text at its top.
     */
    void show(Report shownReport, ColumnMarks columnMarks, ShownText shown) {
        // a report re-numbered or corrected keeps its text object: then only the styles change
        boolean sameReport = report != null && report.text() == shownReport.text();
        boolean sameText = sameReport && shown.text().equals(text.text());
        int topBefore = sameReport ? topOffset() : 0;
        this.report = shownReport;
        this.text = shown;
        String title = descriptions.facts(shownReport) + "  —  " + descriptions.title(shownReport);
        header.setText(title);
        headerTooltip.setText(title);
        if (!sameText) {
            area.replaceText(shown.text());
            area.moveTo(0);
            area.showParagraphAtTop(0);
        }
        marks = columnMarks.marks();
        List<ShownText.Run> runs = shown.runs(columnMarks.runs());
        bars = shown.bars(runs);
        area.setStyleSpans(0, ReportTextStyler.shownSpans(runs));
        area.setParagraphGraphicFactory(null); // the paragraphs shown take their new bars
        area.setParagraphGraphicFactory(this::bar);
        if (sameReport) {
            // restyling every paragraph would otherwise take the view back to the top
            events.placedByProgram();
            area.showParagraphAtTop(paragraphOf(topBefore));
        }
        ruler.show(marks.stream().map(m -> new TextMark(shown.toShown(m.start()), Math.max(shown.toShown(m.start()),
                shown.toShown(m.end())), m.kind())).toList(), shown.text().length());
    }

    /** The margin of a paragraph: a bar coloured by its strongest change, or nothing. */
    private Node bar(int paragraph) {
        Region bar = new Region();
        bar.getStyleClass().add("change-bar");
        UnitKind kind = paragraph < bars.size() ? bars.get(paragraph) : null;
        if (kind != null) {
            bar.getStyleClass().add("change-bar-" + kind.id());
        }
        return bar;
    }

    /** Scrolls so that {@code offset} is at the top, selecting nothing (what was would hide the colours there). */
    void reveal(int offset) {
        if (report == null) {
            return;
        }
        events.placedByProgram();
        area.deselect();
        area.showParagraphAtTop(paragraphOf(offset));
    }

    /** Follows another column: the line of {@code offset} to the top; false when it had to jump by paragraphs. */
    boolean follow(int offset) {
        events.placedByProgram();
        return report != null && LinesOnScreen.toTop(area, shownOffset(offset));
    }

    /** The offset of the line at the top; empty while the column waits to be laid out (in a pass it cannot say). */
    OptionalInt lineAtTop() {
        boolean laidOut = report != null && getScene() != null && !area.isNeedsLayout() && !area.beingUpdatedProperty().get();
        OptionalInt at = laidOut ? LinesOnScreen.atTop(area) : OptionalInt.empty();
        return at.isEmpty() ? at : OptionalInt.of(text.toOriginal(at.getAsInt()));
    }

    /** Selects {@code [start, end)} where it is, without scrolling. */
    void selectOnly(int start, int end) {
        int s = shownOffset(start);
        area.selectRange(s, Math.max(s, shownOffset(end)));
    }

    /** Scrolls so that the paragraph of {@code offset} is a little below the top: one paragraph above it shows. */
    void showNear(int offset) {
        if (report == null) {
            return;
        }
        events.placedByProgram();
        area.showParagraphAtTop(Math.max(0, paragraphOf(offset) - 1));
    }

    /** The paragraph of the shown text where an offset of the original text is. */
    int paragraphOf(int offset) {
        return area.offsetToPosition(shownOffset(offset), TwoDimensional.Bias.Forward).getMajor();
    }

    private int shownOffset(int offset) {
        return Math.max(0, Math.min(text.toShown(Math.max(0, offset)), area.getLength()));
    }

    /** The offset of the line at the top of the column; of its paragraph while the column waits to be laid out. */
    int topOffset() {
        int paragraph = area.getParagraphs().isEmpty() ? -1 : area.firstVisibleParToAllParIndex();
        // while text is being replaced the viewport can name a paragraph that is not there yet
        if (paragraph < 0 || paragraph >= area.getParagraphs().size()) {
            return 0;
        }
        return lineAtTop().orElse(text.toOriginal(area.getAbsolutePosition(paragraph, 0)));
    }

    /** Leaves room on the left for the bands that join this column's sections to those of the column before. */
    void makeRoomForBands(boolean room) {
        if (room && getLeft() == null) {
            Region gutter = new Region();
            gutter.getStyleClass().add("connector-gutter");
            setLeft(gutter);
        } else if (!room) {
            setLeft(null);
        }
    }

    /** The x where this column's text begins, in the coordinates of {@code in}. */
    double textLeft(Node in) {
        return in.sceneToLocal(scroll.localToScene(scroll.getLayoutBounds())).getMinX();
    }

    /** The x where this column ends (after its ruler), in the coordinates of {@code in}. */
    double right(Node in) {
        return in.sceneToLocal(localToScene(getLayoutBounds())).getMaxX();
    }

    /** The paragraphs on screen with their places in the coordinates of {@code in}, in offsets of the original text. */
    ColumnViewport viewport(Node in) {
        Bounds textBounds = in.sceneToLocal(scroll.localToScene(scroll.getLayoutBounds()));
        if (report == null || textBounds == null) {
            return ColumnViewport.EMPTY;
        }
        List<ColumnViewport.Line> lines = new ArrayList<>();
        int paragraphs = area.getParagraphs().size();
        for (int v = 0; v < area.getVisibleParagraphs().size(); v++) {
            int paragraph = area.visibleParToAllParIndex(v);
            Bounds onScreen = paragraph < paragraphs ? area.getVisibleParagraphBoundsOnScreen(v) : null;
            Bounds local = onScreen == null ? null : in.screenToLocal(onScreen);
            if (local == null || Double.isNaN(local.getMinY()) || Double.isNaN(local.getMaxY())) {
                continue; // while the text is replaced the viewport can name paragraphs not laid out yet
            }
            int start = area.getAbsolutePosition(paragraph, 0);
            int end = Math.min(area.getLength(), start + area.getParagraphLength(paragraph) + 1);
            lines.add(new ColumnViewport.Line(text.toOriginal(start), Math.max(text.toOriginal(start),
                    text.toOriginal(end)), local.getMinY(), local.getMaxY()));
        }
        return new ColumnViewport(lines, textBounds.getMinY(), textBounds.getMaxY());
    }

    /** Where F7, F8 and find start from: the start of the selection, or the caret. */
    int selectionStart() {
        return text.toOriginal(area.getSelection().getStart());
    }

    int selectionLength() {
        return text.toOriginal(area.getSelection().getEnd()) - selectionStart();
    }

    int caret() {
        return text.toOriginal(area.getCaretPosition());
    }

    void zoom(double fontSize) {
        area.setStyle("-fx-font-size: " + fontSize + "px;");
    }
}
