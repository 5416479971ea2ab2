package org.reportlens.core.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.Part;
import org.reportlens.core.report.Report;

/**
 * A part (level 1) or section (level 2) of one report, as the aligner sees it: where it stands,
 * what it holds, its vectors. Ranges are in the report's normalized text, {@code [start, end)}.
 */
final class AlignUnit {
    /** Index of the report in year order. */
    final int report;
    /** Position among the report's units in reading order: parts before their sections. */
    final int order;
    final OutlineNode node;
    /** The part holding a section; null for a part or a section outside any part. */
    final AlignUnit parent;
    final int start;
    final int end;
    /** Where the unit's own text ends: a part's first section, else {@link #end}. */
    int ownEnd;
    /**
     * Where a part's closing paragraphs begin ("各位代表！…" after its last section, outside it in the
     * outline); {@link #end} when there are none. For a section, {@link #end}.
     */
    int tailStart;
    /** Review or plan, from the title (five years ahead are a plan), else from how the text speaks; null when neither is clear. */
    Part kind;
    /** A part about five years, or a section of one: it overlaps a year's work by nature. */
    boolean fiveYear;
    /** A part of notes to the report (名词解释, 《政府工作报告》注释, 附件), or a section of one. */
    boolean notes;
    /** A part with no sections, or a section: no unit below it. */
    boolean leaf = true;
    BigramVectors.Vector body;
    BigramVectors.Vector title;
    BigramVectors.Vector leads;
    /**
     * The bigram counts the three vectors are weighed from ({@link UnitVectors}), counted once: a report between
     * two others is weighed with each.
     */
    BigramVectors.Counts bodyCounts;
    BigramVectors.Counts titleCounts;
    BigramVectors.Counts leadCounts;
    /** Chunks of this unit's subtree, indexes into the report's chunk list (see {@link ChunkFlow}). */
    int chunkFrom;
    int chunkTo;
    /** Where it starts, as a share of its report's text: 0 at the top, near 1 at the end. */
    double position;
    /** Its row once aligned. */
    SectionAligner.Row row;

    AlignUnit(int report, int order, OutlineNode node, AlignUnit parent, int start, int end) {
        this.report = report;
        this.order = order;
        this.node = node;
        this.parent = parent;
        this.start = start;
        this.end = end;
        this.ownEnd = end;
        this.tailStart = end;
    }

    int level() {
        return node.level();
    }

    Part kind() {
        return kind;
    }

    private static final Pattern FIVE_YEARS = Pattern.compile("五年|十[一二三四五六七八九]五");
    /** Notes to the report: a glossary or an attachment, which continues only in another year's notes. */
    private static final Pattern NOTES = Pattern.compile("名词解释|注释|词语解释|^附件|^附录|^附[:：]");
    /** A year's work named by its year, or as the first year of five ("实现“十三五”良好开局"). */
    private static final Pattern A_YEAR = Pattern.compile("\\d{4}年|开.?局|起.?步");
    private static final Pattern LOOKS_BACK = Pattern.compile("了|累计|同比|比上年|获评|入选|建成|荣获|完成");
    private static final Pattern LOOKS_AHEAD = Pattern.compile("(?<![主重需必纲摘提])要(?!求|素|点|闻|害|案)|力争|确保|将(?!近)|推动|加快");
    /** A part whose title says neither is taken for a review (plan) when this many times as much of its text looks back (ahead). */
    private static final double CLEAR_LEAD = 1.5;
    /** A section's text is shorter: it has to lean further one way. */
    private static final double SECTION_LEAD = 2.0;
    /** Fewer markers than this say nothing. */
    private static final int FEW_MARKERS = 4;

