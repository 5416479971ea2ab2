package org.reportlens.ui;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.reportlens.core.analysis.MarkKind;
import org.reportlens.core.analysis.TextMark;

/**
 * A narrow strip beside a column with a tick for each change and duplicate, placed by its offset
 * in the whole text; clicking it scrolls the column there.
 */
final class OverviewRuler extends Pane {
    static final double WIDTH = 14;
    private final Canvas canvas = new Canvas(WIDTH, 100);
    private List<TextMark> marks = List.of();
    private int length = 1;

    OverviewRuler(IntConsumer jump) {
        getStyleClass().add("overview-ruler");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        getChildren().add(canvas);
        canvas.heightProperty().bind(heightProperty());
        canvas.heightProperty().addListener((o, a, b) -> draw());
        setOnMouseClicked(e -> jump.accept((int) Math.round(e.getY() / Math.max(1, getHeight()) * length)));
    }

    void show(List<TextMark> newMarks, int textLength) {
        this.marks = List.copyOf(newMarks);
        this.length = Math.max(1, textLength);
        draw();
    }

    List<TextMark> marks() {
        return marks;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double h = canvas.getHeight();
        g.clearRect(0, 0, WIDTH, h);
        for (TextMark m : marks) {
            Color color = colour(m.kind());
            if (color == null) {
                continue;
            }
            double y = (double) m.start() / length * h;
            double tick = Math.max(2, (double) (m.end() - m.start()) / length * h);
            g.setFill(color);
            boolean duplicate = m.kind() == MarkKind.DUPLICATE;
            g.fillRect(duplicate ? WIDTH / 2 + 1 : 1, y, WIDTH / 2 - 2, tick);
        }
    }

    /** The same Okabe–Ito colours as the text highlights, told apart with colour-blindness too. */
    static Color colour(MarkKind kind) {
        return switch (kind) {
            case INSERT, NEW_BLOCK -> Color.web("#0072B2");
            case DELETE, DROPPED_BLOCK -> Color.web("#D55E00");
            case REPLACE -> Color.web("#E69F00");
            case MOVE -> Color.web("#CC79A7");
            case DUPLICATE -> Color.web("#009E73");
            default -> null;
        };
    }
}
