package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.Span;

/**
 * Compares 2 or more reports: orders them by year, aligns their sections, then diffs each compared
 * pair (consecutive reports, or each against a base) region by region — the text before the first
 * part, then each aligned part's own text (up to its first section), each aligned section, and two
 * paired parts' closing remarks after their sections — into sentence units ({@link DiffUnit}).
 */
public final class Comparer {

    private Comparer() {
    }

    public static Comparison compare(List<Report> reports, CompareOptions options) {
        return compare(reports, options, Cancellation.NEVER);
    }

    public static Comparison compare(List<Report> reports, CompareOptions options, Cancellation cancellation) {
        return compare(reports, options, cancellation, ReportAnalyzer.PhaseListener.NONE);
    }

    /** As above, telling {@code listener} when the "alignment" and "diff" phases are done. */
    public static Comparison compare(List<Report> reports, CompareOptions options, Cancellation cancellation,
                                     ReportAnalyzer.PhaseListener listener) {
        return compare(reports, options, cancellation, listener, budget -> { });
    }

    /** As above, handing each pair's budget, once spent, to {@code budgets} (the budget regression test reads them). */
    static Comparison compare(List<Report> reports, CompareOptions options, Cancellation cancellation,
                              ReportAnalyzer.PhaseListener listener, Consumer<PairBudget> budgets) {
        Objects.requireNonNull(reports, "reports must not be null");
        Objects.requireNonNull(options, "options must not be null");
        if (reports.size() < 2) {
            return new Comparison(reports.stream().map(Report::id).toList(), List.of(), List.of());
        }
        List<Report> ordered = byYear(reports);
        List<SectionAligner.Row> rows = SectionAligner.align(ordered, options, cancellation);
        List<AlignmentRow> alignment = alignment(reports, ordered, rows);
        listener.phaseDone("alignment");
        List<PairComparison> pairs = new ArrayList<>();
        SentenceCache sentences = new SentenceCache(); // a report in the middle is side b, then side a
        for (int[] pair : pairs(ordered.size(), options.base())) {
            cancellation.check();
            Report a = ordered.get(pair[0]);
            Report b = ordered.get(pair[1]);
            PairBudget budget = new PairBudget();
            pairs.add(PairDiffer.diff(a, b, yearsApart(a, b), regions(rows, a, b, pair[0], pair[1], budget, cancellation),
                    options, cancellation, sentences, budget));
            budgets.accept(budget);
        }
        listener.phaseDone("diff");
        return new Comparison(ordered.stream().map(Report::id).toList(), alignment, pairs);
    }

    /** The aligned rows as public rows: rows are built in year order but given in the order the reports were given. */
    static List<AlignmentRow> alignment(List<Report> reports, List<Report> ordered, List<SectionAligner.Row> rows) {
        int[] givenIndex = new int[ordered.size()];
        for (int k = 0; k < givenIndex.length; k++) {
            givenIndex[k] = reports.indexOf(ordered.get(k));
        }
        List<AlignmentRow> alignment = new ArrayList<>();
        for (SectionAligner.Row row : rows) {
            alignment.add(row(row, ordered, givenIndex));
        }
        return alignment;
    }

    /** The public row of an aligned row: ids in the order the reports were given. */
    private static AlignmentRow row(SectionAligner.Row row, List<Report> ordered, int[] givenIndex) {
        List<String> ids = new ArrayList<>(Collections.nCopies(givenIndex.length, (String) null));
        List<RowPair> pairs = new ArrayList<>();
        double similarity = 0;
        double confidence = 1;
        int level = 0;
        AlignUnit previous = null;
        for (int k = 0; k < row.members.length; k++) {
            AlignUnit m = row.members[k];
            if (m == null) {
                continue;
            }
            ids.set(givenIndex[k], m.node.id());
            level = level == 0 ? m.level() : level;
            if (previous != null) {
                double s = row.similarity[k];
                similarity += s;
                confidence = Math.min(confidence, row.confidence[k]);
                pairs.add(new RowPair(givenIndex[previous.report], givenIndex[k], round(s), round(row.confidence[k]),
                        row.pinned[k]));
            }
            previous = m;
        }
        if (pairs.isEmpty()) {
            confidence = row.aloneConfidence;
        }
        List<AlsoIn> also = new ArrayList<>();
        for (SectionAligner.Also a : row.also) {
            List<Span> here = spans(ordered.get(a.from().report), a.here());
            List<Span> there = spans(ordered.get(a.to().report), a.there());
            also.add(new AlsoIn(givenIndex[a.from().report], givenIndex[a.to().report], a.to().node.id(),
                    round(a.share()), here, there, round(a.chance()), round(AlsoIn.shareOf(here, a.from().node)),
                    round(AlsoIn.shareOf(there, a.to().node))));
        }
        return new AlignmentRow(level, ids, pairs.isEmpty() ? 0 : round(similarity / pairs.size()),
                round(confidence), pairs, also);
    }

    private static List<Span> spans(Report report, List<int[]> ranges) {
        return ranges.stream().map(r -> report.text().toOriginal(r[0], r[1])).toList();
    }

