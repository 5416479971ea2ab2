package org.reportlens.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/** A report's original text, read-only and wrapped, with its headings and page furniture styled. */
final class ReportTextPane extends BorderPane {
    private final ReportDescriptions descriptions;
    private final Label header = new Label();
    private final StyleClassedTextArea area = new StyleClassedTextArea();

    ReportTextPane(ReportDescriptions descriptions) {
        this.descriptions = descriptions;
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("report-text");
        area.setId("report-text");
        header.getStyleClass().add("column-header");
        header.setMaxWidth(Double.MAX_VALUE);
        setTop(header);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    StyleClassedTextArea area() {
        return area;
    }

    void show(Report report) {
        if (report == null) {
            header.setText("");
            area.clear();
            return;
        }
        header.setText(descriptions.title(report) + "  —  " + descriptions.facts(report));
        area.replaceText(report.original());
        area.setStyleSpans(0, ReportTextStyler.style(report));
        area.moveTo(0);
        area.showParagraphAtTop(0);
    }

    /** Selects the node's heading and scrolls its paragraph to the top. */
    void reveal(OutlineNode node) {
        if (node == null || node.end() > area.getLength()) {
            return;
        }
        area.selectRange(node.start(), node.headingEnd());
        int paragraph = area.offsetToPosition(node.start(), TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtTop(paragraph);
    }
}
