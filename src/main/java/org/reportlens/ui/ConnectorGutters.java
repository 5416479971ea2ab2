package org.reportlens.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.session.ColumnViewport;
import org.reportlens.session.ConnectorBands;
import org.reportlens.session.ShownAnalysis;

/**
 * Laid over the columns: in the gutter between each two, the bands joining aligned sections
 * ({@link ConnectorBands} decides them). It draws after every layout pass of the window — once the
 * columns have placed their paragraphs for the frame, whether they scrolled, wrapped anew, zoomed or
 * were just shown — and touches its shapes only when a band moved. It lets every mouse event
 * through to the columns below.
 */
final class ConnectorGutters extends Pane {
    private final Supplier<ShownAnalysis> shown;
    private final Supplier<List<ColumnView>> columns;
    /** Per gutter, the bands drawn now. */
    private List<List<ConnectorBands.Band>> drawn = List.of();
    private List<Double> edges = List.of();
    /** What each gutter joins, worked out once for the analysis it is for. */
    private ShownAnalysis joinsOf;
    private final List<ConnectorBands> joins = new ArrayList<>();

    /** {@code afterLayout} runs after every layout pass, once the bands are drawn: where the columns follow one another. */
    ConnectorGutters(Supplier<ShownAnalysis> shown, Supplier<List<ColumnView>> columns, Runnable afterLayout) {
        this.shown = shown;
        this.columns = columns;
        setMouseTransparent(true);
        setPickOnBounds(false);
        setId("connector-gutters");
        Runnable afterEveryLayout = () -> {
            redraw(); // first: a column scrolled by afterLayout is measured after its next layout pass
            afterLayout.run();
        };
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(afterEveryLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterEveryLayout);
            }
        });
    }

    /** The bands drawn now in the gutter after column {@code left}. */
    List<ConnectorBands.Band> bands(int left) {
        return left < drawn.size() ? drawn.get(left) : List.of();
    }

    /** Draws the bands for where the columns are now; nothing while another tab hides the columns. */
    private void redraw() {
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return; // the tab pane hides the columns' tab while another is chosen
            }
        }
        ShownAnalysis now = shown.get();
        List<ColumnView> shownColumns = columns.get();
        List<List<ConnectorBands.Band>> bands = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        if (now.analysed() && shownColumns.size() > 1) {
            List<ConnectorBands> gutters = joins(now, shownColumns.size());
            // each column measured once: a middle column is the right of one gutter and the left of the next
            List<ColumnViewport> views = shownColumns.stream().map(c -> c.viewport(this)).toList();
            for (int i = 0; i + 1 < shownColumns.size(); i++) {
                double from = shownColumns.get(i).right(this);
                double to = shownColumns.get(i + 1).textLeft(this);
                xs.add(from);
                xs.add(to);
                bands.add(gutters.get(i).on(views.get(i), views.get(i + 1)));
            }
        }
        // shapes made only when a band moved: most frames (a caret's blink) move none
        if (!bands.equals(drawn) || !xs.equals(edges)) {
            drawn = List.copyOf(bands);
            edges = List.copyOf(xs);
            List<Path> paths = new ArrayList<>();
            for (int i = 0; i < bands.size(); i++) {
                for (ConnectorBands.Band b : bands.get(i)) {
                    paths.add(path(b, xs.get(2 * i), xs.get(2 * i + 1)));
                }
            }
            getChildren().setAll(paths);
        }
    }

    private List<ConnectorBands> joins(ShownAnalysis now, int columnCount) {
        if (joinsOf != now || joins.size() != columnCount - 1) {
            joinsOf = now;
            joins.clear();
            List<AlignmentRow> rows = now.outlineRows();
            for (int i = 0; i + 1 < columnCount; i++) {
                joins.add(new ConnectorBands(rows, now.sections(), i, i + 1));
            }
        }
        return joins;
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
        path.setManaged(false); // its bounds changing asks for no layout of the gutters
        path.getStyleClass().addAll("connector-band", "connector-band-" + band.kind().name().toLowerCase(Locale.ROOT));
        if (band.alternate()) {
            path.getStyleClass().add("connector-band-alternate");
        }
        return path;
    }
}