    /** In year order ({@link #yearOf}); unknown last; stable. */
    public static List<Report> byYear(List<Report> reports) {
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparingInt(Comparer::yearKey));
        return ordered;
    }

    private static int yearKey(Report r) {
        Integer year = yearOf(r);
        return year == null ? Integer.MAX_VALUE : year;
    }

    /**
     * The year a report is for: the year it is filed under, else the year it plans, else the one after
     * the year it reviews; null if unknown.
     */
    public static Integer yearOf(Report r) {
        var m = r.metadata();
        if (m.year() != null) {
            return m.year();
        }
        if (m.planYear() != null) {
            return m.planYear();
        }
        return m.reviewYear() != null ? m.reviewYear() + 1 : null;
    }

    private static List<int[]> pairs(int n, Integer base) {
        List<int[]> pairs = new ArrayList<>();
        if (base != null) {
            if (base < 0 || base >= n) {
                throw new IllegalArgumentException("base " + base + " is not one of the " + n + " reports");
            }
            for (int i = 0; i < n; i++) {
                if (i != base) {
                    pairs.add(new int[] {base, i});
                }
            }
        } else {
            for (int i = 0; i + 1 < n; i++) {
                pairs.add(new int[] {i, i + 1});
            }
        }
        return pairs;
    }

    /** The years from a's year to b's ({@link #yearOf}); null when either is unknown. */
    static Integer yearsApart(Report a, Report b) {
        Integer ya = yearOf(a);
        Integer yb = yearOf(b);
        return ya == null || yb == null ? null : yb - ya;
    }

    private static List<PairDiffer.Region> regions(List<SectionAligner.Row> rows, Report a, Report b, int ia, int ib,
                                                   PairBudget budget, Cancellation cancellation) {
        List<PairDiffer.Region> regions = new ArrayList<>(
                LeadAnchors.split(a, preamble(a), b, preamble(b), -1, budget, cancellation));
        // two paired parts that both close with remarks ("各位代表！…") have them compared with each other,
        // after the last row that holds either part or a section of it (what is dropped or new there is
        // placed after the part's text); a part whose partner has none, or that has no partner, has its
        // remarks compared with its last section, as the other year may have the same words there
        Set<AlignUnit> apart = new HashSet<>(); // AlignUnit is compared as itself, not by its text
        Map<AlignUnit, Integer> lastRow = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            AlignUnit ma = rows.get(r).members[ia];
            AlignUnit mb = rows.get(r).members[ib];
            if (ma != null && mb != null && closingRemarks(a.text(), ma.node) != null
                    && closingRemarks(b.text(), mb.node) != null) {
                apart.add(ma);
                apart.add(mb);
            }
            for (AlignUnit m : new AlignUnit[] {ma, mb}) {
                if (m != null) {
                    lastRow.put(m.parent == null ? m : m.parent, r);
                }
            }
        }
        Map<Integer, List<PairDiffer.Region>> remarksAfter = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            SectionAligner.Row row = rows.get(r);
            AlignUnit ma = row.members[ia];
            AlignUnit mb = row.members[ib];
            regions.addAll(regions(a, ma == null ? null : ownText(a.text(), ma, apart),
                    b, mb == null ? null : ownText(b.text(), mb, apart), r, budget, cancellation));
            if (ma != null && mb != null && apart.contains(ma)) {
                // a group of their own: a block dropped there must not run on from the part's opening
                remarksAfter.computeIfAbsent(Math.max(lastRow.get(ma), lastRow.get(mb)), k -> new ArrayList<>())
                        .addAll(regions(a, closingRemarks(a.text(), ma.node), b, closingRemarks(b.text(), mb.node),
                                rows.size() + r, budget, cancellation));
            }
            regions.addAll(remarksAfter.getOrDefault(r, List.of()));
        }
        return regions;
    }

    /** The regions of two ranges (either may be null: on one side only); none when both are. */
    private static List<PairDiffer.Region> regions(Report a, int[] rangeA, Report b, int[] rangeB, int row,
                                                   PairBudget budget, Cancellation cancellation) {
        if (rangeA != null && rangeB != null) {
            return LeadAnchors.split(a, rangeA, b, rangeB, row, budget, cancellation);
        }
        return rangeA == null && rangeB == null ? List.of() : List.of(new PairDiffer.Region(rangeA, rangeB, row));
    }

    /**
     * A part's text after its last section ({@link OutlineNode#closingStart}); null when there is none, or
     * when the part has no section and {@link #ownText} holds all of it.
     */
    private static int[] closingRemarks(NormalizedText text, OutlineNode node) {
        boolean sectioned = node.level() == 1 && node.children().stream().anyMatch(c -> !c.lead() && c.level() == 2);
        int start = sectioned ? node.closingStart() : node.end();
        return start >= node.end() ? null : new int[] {text.fromOriginal(start), text.fromOriginal(node.end())};
    }

    /** The text before the first part or section (leads and items there included). */
    private static int[] preamble(Report r) {
        int end = firstAligned(r.outline());
        return new int[] {0, r.text().fromOriginal(end < 0 ? r.original().length() : end)};
    }

    private static int firstAligned(List<OutlineNode> nodes) {
        for (OutlineNode node : nodes) {
            if (!node.lead() && node.level() <= 2) {
                return node.start();
            }
            int inside = firstAligned(node.children());
            if (inside >= 0) {
                return inside;
            }
        }
        return -1;
    }

    /**
     * A part's text up to its first section; a section's whole text, and for the last section of a part
     * whose closing remarks are not compared {@link #regions apart}, those remarks too.
     */
    private static int[] ownText(NormalizedText text, AlignUnit unit, Set<AlignUnit> apart) {
        OutlineNode node = unit.node;
        int end = node.end();
        if (node.level() == 1) {
            for (OutlineNode child : node.children()) {
                if (!child.lead() && child.level() == 2) {
                    end = child.start();
                    break;
                }
            }
        } else if (unit.parent != null && !apart.contains(unit.parent)
                && closingRemarks(text, unit.parent.node) != null && node.end() == unit.parent.node.closingStart()) {
            end = unit.parent.node.end();
        }
        return new int[] {text.fromOriginal(node.start()), text.fromOriginal(end)};
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
