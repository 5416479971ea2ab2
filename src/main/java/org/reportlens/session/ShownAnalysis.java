package org.reportlens.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.analysis.TextMark;
import org.reportlens.core.analysis.TextMarks;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.Cancellation;
import org.reportlens.core.compare.ColumnChoice;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.Occurrence;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.targets.Target;
import org.reportlens.core.targets.TargetKind;
import org.reportlens.core.targets.TargetTable;
import org.reportlens.core.text.Span;

/**
 * What the window shows of one analysis: the columns (2–4 reports in year order) with their marks,
 * the order F7 and F8 walk, the scroll mapping between the columns, the facts behind each tooltip,
 * the counts in the status bar. Made in the background, all of it, so that the FX thread only
 * draws. Between a change of columns and their analysis the window shows the new columns with
 * their headings only ({@link #analysed()} false); the tabs keep the analysis before.
 */
public final class ShownAnalysis {
    /** Nothing loaded. */
    public static final ShownAnalysis NOTHING = new ShownAnalysis(List.of(), null, false, List.of(), 0);

    /**
     * A place in a shown column.
     *
     * @param column the column's index
     * @param span   the span in its report's original text
     */
    public record Place(int column, Span span) {
    }

    private final List<Report> columns;
    private final Analysis analysis;
    private final boolean analysed;
    private final List<ColumnMarks> marks;
    private final long millis;
    private final AlignedSections sections;
    private final List<ChangeEntry> changes;
    private final Navigation navigation;
    private final ScrollMap scrollMap;
    /** The alignment rows of parts and sections ({@link #outlineRows}), found once: every row of the pane asks. */
    private final List<AlignmentRow> outlineRows;
    /** Rows (by identity) whose sections changed place between two shown years ({@link Reordering}). */
    private final Map<AlignmentRow, List<AlignmentLine.Moved>> moved;
    private final Counts counts;
    private final RowPlaces rowPlaces;

    private ShownAnalysis(List<Report> columns, Analysis analysis, boolean analysed, List<ColumnMarks> marks,
                          long millis) {
        this.columns = List.copyOf(columns);
        this.analysis = analysis;
        this.analysed = analysed;
        this.marks = List.copyOf(marks);
        this.millis = millis;
        this.sections = analysed ? AlignedSections.of(analysis) : null;
        this.changes = analysed ? ChangeList.of(this.columns, analysis) : List.of();
        this.navigation = analysed ? Navigation.of(changes, this.marks.stream().map(ColumnMarks::marks).toList())
                : Navigation.NONE;
        this.outlineRows = analysed ? analysis.comparison().alignment().stream().filter(sections::numbered).toList()
                : List.of();
        this.moved = analysed ? Reordering.of(outlineRows, sections) : Map.of();
        this.scrollMap = analysed ? new ScrollMap(analysis.comparison().alignment(), sections,
                this.columns.stream().map(Report::original).toList()) : ScrollMap.NONE;
        this.counts = analysis == null ? null : Counts.of(analysis, millis);
        this.rowPlaces = analysed ? new RowPlaces(outlineRows, sections, scrollMap) : null;
    }

