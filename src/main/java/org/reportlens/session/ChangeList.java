package org.reportlens.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.compare.Change;
import org.reportlens.core.compare.ChangeEnd;
import org.reportlens.core.compare.DiffUnit;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.OutlinePath;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.Span;

/**
 * The changes of an analysis as the changes pane lists them: every unit that is not the same, of
 * every compared pair, in the pair's order (the newer report's), routine ones left out when the
 * options hide them. F7 walks the same entries ({@link Navigation}).
 */
public final class ChangeList {
    /** Longest excerpt of one side, in characters, before it is cut with "…". */
    static final int EXCERPT = 36;
    /** Longest excerpt of one side in a tooltip: a long paragraph, not a page. */
    static final int DETAIL = 400;

    private ChangeList() {
    }

    /** The entries of {@code analysis}, which compared {@code columns} in this order. */
    static List<ChangeEntry> of(List<Report> columns, Analysis analysis) {
        List<ChangeEntry> entries = new ArrayList<>();
        for (PairComparison pair : analysis.comparison().pairs()) {
            int ca = column(columns, pair.a());
            int cb = column(columns, pair.b());
            if (ca < 0 || cb < 0) {
                continue; // a pair of reports not shown (never with the columns compared)
            }
            Report older = columns.get(ca);
            Report newer = columns.get(cb);
            for (DiffUnit u : pair.units(analysis.options().hideRoutine())) {
                if (u.kind() == UnitKind.SAME) {
                    continue;
                }
                List<Span> places = new ArrayList<>(Collections.nCopies(columns.size(), (Span) null));
                places.set(ca, span(u.placeInA()));
                places.set(cb, span(u.placeInB()));
                ShownAnalysis.Place anchor = u.b() != null ? new ShownAnalysis.Place(cb, span(u.b()))
                        : new ShownAnalysis.Place(ca, span(u.a()));
                String[] excerpts = excerpts(u, older.original(), newer.original());
                int at = u.placeInB().start();
                OutlineNode section = section(newer, at);
                if (section == null && u.b() == null) {
                    section = section(newer, at - 1); // dropped at the end of a section, where b's text goes on
                }
                entries.add(new ChangeEntry(entries.size(), u.kind(), section,
                        excerpts[0], excerpts[1], places, anchor));
            }
        }
        return entries;
    }

    /** How many changes of each kind in each section, sections in the order their first change comes. */
    public static Map<OutlineNode, Map<UnitKind, Integer>> countsBySection(List<ChangeEntry> entries) {
        Map<OutlineNode, Map<UnitKind, Integer>> counts = new LinkedHashMap<>();
        for (ChangeEntry e : entries) {
            counts.computeIfAbsent(e.section(), s -> new EnumMap<>(UnitKind.class)).merge(e.kind(), 1, Integer::sum);
        }
        return counts;
    }

    private static int column(List<Report> columns, String id) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).id().equals(id)) {
                return c;
            }
        }
        return -1;
    }

    private static Span span(ChangeEnd end) {
        return new Span(end.start(), end.end());
    }

    /** The innermost numbered part or section (not an item, not a topic lead) around {@code offset}; null if none. */
    static OutlineNode section(Report report, int offset) {
        OutlineNode found = null;
        for (OutlineNode n : OutlinePath.at(report.outline(), offset)) {
            if (n.level() <= 2) { // levels grow going down: these come first
                found = n;
            }
        }
        return found;
    }

    /** Before and after: the whole sides of a new, dropped or unedited moved unit; the changed words of the others. */
    private static String[] excerpts(DiffUnit u, String older, String newer) {
        if (u.kind() == UnitKind.NEW) {
            return new String[] {"", excerpt(List.of(span(u.b())), newer)};
        }
        if (u.kind() == UnitKind.DROPPED) {
            return new String[] {excerpt(List.of(span(u.a())), older), ""};
        }
        if (u.changes().isEmpty()) { // a sentence moved as it was
            String text = excerpt(List.of(span(u.b())), newer);
            return new String[] {text, text};
        }
        List<Span> a = new ArrayList<>();
        List<Span> b = new ArrayList<>();
        for (Change c : u.changes()) {
            if (c.a().end() > c.a().start()) {
                a.add(span(c.a()));
            }
            if (c.b().end() > c.b().start()) {
                b.add(span(c.b()));
            }
        }
        return new String[] {excerpt(a, older), excerpt(b, newer)};
    }

    /** The texts of the spans, spaces and line breaks made one space, joined by "…", cut after {@link #DETAIL}. */
    private static String excerpt(List<Span> spans, String text) {
        StringBuilder out = new StringBuilder();
        for (Span s : spans) {
            String piece = s.of(text).replaceAll("\\s+", " ").strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('…');
            }
            out.append(piece);
            if (out.length() > DETAIL) {
                break;
            }
        }
        return out.length() > DETAIL ? out.substring(0, DETAIL) + "…" : out.toString();
    }
}
