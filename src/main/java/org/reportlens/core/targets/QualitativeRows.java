package org.reportlens.core.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reportlens.core.compare.BigramVectors;
import org.reportlens.core.text.CharFolding;

/**
 * The rows of qualitative targets ("居民收入增长与经济增长基本同步", "国际收支基本平衡"): each target of a
 * report is linked to one of the previous report of the same government when the two are about the
 * same thing, so that a target kept from one year to the next, or reworded, stays in one row instead
 * of showing as dropped and then new.
 *
 * <p>Two wordings are about the same thing when they open alike (three characters or more in common
 * at the start, once width, punctuation and spaces are set aside: 国际收支基本平衡 ↔ 国际收支保持基本平衡,
 * 居民收入稳步增长 ↔ 居民收入稳定增长) or share at least half their pairs of adjacent characters (Dice
 * coefficient ≥ 0.5: 主要污染物排放量继续下降 ↔ 单位国内生产总值能耗和主要污染物排放量继续下降). Links are
 * made best first, one to one. A linked target is {@link TargetChange#SAME} (kept) when its wording is
 * the same but for width, punctuation and spaces, else {@link TargetChange#REWORDED}; any change of
 * words counts, "基本同步" → "同步" too, since a hedge dropped is what a reader looks for.
 */
final class QualitativeRows {
    /** Wordings opening with this many characters in common are about the same thing. */
    static final int SAME_OPENING = 3;
    /** Or sharing this share of their character pairs. */
    static final double SAME_PAIRS = 0.5;

    private QualitativeRows() {
    }

    /** The qualitative rows, in the order their first target appears, one target per column at most. */
    static List<TargetTable.Row> build(List<TargetTable.Column> columns, List<Target> figures) {
        List<Target[]> rows = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            String report = columns.get(c).report();
            List<Target> here = figures.stream()
                    .filter(t -> t.kind() == TargetKind.QUALITATIVE && t.report().equals(report)).toList();
            Set<Target> placed = new HashSet<>();
            link(rows, columns, c, here, placed);
            for (Target t : here) {
                if (!placed.contains(t)) {
                    Target[] row = new Target[columns.size()];
                    row[c] = t;
                    rows.add(row);
                }
            }
        }
        List<TargetTable.Row> table = new ArrayList<>();
        for (Target[] row : rows) {
            List<TargetTable.Cell> cells = new ArrayList<>();
            String label = null;
            for (int c = 0; c < columns.size(); c++) {
                cells.add(cell(columns, row, c));
                label = row[c] != null ? row[c].text() : label;
            }
            table.add(new TargetTable.Row(label, cells));
        }
        return table;
    }

    /**
     * Links the targets of column {@code c} to rows holding one in an earlier column of the same
     * government (the latest such), best pairs first: a year whose list was not read leaves a gap in
     * the row, not a new row.
     */
    private static void link(List<Target[]> rows, List<TargetTable.Column> columns, int c, List<Target> here,
                             Set<Target> placed) {
        record Pair(Target[] row, Target target, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (Target[] row : rows) {
            Target latest = null;
            for (int p = TargetTableBuilder.previousColumn(columns, c); p >= 0 && latest == null;
                 p = TargetTableBuilder.previousColumn(columns, p)) {
                latest = row[p];
            }
            if (latest != null) {
                String before = wording(latest.text());
                for (Target t : here) {
                    double score = likeness(before, wording(t.text()));
                    if (score > 0) {
                        pairs.add(new Pair(row, t, score));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        Set<Target[]> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!taken.contains(p.row()) && !placed.contains(p.target())) {
                p.row()[c] = p.target();
                taken.add(p.row());
                placed.add(p.target());
            }
        }
    }

    private static TargetTable.Cell cell(List<TargetTable.Column> columns, Target[] row, int c) {
        Target target = row[c];
        int previous = TargetTableBuilder.previousColumn(columns, c);
        Target before = previous < 0 ? null : row[previous];
        TargetChange change = TargetTableBuilder.presence(previous, before, target);
        if (change == null && target != null && before != null) {
            change = wording(before.text()).equals(wording(target.text())) ? TargetChange.SAME : TargetChange.REWORDED;
        }
        return new TargetTable.Cell(target, change, false, null, null);
    }

    /** The wording compared: width folded, without punctuation or spaces. */
    static String wording(String text) {
        String folded = CharFolding.fold(text);
        StringBuilder s = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                s.append(ch);
            }
        }
        return s.toString();
    }

    /**
     * How alike two wordings are, 0 when not about the same thing: the share of the shorter that
     * opens both when at least {@value #SAME_OPENING} characters do, or the Dice coefficient of
     * their character pairs when at least {@value #SAME_PAIRS}.
     */
    static double likeness(String a, String b) {
        int common = 0;
        while (common < a.length() && common < b.length() && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        double opening = common >= SAME_OPENING ? (double) common / Math.min(a.length(), b.length()) : 0;
        double pairs = BigramVectors.dice(a, b);
        return Math.max(opening, pairs >= SAME_PAIRS ? pairs : 0);
    }
}