    /**
     * Analyses {@code all} reports, comparing {@code chosen} — or, with none chosen, the default pair
     * ({@link ColumnChoice}) — and works out what the window shows. Long: run it in the background.
     */
    public static ShownAnalysis analyse(List<Report> all, List<Report> chosen, AnalysisOptions options,
                                        Cancellation cancellation) {
        long start = System.nanoTime();
        List<Report> compared = chosen.isEmpty() ? ColumnChoice.defaultColumns(all) : chosen;
        Analysis analysis = Analyzer.analyze(all, compared, options, cancellation, ReportAnalyzer.PhaseListener.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        cancellation.check();
        return of(compared, analysis, millis);
    }

    /** The view of {@code analysis}, which compared {@code columns} in this order. */
    static ShownAnalysis of(List<Report> columns, Analysis analysis, long millis) {
        if (!analysis.compared().equals(columns.stream().map(Report::id).toList())) {
            throw new IllegalArgumentException("the analysis compared " + analysis.compared() + ", not the columns");
        }
        List<ColumnMarks> marks = new ArrayList<>();
        for (Report r : columns) {
            marks.add(ColumnMarks.of(TextMarks.all(r, analysis), r.original().length()));
        }
        return new ShownAnalysis(columns, analysis, true, marks, millis);
    }

    /**
     * These columns while their analysis is on its way: the same reports in the same order keep
     * their marks (a corrected year changes only a header); others show their headings only.
     */
    ShownAnalysis withColumns(List<Report> newColumns) {
        List<String> ids = newColumns.stream().map(Report::id).toList();
        if (analysed && ids.equals(analysis.compared())) {
            return newColumns.equals(columns) ? this : new ShownAnalysis(newColumns, analysis, true, marks, millis);
        }
        List<ColumnMarks> structure = new ArrayList<>();
        for (Report r : newColumns) {
            structure.add(ColumnMarks.of(TextMarks.structure(r), r.original().length()));
        }
        return new ShownAnalysis(newColumns, analysis, false, structure, millis);
    }

    public List<Report> columns() {
        return columns;
    }

    /** The newest analysis: of these columns when {@link #analysed()}, else the one before (for the tabs); null before the first. */
    public Analysis analysis() {
        return analysis;
    }

    /** Whether the marks, navigation and scrolling are those of these columns' analysis. */
    public boolean analysed() {
        return analysed;
    }

    public ColumnMarks marks(int column) {
        return marks.get(column);
    }

    /** The counts of the status bar; null before the first analysis. */
    public Counts counts() {
        return counts;
    }

    public long millis() {
        return millis;
    }

    /** The changes of the columns shown, as the changes pane lists them and F7 walks them; empty unless {@link #analysed()}. */
    public List<ChangeEntry> changes() {
        return changes;
    }

    public Navigation navigation() {
        return navigation;
    }

    public ScrollMap scrollMap() {
        return scrollMap;
    }

    /** The sections behind the alignment rows, in column order; null unless {@link #analysed()}. */
    public AlignedSections sections() {
        return sections;
    }

    /** The alignment rows one navigates by: those of numbered sections (leads are many and short). */
    public List<AlignmentRow> outlineRows() {
        return outlineRows;
    }

    /** Where a click on an alignment row takes each column, and which show no section of it ({@link RowPlaces}). */
    public RowPlaces.Places rowPlaces(AlignmentRow row) {
        if (!analysed) {
            return new RowPlaces.Places(columns.stream().map(c -> -1).toList(), columns.stream().map(c -> true).toList());
        }
        return rowPlaces.of(row);
    }

    /** Where the row's section changed place among the others from one shown year to the next; empty if nowhere. */
    public List<AlignmentLine.Moved> moved(AlignmentRow row) {
        return moved.getOrDefault(row, List.of());
    }

    /** The column showing this report; -1 if none does. */
    public int columnOf(String reportId) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).id().equals(reportId)) {
                return c;
            }
        }
        return -1;
    }

    /** Where the copies of a duplicate stand in the shown columns, in its order. */
    public List<Place> placesOf(Duplicate duplicate) {
        List<Place> places = new ArrayList<>();
        for (Occurrence o : duplicate.occurrences()) {
            int c = columnOf(o.report());
            if (c >= 0) {
                places.add(new Place(c, new Span(o.start(), o.end())));
            }
        }
        return places;
    }

    /** For Ctrl+click on a duplicated passage: the next copy after the one at the place that stands in a shown column. */
    public Optional<Place> otherCopy(int column, int offset) {
        Duplicate d = duplicateAt(column, offset);
        if (d == null) {
            return Optional.empty();
        }
        List<Occurrence> copies = d.occurrences();
        int here = 0;
        for (int k = 0; k < copies.size(); k++) {
            if (covers(copies.get(k), columns.get(column).id(), offset)) {
                here = k;
            }
        }
        for (int step = 1; step < copies.size(); step++) {
            Occurrence o = copies.get((here + step) % copies.size());
            int c = columnOf(o.report());
            if (c >= 0) {
                return Optional.of(new Place(c, new Span(o.start(), o.end())));
            }
        }
        return Optional.empty();
    }

    /** What a tooltip says about a place: where else a duplicated passage stands, the same metric in other years. */
    public HoverFacts hover(int column, int offset) {
        if (!analysed || column < 0 || column >= columns.size()) {
            return HoverFacts.NONE;
        }
        String report = columns.get(column).id();
        HoverFacts.DuplicateFacts duplicate = null;
        Duplicate d = duplicateAt(column, offset);
        if (d != null) {
            List<HoverFacts.Elsewhere> elsewhere = new ArrayList<>();
            for (Occurrence o : d.occurrences()) {
                if (!covers(o, report, offset)) {
                    elsewhere.add(new HoverFacts.Elsewhere(o.report(), report(o.report()), o.start()));
                }
            }
            duplicate = new HoverFacts.DuplicateFacts(d.length(), d.near(), elsewhere);
        }
        List<HoverFacts.TargetFacts> targets = new ArrayList<>();
        TargetTable table = analysis.targets().table();
        for (Target t : analysis.targets().targets()) {
            if (t.report().equals(report) && offset >= t.start() && offset < t.end() && t.kind() != TargetKind.QUALITATIVE) {
                List<HoverFacts.YearFigure> years = new ArrayList<>();
                for (TargetTable.Row row : table.rows()) {
                    if (row.metric().equals(t.canonicalMetric())) {
                        for (int i = 0; i < row.cells().size(); i++) {
                            TargetTable.Cell cell = row.cells().get(i);
                            if (cell.target() != null) {
                                years.add(new HoverFacts.YearFigure(table.columns().get(i).year(), cell.target().figure(),
                                        cell.change()));
                            }
                        }
                    }
                }
                targets.add(new HoverFacts.TargetFacts(t.kind(), t.canonicalMetric(), t.figure(), years));
            }
        }
        return new HoverFacts(duplicate, targets);
    }

    /** The duplicate (not a stock phrase) with a copy at this place of the column; null if none. */
    private Duplicate duplicateAt(int column, int offset) {
        if (!analysed || column < 0 || column >= columns.size()) {
            return null;
        }
        String report = columns.get(column).id();
        for (Duplicate d : analysis.duplicates().duplicates()) {
            if (!d.stock() && d.occurrences().stream().anyMatch(o -> covers(o, report, offset))) {
                return d;
            }
        }
        return null;
    }

    private static boolean covers(Occurrence o, String report, int offset) {
        return o.report().equals(report) && offset >= o.start() && offset < o.end();
    }

    private Report report(String id) {
        return analysis.reports().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
}
