package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.NormalizedText;

/**
 * Lines up the parts (level 1) and sections (level 2) of reports in year order, by what they say.
 * Reports join one at a time: each section of the next report is matched to a row whose latest
 * section is most similar (TF-IDF cosine over character bigrams of title and body), greedily,
 * best pairs first, above {@link #MIN_SIMILARITY}. Parts match parts of the same kind (review with
 * review) unless the options say otherwise; sections match sections whose parts matched. Closeness
 * of position breaks ties, so a text repeated whole pairs copy with copy. Sections left over start
 * rows of their own: new in that report, or dropped after the last one that has them.
 */
final class SectionAligner {
    static final double MIN_SIMILARITY = 0.08;
    private static final double POSITION_WEIGHT = 0.05;
    /** Titles are short but say what a section is about: they weigh as much as the body. */
    private static final double TITLE_WEIGHT = 0.4;

    /** A part or section of one report. */
    static final class Member {
        final int report;
        final OutlineNode node;
        final Member parent;
        final double position;
        BigramVectors.Vector vector;
        BigramVectors.Vector titleVector;
        Row row;

        Member(int report, OutlineNode node, Member parent, double position) {
            this.report = report;
            this.node = node;
            this.parent = parent;
            this.position = position;
        }
    }

    /** A row being built: at most one member per report. */
    static final class Row {
        final int level;
        final Member[] members;

        Row(int level, int reports) {
            this.level = level;
            this.members = new Member[reports];
        }

        Member latestBefore(int report) {
            for (int i = report - 1; i >= 0; i--) {
                if (members[i] != null) {
                    return members[i];
                }
            }
            return null;
        }
    }

    private SectionAligner() {
    }

    /** The rows in reading order. */
    static List<Row> align(List<Report> reports, CompareOptions options, Cancellation cancellation) {
        List<List<Member>> byReport = new ArrayList<>();
        List<Member> all = new ArrayList<>();
        for (int r = 0; r < reports.size(); r++) {
            List<Member> members = new ArrayList<>();
            collect(r, reports.get(r), reports.get(r).outline(), null, members);
            byReport.add(members);
            all.addAll(members);
        }
        vectorize(reports, all);
        List<Row> rows = new ArrayList<>();
        for (int level = 1; level <= 2; level++) {
            for (int r = 0; r < reports.size(); r++) {
                cancellation.check();
                join(rows, byReport.get(r), r, level, reports.size(), options);
            }
        }
        return order(rows, byReport);
    }

    private static void collect(int report, Report r, List<OutlineNode> nodes, Member parent, List<Member> out) {
        double length = Math.max(1, r.original().length());
        for (OutlineNode node : nodes) {
            if (node.lead() || node.level() > 2) {
                continue;
            }
            Member m = new Member(report, node, node.level() == 2 ? parent : null, node.start() / length);
            out.add(m);
            if (node.level() == 1) {
                collect(report, r, node.children(), m, out);
            }
        }
    }

    private static void vectorize(List<Report> reports, List<Member> members) {
        // A part's bigrams are its own text's plus its sections': each character is counted once.
        Map<Member, BigramVectors.Counts> counts = new HashMap<>();
        for (Member m : members) {
            if (m.node.level() == 2) {
                counts.put(m, count(reports.get(m.report).text(), m.node.start(), m.node.end()));
            }
        }
        for (Member m : members) {
            if (m.node.level() == 1) {
                int ownEnd = m.node.end();
                BigramVectors.Counts sum = BigramVectors.Counts.EMPTY;
                for (Member section : members) {
                    if (section.parent == m) {
                        ownEnd = Math.min(ownEnd, section.node.start());
                        sum = sum.plus(counts.get(section));
                    }
                }
                counts.put(m, sum.plus(count(reports.get(m.report).text(), m.node.start(), ownEnd)));
            }
        }
        List<BigramVectors.Counts> bodies = new ArrayList<>();
        List<BigramVectors.Counts> titles = new ArrayList<>();
        for (Member m : members) {
            bodies.add(counts.get(m));
            titles.add(BigramVectors.counts(m.node.title()));
        }
        BigramVectors.Vector[] bodyVectors = BigramVectors.tfIdf(bodies);
        BigramVectors.Vector[] titleVectors = BigramVectors.tfIdf(titles);
        for (int i = 0; i < members.size(); i++) {
            members.get(i).vector = bodyVectors[i];
            members.get(i).titleVector = titleVectors[i];
        }
    }

    private static BigramVectors.Counts count(NormalizedText text, int originalStart, int originalEnd) {
        return BigramVectors.counts(text.folded().subSequence(text.fromOriginal(originalStart),
                text.fromOriginal(originalEnd)));
    }

    private record Candidate(Row row, Member member, double score) {
    }

    private static void join(List<Row> rows, List<Member> members, int report, int level, int reportCount,
                             CompareOptions options) {
        List<Candidate> candidates = new ArrayList<>();
        for (Member m : members) {
            if (m.node.level() != level) {
                continue;
            }
            for (Row row : rows) {
                Member latest = row.level == level ? row.latestBefore(report) : null;
                if (latest != null && compatible(latest, m, options)) {
                    double similarity = similarity(latest, m);
                    if (similarity >= MIN_SIMILARITY) {
                        double score = similarity - POSITION_WEIGHT * Math.abs(latest.position - m.position);
                        candidates.add(new Candidate(row, m, score));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        for (Candidate c : candidates) {
            if (c.member.row == null && c.row.members[report] == null) {
                c.row.members[report] = c.member;
                c.member.row = c.row;
            }
        }
        for (Member m : members) {
            if (m.node.level() == level && m.row == null) {
                Row row = new Row(level, reportCount);
                row.members[report] = m;
                m.row = row;
                rows.add(row);
            }
        }
    }

    private static boolean compatible(Member earlier, Member later, CompareOptions options) {
        if (options.likeWithLike() && earlier.node.part() != null && later.node.part() != null
                && earlier.node.part() != later.node.part()) {
            return false;
        }
        return earlier.parent == null || later.parent == null || earlier.parent.row == later.parent.row;
    }

    /**
     * Reading order: the latest report's order, with rows it lacks placed after the row of the
     * section that precedes them in the latest earlier report that has them.
     */
    private static List<Row> order(List<Row> rows, List<List<Member>> byReport) {
        LinkedList<Row> ordered = new LinkedList<>();
        Map<Row, Boolean> placed = new HashMap<>();
        for (int r = byReport.size() - 1; r >= 0; r--) {
            Row previous = null;
            for (Member m : byReport.get(r)) {
                if (!placed.containsKey(m.row)) {
                    int at = previous == null ? 0 : ordered.indexOf(previous) + 1;
                    ordered.add(at, m.row);
                    placed.put(m.row, Boolean.TRUE);
                }
                previous = m.row;
            }
        }
        return new ArrayList<>(ordered);
    }

    static double similarity(Member x, Member y) {
        return (1 - TITLE_WEIGHT) * BigramVectors.cosine(x.vector, y.vector)
                + TITLE_WEIGHT * BigramVectors.cosine(x.titleVector, y.titleVector);
    }

    static double similarity(Row row) {
        double sum = 0;
        int pairs = 0;
        Member previous = null;
        for (Member m : row.members) {
            if (m == null) {
                continue;
            }
            if (previous != null) {
                sum += similarity(previous, m);
                pairs++;
            }
            previous = m;
        }
        return pairs == 0 ? 0 : sum / pairs;
    }
}
