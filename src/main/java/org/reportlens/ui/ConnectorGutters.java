package org.reportlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.session.ConnectorBands;
import org.reportlens.session.ShownAnalysis;

/**
 * Laid over the columns: in the gutter between each two, the bands joining aligned sections
 * ({@link ConnectorBands} decides them). It draws when it is laid out — after the columns, so their
 * paragraphs are where they will be painted — and the view asks for that whenever a column scrolls.
 * It lets every mouse event through to the columns below.
 */
final class ConnectorGutters extends Pane {
    private final Supplier<ShownAnalysis> shown;
    private final Supplier<List<ColumnView>> columns;
    private List<ConnectorBands.Band> drawn = List.of();
    private List<Double> edges = List.of();
    private ShownAnalysis rowsOf;
    private List<AlignmentRow> rows = List.of();

    ConnectorGutters(Supplier<ShownAnalysis> shown, Supplier<List<ColumnView>> columns) {
        this.shown = shown;
        this.columns = columns;
        setMouseTransparent(true);
        setPickOnBounds(false);
        setId("connector-gutters");
        Runnable afterLayout = this::redraw;
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
    }

    /** The bands drawn now, left gutter first; for tests and for whoever wants to know what shows. */
    List<ConnectorBands.Band> bands() {
        return drawn;
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    /**
     * Draws the bands for where the columns are now. Also run after every layout pass of the window: a
     * column lays its paragraphs out a pass after it is shown or wraps anew, with nothing else moving.
     */
    private void redraw() {
        ShownAnalysis now = shown.get();
        List<ColumnView> shownColumns = columns.get();
        List<ConnectorBands.Band> bands = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        if (now.analysed() && shownColumns.size() > 1) {
            if (rowsOf != now) {
                rowsOf = now;
                rows = now.outlineRows();
            }
            for (int i = 0; i + 1 < shownColumns.size(); i++) {
                ColumnView left = shownColumns.get(i);
                ColumnView right = shownColumns.get(i + 1);
                double from = left.right(this);
                double to = right.textLeft(this);
                xs.add(from);
                xs.add(to);
                for (ConnectorBands.Band band : ConnectorBands.between(rows, now.sections(), i, i + 1,
                        left.viewport(this), right.viewport(this))) {
                    bands.add(band);
                    paths.add(path(band, from, to));
                }
            }
        }
        // redrawn only when something moved: a layout that changes nothing asks for no other
        if (!bands.equals(drawn) || !xs.equals(edges)) {
            drawn = List.copyOf(bands);
            edges = List.copyOf(xs);
            getChildren().setAll(paths);
        }
    }

    /** A band as an S-shaped ribbon from the left column's edge to the right column's text. */
    private static Path path(ConnectorBands.Band band, double from, double to) {
        double middle = (from + to) / 2;
        List<PathElement> elements = new ArrayList<>();
        elements.add(new MoveTo(from, band.leftTop()));
        elements.add(new CubicCurveTo(middle, band.leftTop(), middle, band.rightTop(), to, band.rightTop()));
        if (band.kind() != ConnectorBands.Kind.PART) {
            elements.add(new LineTo(to, band.rightBottom()));
            elements.add(new CubicCurveTo(middle, band.rightBottom(), middle, band.leftBottom(), from, band.leftBottom()));
            elements.add(new ClosePath());
        }
        Path path = new Path(elements);
        path.setManaged(false);
        path.getStyleClass().addAll("connector-band", "connector-band-" + band.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (band.alternate()) {
            path.getStyleClass().add("connector-band-alternate");
        }
        return path;
    }
}
