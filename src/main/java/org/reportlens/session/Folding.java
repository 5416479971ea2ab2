package org.reportlens.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.reportlens.core.compare.DiffUnit;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.Span;

/**
 * "Only the changes": in every column the text outside the changes — unchanged sentences, page
 * furniture — folded to one-line stubs, the headings of parts and sections kept for orientation.
 * A fold is opened by the user; the folds of the other columns that hold the same unchanged
 * sentences open with it, so that the columns still show the same text.
 */
public final class Folding {
    /** A stretch hiding fewer characters than this stays shown: its stub would be hardly shorter. */
    public static final int LEAST = 12;

    private final ShownAnalysis shown;
    private final List<List<ShownText.Fold>> folds = new ArrayList<>();
    /** The unchanged units in each fold (routine ones too: folded only when hidden), as "pair#unit", per column. */
    private final List<List<Set<String>>> unitsIn = new ArrayList<>();
    private final Set<String> openUnits = new HashSet<>();
    private final Set<String> openFolds = new HashSet<>();

    /** The folds of the columns of an analysis, all closed. */
    public Folding(ShownAnalysis shown) {
        this(shown, LEAST);
    }

    /** The folds of the columns of an analysis hiding at least {@code least} characters each, all closed. */
    Folding(ShownAnalysis shown, int least) {
        this.shown = shown;
        if (!shown.analysed()) {
            return;
        }
        List<PairComparison> pairs = shown.analysis().comparison().pairs();
        for (int c = 0; c < shown.columns().size(); c++) {
            Report report = shown.columns().get(c);
            List<Span> kept = new ArrayList<>();
            for (ChangeEntry e : shown.changes()) {
                if (e.place(c) != null && e.place(c).length() > 0) {
                    kept.add(e.place(c));
                }
            }
            headings(report.outline(), kept);
            List<ShownText.Fold> columnFolds = ShownText.gaps(report.original(), kept, least);
            folds.add(columnFolds);
            List<Set<String>> units = new ArrayList<>();
            for (ShownText.Fold f : columnFolds) {
                units.add(sameUnitsIn(pairs, report.id(), f.span()));
            }
            unitsIn.add(units);
        }
    }

    private static void headings(List<OutlineNode> nodes, List<Span> kept) {
        for (OutlineNode n : nodes) {
            if (!n.lead() && n.level() <= 2) {
                kept.add(new Span(n.start(), n.headingEnd()));
                headings(n.children(), kept);
            }
        }
    }

    private static Set<String> sameUnitsIn(List<PairComparison> pairs, String report, Span span) {
        Set<String> keys = new HashSet<>();
        for (int p = 0; p < pairs.size(); p++) {
            List<DiffUnit> units = pairs.get(p).units();
            for (int u = 0; u < units.size(); u++) {
                DiffUnit unit = units.get(u);
                if ((unit.kind() == UnitKind.SAME || unit.kind() == UnitKind.ROUTINE) && (overlaps(unit.a().report(), unit.a().start(), unit.a().end(), report, span)
                        || overlaps(unit.b().report(), unit.b().start(), unit.b().end(), report, span))) {
                    keys.add(p + "#" + u);
                }
            }
        }
        return keys;
    }

    private static boolean overlaps(String unitReport, int start, int end, String report, Span span) {
        return unitReport.equals(report) && start < span.end() && end > span.start();
    }

    /** The text column {@code c} shows: the folds still closed replaced by {@code stub} of each. */
    public ShownText text(int c, IntFunction<String> stub) {
        String original = shown.columns().get(c).original();
        if (c >= folds.size()) {
            return ShownText.whole(original);
        }
        List<ShownText.Fold> closed = new ArrayList<>();
        for (int i = 0; i < folds.get(c).size(); i++) {
            if (!open(c, i)) {
                closed.add(folds.get(c).get(i));
            }
        }
        return ShownText.folded(original, closed, stub);
    }

    private boolean open(int c, int i) {
        if (openFolds.contains(c + "@" + folds.get(c).get(i).span().start())) {
            return true;
        }
        for (String unit : unitsIn.get(c).get(i)) {
            if (openUnits.contains(unit)) {
                return true;
            }
        }
        return false;
    }

    /** Opens the fold of column {@code c}, and in the other columns those holding the same unchanged sentences. */
    public void open(int c, ShownText.Fold fold) {
        int i = c < folds.size() ? folds.get(c).indexOf(fold) : -1;
        if (i < 0) {
            return;
        }
        openFolds.add(c + "@" + fold.span().start());
        openUnits.addAll(unitsIn.get(c).get(i));
    }

    /** Opens every fold. */
    public void openAll() {
        for (int c = 0; c < folds.size(); c++) {
            for (ShownText.Fold f : folds.get(c)) {
                openFolds.add(c + "@" + f.span().start());
            }
        }
    }
}
