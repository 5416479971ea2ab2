package org.reportlens.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.OutlinePath;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.Span;
import org.reportlens.core.workspace.Note;

/**
 * The changes pane: the changes of the columns shown ({@link ShownAnalysis#changes()}) under a
 * filter, grouped by section with each section's counts, each marked reviewed or not. A reviewed
 * mark is a note of the {@link Review} anchored on the change, so it is saved with the workspace's
 * notes. F7 walks the changes the filter lets through; the one the user is at is {@link #current()}.
 */
public final class Changes {
    /**
     * A line of the pane: a section's heading with its counts, or a change.
     *
     * @param section  the section
     * @param counts   for a heading, how many changes of each kind the section has (whatever the filter); else empty
     * @param entry    the change; null for a heading
     * @param reviewed whether the change is marked reviewed
     */
    public record Row(OutlineNode section, Map<UnitKind, Integer> counts, ChangeEntry entry, boolean reviewed) {
        public Row {
            counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts)); // in kind order
        }

        public boolean heading() {
            return entry == null;
        }
    }

    private final Session session;
    private final Review review;
    private final State<ChangeFilter> filter = new State<>(ChangeFilter.ALL);
    private final State<List<Row>> rows = new State<>(List.of());
    private final State<ChangeEntry> current = new State<>(null);
    private final State<Row> inView = new State<>(null);
    /** The shown analysis whose columns' absolute paths {@link #columnPaths} holds. */
    private ShownAnalysis pathsOf;
    private List<String> columnPaths = List.of();
    private Set<String> reviewedKeys = Set.of();
    /** The counts of the changes shown, per section: computed with the rows, read by every cell of the section filter. */
    private Map<OutlineNode, Map<UnitKind, Integer>> sections = Map.of();
    /** The report each section of {@link #sections} is of, where the pane names it ({@link #reportOf}). */
    private Map<OutlineNode, Report> reports = Map.of();

    public Changes(Session session, Review review) {
        this.session = Objects.requireNonNull(session, "session must not be null");
        this.review = Objects.requireNonNull(review, "review must not be null");
        session.shown().watch(shown -> {
            current.set(null);
            update();
        });
        review.notes().watch(notes -> update());
        filter.watch(f -> update());
        update();
    }

    public State<ChangeFilter> filter() {
        return filter;
    }

    public void filter(ChangeFilter changed) {
        filter.set(Objects.requireNonNull(changed, "filter must not be null"));
    }

    /** The lines of the pane, sections in the order of their first change. */
    public State<List<Row>> rows() {
        return rows;
    }

    /** The change the user is at (chosen in the pane or reached by F7); null when none. */
    public State<ChangeEntry> current() {
        return current;
    }

    public void at(ChangeEntry entry) {
        current.set(entry);
    }

    /** The section heading the pane scrolls to, the user having gone to an alignment row ({@link #showRow}); null if none. */
    public State<Row> inView() {
        return inView;
    }

    /**
     * The user went to an alignment row: the pane shows its changes — the heading of one of the row's sections, or of
     * the first section inside one of them (a part's) — and stays where it was when none is listed (a tour: after a
     * click on a row the list still showed the changes before the first section).
     */
    public void showRow(AlignmentRow row, AlignedSections sections) {
        List<OutlineNode> nodes = new ArrayList<>();
        for (int c = 0; sections != null && c < sections.reports().size(); c++) {
            OutlineNode node = sections.node(row, c);
            if (node != null) {
                nodes.add(node);
            }
        }
        rows.get().stream()
                .filter(r -> r.heading() && r.section() != null && nodes.stream().anyMatch(n -> holds(n, r.section())))
                .findFirst().ifPresent(found -> {
                    inView.set(null); // the same heading again: scrolled to again
                    inView.set(found);
                });
    }

    /** Whether {@code node} is {@code section}, or holds it among its descendants. */
    private static boolean holds(OutlineNode node, OutlineNode section) {
        return node == section || OutlinePath.at(node.children(), section.start()).stream().anyMatch(n -> n == section);
    }

    /** Every change shown, with how many of each kind per section: what the section filter offers. */
    public Map<OutlineNode, Map<UnitKind, Integer>> sections() {
        return sections;
    }

    /**
     * What the section filter offers, after "all sections": each section with a change shown. Not the changes
     * before the first section (the report's title and date), which are no section to choose, and which a null
     * choice — all sections — would have offered a second time under the same name.
     */
    public List<OutlineNode> sectionChoices() {
        return sections.keySet().stream().filter(Objects::nonNull).toList();
    }

    /**
     * The year a section of the list and of its filter is of, in three columns or more: the changes of each two
     * years are listed there, and "（一）着力扩大有效需求" may be a section of each (the second tour found the filter's
     * choices nameless); null in two columns, where every section is the newer year's, and for the changes before
     * the first section.
     */
    public Report reportOf(OutlineNode section) {
        return reports.get(section);
    }

    /** Whether F7 stops at this change: the filter lets it through. */
    public boolean walked(ChangeEntry entry) {
        return filter.get().accepts(entry, reviewed(entry));
    }

    public boolean reviewed(ChangeEntry entry) {
        return reviewedKeys.contains(key(entry));
    }

    /**
     * Marks the change reviewed, or no longer: the first time with a note of its own (no text,
     * reviewed), afterwards by that note — or by any note the user put on exactly its text.
     */
    public void toggleReviewed(ChangeEntry entry) {
        String key = key(entry);
        for (Note n : review.notes().get()) {
            if (key(n).equals(key)) {
                review.setReviewed(n, !n.reviewed());
                return;
            }
        }
        Report report = session.shown().get().columns().get(entry.anchor().column());
        review.add(report, entry.anchor().span().start(), entry.anchor().span().end(), "", true);
    }

    private void update() {
        Set<String> keys = new HashSet<>();
        for (Note n : review.notes().get()) {
            if (n.reviewed()) {
                keys.add(key(n));
            }
        }
        reviewedKeys = keys;
        List<ChangeEntry> all = session.shown().get().changes();
        Map<OutlineNode, Map<UnitKind, Integer>> counts = ChangeList.countsBySection(all);
        sections = counts;
        ShownAnalysis shown = session.shown().get();
        // by identity: a section of one year and an equal one of another (a report saved twice) are two choices
        Map<OutlineNode, Report> of = new IdentityHashMap<>();
        boolean named = shown.sections() != null && AlignmentLine.namesYears(shown.sections());
        for (ChangeEntry e : named ? all : List.<ChangeEntry>of()) {
            if (e.section() != null && !of.containsKey(e.section())) {
                holder(shown.columns(), e.section()).ifPresent(r -> of.put(e.section(), r));
            }
        }
        reports = of;
        List<Row> out = new ArrayList<>();
        for (var section : counts.entrySet()) {
            boolean headed = false;
            for (ChangeEntry e : all) {
                if (!Objects.equals(e.section(), section.getKey()) || !walked(e)) {
                    continue;
                }
                if (!headed) {
                    out.add(new Row(section.getKey(), section.getValue(), null, false));
                    headed = true;
                }
                out.add(new Row(section.getKey(), Map.of(), e, reviewed(e)));
            }
        }
        rows.set(out);
    }

    /** The report whose outline holds {@code section} itself (the newer of its pair: a dropped change is anchored in the older). */
    private static Optional<Report> holder(List<Report> columns, OutlineNode section) {
        return columns.stream().filter(r -> OutlinePath.at(r.outline(), section.start()).stream().anyMatch(n -> n == section))
                .findFirst();
    }

    private String key(ChangeEntry e) {
        ShownAnalysis now = session.shown().get();
        if (now != pathsOf) { // a path made absolute once per column, not once per change and look-up
            pathsOf = now;
            columnPaths = now.columns().stream().map(r -> WorkspaceSnapshot.absolute(r.file())).toList();
        }
        Span s = e.anchor().span();
        return columnPaths.get(e.anchor().column()) + "#" + s.start() + ":" + s.end();
    }

    private static String key(Note n) {
        return n.anchor().report() + "#" + n.anchor().start() + ":" + n.anchor().end();
    }
}