    /**
     * The units of a report in reading order: every part, and every section of a part, that is not
     * a topic lead.
     */
    static List<AlignUnit> of(int reportIndex, Report report) {
        List<AlignUnit> units = new ArrayList<>();
        collect(reportIndex, report, report.outline(), null, units);
        String text = report.text().text();
        for (AlignUnit u : units) {
            u.position = (double) u.start / Math.max(1, text.length());
        }
        for (AlignUnit u : units) {
            if (u.parent != null) {
                // after the last section: the part's closing remarks ("各位代表！…"), if any
                u.parent.tailStart = u.end;
            }
        }
        for (AlignUnit u : units) {
            if (u.parent == null) {
                u.fiveYear = fiveYears(u, text, report.text().fromOriginal(u.node.headingEnd()));
                u.notes = u.level() == 1 && NOTES.matcher(u.node.title()).find();
                // five years ahead are planned, as a year is: a review's "——国民经济平稳发展" is not the
                // partner of a five-year target's "——综合经济实力全面提升"
                u.kind = u.node.part() == Part.REVIEW || u.node.part() == Part.PLAN ? u.node.part()
                        : u.node.part() == Part.OUTLOOK ? Part.PLAN
                        : tense(text.substring(u.start, u.tailStart), u.level() == 1 ? CLEAR_LEAD : SECTION_LEAD);
            } else {
                u.fiveYear = u.parent.fiveYear;
                u.notes = u.parent.notes;
                // a part that speaks both ways says nothing of its sections, which say less on their own
                u.kind = u.parent.kind;
            }
        }
        return units;
    }

    /**
     * Whether a part is about five years: its title says so ("“十四五”时期主要目标任务") and names no
     * single year, or its title names no year and its text opens on five years ("“十三五”时期，是…").
     */
    private static boolean fiveYears(AlignUnit part, String text, int headingEnd) {
        String title = part.node.title();
        if (A_YEAR.matcher(title).find()) {
            return false;
        }
        if (FIVE_YEARS.matcher(title).find()) {
            return true;
        }
        int from = Math.min(Math.max(part.start, headingEnd), part.ownEnd);
        String opening = text.substring(from, Math.min(part.ownEnd, from + OPENING));
        return part.level() == 1 && OPENS_ON_FIVE_YEARS.matcher(opening).lookingAt() && !A_YEAR.matcher(opening).find();
    }

    /** How much of a part's own text is read for what it is about. */
    private static final int OPENING = 60;
    /** "“十三五”时期，是…", "今后五年，…": a text that starts on five years. */
    private static final Pattern OPENS_ON_FIVE_YEARS = Pattern.compile("\\s*[“\"]?(十[一二三四五六七八九]五|今后五年|未来五年|过去五年)");

    /** Review if the text mostly looks back ("完成了", "累计"), plan if it mostly looks ahead ("要", "力争"). */
    static Part tense(String text, double lead) {
        int back = count(LOOKS_BACK.matcher(text));
        int ahead = count(LOOKS_AHEAD.matcher(text));
        if (back + ahead < FEW_MARKERS) {
            return null;
        }
        if (back > lead * ahead) {
            return Part.REVIEW;
        }
        return ahead > lead * back ? Part.PLAN : null;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void collect(int reportIndex, Report report, List<OutlineNode> nodes, AlignUnit parent,
                                List<AlignUnit> out) {
        for (OutlineNode node : nodes) {
            if (node.lead() || node.level() > 2) {
                continue;
            }
            AlignUnit unit = new AlignUnit(reportIndex, out.size(), node, node.level() == 2 ? parent : null,
                    report.text().fromOriginal(node.start()), report.text().fromOriginal(node.end()));
            out.add(unit);
            if (unit.parent != null) {
                unit.parent.leaf = false;
                unit.parent.ownEnd = Math.min(unit.parent.ownEnd, unit.start);
            }
            if (node.level() == 1) {
                collect(reportIndex, report, node.children(), unit, out);
            }
        }
    }

    /**
     * The normalized ranges of the unit's own text: a section's whole text; a part's before its first
     * section and its closing remarks after its last.
     */
    List<int[]> ownRanges() {
        if (leaf) {
            return List.of(new int[] {start, tailStart});
        }
        return tailStart < end ? List.of(new int[] {start, ownEnd}, new int[] {tailStart, end})
                : List.of(new int[] {start, ownEnd});
    }

    /** Whether {@code other} is this unit or lies inside it. */
    boolean holds(AlignUnit other) {
        return other == this || other.parent == this;
    }

    @Override
    public String toString() {
        return "r" + report + ":" + node.id();
    }
}
