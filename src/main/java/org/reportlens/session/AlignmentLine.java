package org.reportlens.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.reportlens.core.analysis.AlignedSections;
import org.reportlens.core.compare.AlignmentRow;
import org.reportlens.core.compare.AlsoIn;
import org.reportlens.core.compare.RowPair;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionRef;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.Span;

/**
 * What the alignment pane says of one row: how alike its sections are or that one is new or dropped,
 * how sure the program is (a row it is unsure of asks to be checked), and where its sections also
 * continue — each "also in" with the places that show it: the paragraphs that went there, side by side.
 *
 * @param badge      what became of the row's section across the shown years ({@link Badge})
 * @param similarity percent, for a row of partners
 * @param confidence percent: for partners the chance the pairing is right (the least of its pairs); for a
 *                   section alone the chance it really has no main partner (it may still continue "also
 *                   in" another)
 * @param parted     the pairs of a section of the row that the user forbade (Unlink), with a section shown in
 *                   another column: the trace of a correction, and where it is taken back
 * @param years      the reports that have a section in the row, in column order
 * @param moved      where the row's section changed place among the others from one shown year to the next
 *                   ({@link Reordering})
 * @param unsectioned for {@link Badge#UNSECTIONED}, the year and its part without sections; else null
 */
public record AlignmentLine(AlignmentRow row, Badge badge, int similarity, int confidence, List<Also> also,
                            List<Parted> parted, List<Report> years, List<Moved> moved, UnsectionedPart unsectioned) {
    /** Below this chance the row asks to be checked: the program thinks it more likely wrong than right. */
    public static final double DOUBTFUL = 0.5;

    /**
     * What became of the row's section: every shown year has it (how alike: {@link #similarity}); the last
     * year has it and the first not — new, or split off when its first section also continues one of the year
     * before; the first has it and the last not — dropped, or merged when its last section also continues in
     * one of the year after; neither the first nor the last has it — only in the {@link #years} between (a
     * section of one year between split off or merged as the first or last year's would be); a
     * year between two that have it has not — a gap, which a pin across a year makes, or a section that year
     * leaves out ({@link #missing}).
     * Where the year without it writes the section's part without sections, the section is neither new nor
     * dropped: unsectioned there ({@link UnsectionedPart}). A part alone is split off (merged) when half its
     * sections' text or more came from (went on in) that year ({@link #partBadge}).
     */
    public enum Badge { SIMILAR, NEW, SPLIT, DROPPED, MERGED, SOME_YEARS, GAP, UNSECTIONED }

    /**
     * A section of the row (the one of {@code from}) also continues in {@code section} of {@code report}.
     *
     * @param share  percent of the row's section that went there: its paragraphs listed in the link (what
     *               an editor reads under the section; the JSON's share is the larger of the two sections'), at
     *               least 1 where there are any ({@link #ownText})
     * @param shareThere percent of the other section that came from the row's, at least 1 where any paragraph of it
     *               did (the line shows it beside {@code share}, and "0%" would read as nothing)
     * @param confidence percent: the chance that the link is right
     * @param sure   the chance is at least {@link #SURE_LINK}: a weaker link is drawn paler (about a quarter
     *               of them were wrong) and turns "dropped" into "merged" only when it carries half the section
     *               or more
     * @param cameFrom the other section is of an earlier year: the text came from there
     * @param ownText  some of the row's section's own paragraphs are in the link: a link of the other section's
     *               paragraphs whose topic is this section's has none, and "0%" would read as nothing
     * @param places the stretch of the paragraphs that went holding most of them, in the column of the row's
     *               section, and of those that came, in the column of the other: what a click on the line shows
     *               ({@link #mostOf})
     */
    public record Also(Report from, Report report, OutlineNode section, int share, int shareThere, int confidence,
                       boolean sure, boolean cameFrom, boolean ownText, List<ShownAnalysis.Place> places) {
        public Also {
            places = List.copyOf(places);
        }
    }

    /**
     * The user parted the row's section of {@code from} from {@code section} of {@code report} (Unlink): the
     * aligner never pairs the two; withdrawing {@code correction} lets it decide again.
     */
    public record Parted(Report from, Report report, OutlineNode section, SectionLink correction) {
    }

    /**
     * The row's section stands elsewhere among the others in the next shown year: {@code olderPlace} of
     * {@code older} is {@code newerPlace} of {@code newer}, off the order the other shared sections keep.
     */
    public record Moved(Report older, OutlineNode olderPlace, Report newer, OutlineNode newerPlace) {
    }

    public AlignmentLine {
        also = List.copyOf(also);
        parted = List.copyOf(parted);
        years = List.copyOf(years);
        moved = List.copyOf(moved);
    }

    public static AlignmentLine of(ShownAnalysis shown, AlignmentRow row) {
        AlignedSections sections = shown.sections();
        Badge badge = partBadge(shown, row, badge(row));
        UnsectionedPart unsectioned = unsectioned(shown, row, badge);
        if (unsectioned != null) {
            badge = Badge.UNSECTIONED;
        }
        List<Also> also = new ArrayList<>();
        for (AlsoIn link : row.alsoIn()) {
            OutlineNode other = sections == null ? null : sections.node(link);
            if (other == null) {
                continue;
            }
            Report otherReport = sections.reports().get(link.report());
            Report own = sections.reports().get(link.from());
            OutlineNode section = sections.node(row, link.from());
            List<ShownAnalysis.Place> places = new ArrayList<>();
            place(shown, own, link.here(), section, other, places);
            place(shown, otherReport, link.there(), other, section, places);
            boolean ownText = !link.here().isEmpty();
            int share = ownText ? Math.max(1, percent(link.shareHere())) : 0;
            int shareThere = link.there().isEmpty() ? percent(link.shareThere())
                    : Math.max(1, percent(link.shareThere()));
            also.add(new Also(own, otherReport, other, share, shareThere,
                    percent(link.confidence()), sure(link), link.report() < link.from(), ownText, places));
        }
        List<Report> years = new ArrayList<>();
        for (int i = 0; sections != null && i < row.sections().size(); i++) {
            if (row.sections().get(i) != null) {
                years.add(sections.reports().get(i));
            }
        }
        return new AlignmentLine(row, badge, percent(row.similarity()), percent(row.confidence()), also,
                parted(shown, row), years, shown.moved(row), unsectioned);
    }

    /**
     * The year without the row's section that writes its part without sections, for a row dropped (the year
     * after), new (the year before) or only in some years between (the year after, else the year before: in
     * 甘肃 2020–2021–2023, 2021's five-year sections beside 2023's undivided five-year part); else null.
     */
    private static UnsectionedPart unsectioned(ShownAnalysis shown, AlignmentRow row, Badge badge) {
        AlignedSections sections = shown.sections();
        if (sections == null) {
            return null;
        }
        int first = first(row.sections());
        int latest = latest(row.sections());
        List<AlignmentRow> rows = shown.outlineRows();
        Optional<UnsectionedPart> after = badge == Badge.DROPPED || badge == Badge.SOME_YEARS
                ? UnsectionedPart.of(sections, rows, row, latest, latest + 1) : Optional.empty();
        return after.or(() -> badge == Badge.NEW || badge == Badge.SOME_YEARS
                ? UnsectionedPart.of(sections, rows, row, first, first - 1) : Optional.empty())
                .orElse(null);
    }

    private static Badge badge(AlignmentRow row) {
        int last = row.sections().size() - 1;
        int first = first(row.sections());
        int latest = latest(row.sections());
        if (row.present() == row.sections().size()) {
            return Badge.SIMILAR;
        }
        if (latest - first + 1 > row.present()) {
            return Badge.GAP;
        }
        if (first > 0 && latest < last) {
            // a section of one year between others that came from the year before, or went on in the year after,
            // says so: "仅 2020" above "另见 2021（占 100%）" read as a contradiction (the fourth tour)
            if (row.present() == 1 && sureLink(row, first, first - 1)) {
                return Badge.SPLIT;
            }
            return row.present() == 1 && sureLink(row, latest, latest + 1) ? Badge.MERGED : Badge.SOME_YEARS;
        }
        if (latest < last) {
            return sureLink(row, latest, latest + 1) ? Badge.MERGED : Badge.DROPPED;
        }
        return sureLink(row, first, first - 1) ? Badge.SPLIT : Badge.NEW;
    }

    /**
     * A part new (dropped) in a year whose sections came from (went on in) the year before (after) is split off
     * (merged): 长沙 2026's new part "努力建设人民满意政府", three of whose four sections split off the closing
     * remarks of 2025's plan, read "新增" above three "分出". It is so when sections holding at least half of the
     * part's sections' text each have a partner in that year or a link that would make its own badge say so.
     */
    private static Badge partBadge(ShownAnalysis shown, AlignmentRow row, Badge badge) {
        if (badge == Badge.NEW) {
            int first = first(row.sections());
            return sectionsContinue(shown, row, first, first - 1) ? Badge.SPLIT : badge;
        }
        if (badge == Badge.DROPPED) {
            int latest = latest(row.sections());
            return sectionsContinue(shown, row, latest, latest + 1) ? Badge.MERGED : badge;
        }
        return badge;
    }

    private static boolean sectionsContinue(ShownAnalysis shown, AlignmentRow row, int own, int other) {
        AlignedSections sections = shown.sections();
        OutlineNode part = sections == null ? null : sections.node(row, own);
        if (part == null || part.level() != 1 || part.children().isEmpty()) {
            return false;
        }
        long all = 0;
        long continuing = 0;
        for (OutlineNode section : part.children()) {
            Optional<AlignmentRow> its = shown.outlineRows().stream()
                    .filter(r -> section.id().equals(r.sections().get(own))).findFirst();
            if (its.isEmpty()) {
                continue; // a topic lead the aligner does not line up
            }
            int length = section.end() - section.start();
            all += length;
            if (its.get().sections().get(other) != null || sureLink(its.get(), own, other)) {
                continuing += length;
            }
        }
        return all > 0 && continuing * 2 >= all;
    }

    /**
     * Whether the row's section of report {@code from} surely continues in a section of report {@code to}, or a
     * fifth of it or more went there: what turns "dropped" into "merged" and "new" into "split off"
     * ({@link #ENOUGH_OF_IT}).
     */
    private static boolean sureLink(AlignmentRow row, int from, int to) {
        return row.alsoIn().stream().anyMatch(a -> a.from() == from && a.report() == to && saysWhereItWent(a));
    }

    /** Whether a link is sure, or carries a fifth of its section or more: it says where the section went (or came from). */
    static boolean saysWhereItWent(AlsoIn link) {
        return sure(link) || link.shareHere() >= ENOUGH_OF_IT;
    }

    /**
     * The share of a section that a link carries for the badge to say where the section went whatever its chance.
     * Of the links under {@link #SURE_LINK} on the rows of a section alone in the 53 annotated pairs, 82 of the 106
     * carrying a fifth of the section or more were true pairs (a throwaway count: 16 of 24 from 0.4 to 0.5, 7 of 8
     * from 0.2 to 0.3), 1 of 4 below: a badge "新增" or "删去" beside such a line was wrong three times in four ("2021
     * 新增" above "另见 2020（占 49%）" read as a contradiction in the third tour, and mostly was one). Half, before,
     * left 38 of those true pairs badged new or dropped.
     */
    static final double ENOUGH_OF_IT = 0.2;

    private static boolean sure(AlsoIn link) {
        return link.confidence() >= SURE_LINK;
    }

    /**
     * A link this sure says where a section went, in its badge too: on the 49 annotated pairs, 105 of the 111
     * links shown from 0.8 on were right, 60 of the 82 below it (an "also in" line says those, with its figure).
     */
    public static final double SURE_LINK = 0.8;

    /**
     * The year a badge names in three columns or more: the first without the section for "dropped" and
     * "merged", the first with it for "new" and "split off", the one without sections for "unsectioned";
     * null for the other badges, and in two columns, where the columns say it.
     */
    public Report badgeYear(AlignedSections sections) {
        if (!namesYears(sections)) {
            return null;
        }
        return switch (badge) {
            case DROPPED, MERGED -> sections.reports().get(latest(row.sections()) + 1);
            case NEW, SPLIT -> sections.reports().get(first(row.sections()));
            case UNSECTIONED -> unsectioned.report();
            default -> null;
        };
    }

    /**
     * Whether a section of one year between others, split off from the year before, also went on into a section of
     * the year after: "2020 分出" said nothing of 2020's culture section folded into 2021's livelihoods (80% of it,
     * a tour); the row says both. The year it merged in is {@link #mergedYear}.
     */
    public boolean alsoMerged() {
        int first = first(row.sections());
        return badge == Badge.SPLIT && row.present() == 1 && first + 1 < row.sections().size()
                && sureLink(row, first, first + 1);
    }

    /** The year a section {@link #alsoMerged} went on into; null if it did not. */
    public Report mergedYear(AlignedSections sections) {
        return alsoMerged() ? sections.reports().get(first(row.sections()) + 1) : null;
    }

    /**
     * What the badge means, for its tooltip: the message key, the year it happened in ({@code year}: the first
     * with the section for new and split off, the first without for dropped and merged) and the year beside it
     * ({@code other}), either null where the message names none. The badge's word alone left an editor guessing
     * (the fourth tour: "分出", "并入" and "仅" all said only "no main counterpart in another year"), and a part
     * merged by its sections' rows has no line of its own to say where it went.
     */
    public record Meaning(String key, Report year, Report other) {
    }

    /** The {@link Meaning} of the row's badge; empty for a badge whose tooltip says it already (a gap, unsectioned, alike). */
    public Optional<Meaning> meaning(AlignedSections sections) {
        int first = first(row.sections());
        int latest = latest(row.sections());
        Report before = first > 0 ? sections.reports().get(first - 1) : null;
        Report after = latest + 1 < sections.reports().size() ? sections.reports().get(latest + 1) : null;
        boolean ofItsSections = badge != badge(row); // a part split off or merged by its sections' rows
        return Optional.ofNullable(switch (badge) {
            case NEW -> new Meaning("alignment.meaning.new", sections.reports().get(first), before);
            case SPLIT -> new Meaning(ofItsSections ? "alignment.meaning.split.part" : "alignment.meaning.split",
                    sections.reports().get(first), before);
            case DROPPED -> new Meaning("alignment.meaning.dropped", after, sections.reports().get(latest));
            case MERGED -> new Meaning(ofItsSections ? "alignment.meaning.merged.part" : "alignment.meaning.merged",
                    after, sections.reports().get(latest));
            case SOME_YEARS -> new Meaning("alignment.meaning.some", null, null);
            case SIMILAR, GAP, UNSECTIONED -> null;
        });
    }

    /**
     * The lines of titles the row shows, in column order. In two columns, one per column, {@code section}
     * null where the year has none ("—"), the column saying which year; in three or more, one per year that
     * has the section, {@code named} — counting lines to find a year is no way to read, and the badge says
     * what became of the section in the others.
     */
    public List<TitleLine> titleLines(AlignedSections sections) {
        boolean named = namesYears(sections);
        List<TitleLine> out = new ArrayList<>();
        for (int i = 0; i < sections.reports().size(); i++) {
            OutlineNode section = sections.node(row, i);
            if (section != null || !named) {
                out.add(new TitleLine(sections.reports().get(i), section, named));
            }
        }
        return out;
    }

    /**
     * Whether a row's lines name their years — its titles, "also in" and parted lines, its badge: in three
     * columns or more; in two the column says it.
     */
    public static boolean namesYears(AlignedSections sections) {
        return sections.reports().size() > 2;
    }

    /** One line of a row's titles: the year's section (null: none), and whether the line names its year. */
    public record TitleLine(Report year, OutlineNode section, boolean named) {
    }

    /** The reports between the row's first and last section that have none: what a {@link Badge#GAP} names. */
    public List<Report> missing(AlignedSections sections) {
        List<Report> out = new ArrayList<>();
        for (int i = first(row.sections()); i < latest(row.sections()); i++) {
            if (row.sections().get(i) == null) {
                out.add(sections.reports().get(i));
            }
        }
        return out;
    }

    /**
     * Whether each year a {@link Badge#GAP} names writes the row's topic into another section, which a line under
     * the row names surely or for a fifth of a section or more ({@link #saysWhereItWent}): "缺 2022" read as "2022
     * dropped it" where 2022 folded it into its (一) (北京 2021–2023, the third tour); the badge says so instead.
     */
    public boolean missingYearsHoldIt(AlignedSections sections) {
        if (badge != Badge.GAP) {
            return false;
        }
        // every year the badge names: "2022, 2023 并入他节" only where a line says so of each
        return missing(sections).stream().allMatch(year -> row.alsoIn().stream()
                .anyMatch(a -> sections.reports().get(a.report()) == year && saysWhereItWent(a)));
    }

    /** The index of the first report with a section in the row. */
    private static int first(List<String> ids) {
        int first = 0;
        while (ids.get(first) == null) {
            first++;
        }
        return first;
    }

    /** The index of the last report with a section in the row. */
    private static int latest(List<String> ids) {
        int latest = ids.size() - 1;
        while (ids.get(latest) == null) {
            latest--;
        }
        return latest;
    }

    /** The user's forbidden pairs of the row's sections whose other section is in a shown report. */
    private static List<Parted> parted(ShownAnalysis shown, AlignmentRow row) {
        AlignedSections sections = shown.sections();
        List<Parted> out = new ArrayList<>();
        if (sections == null) {
            return out;
        }
        for (SectionLink forbidden : shown.analysis().options().compare().links().links()) {
            if (forbidden.linked()) {
                continue;
            }
            for (int r = 0; r < sections.reports().size(); r++) {
                Report report = sections.reports().get(r);
                OutlineNode own = sections.node(row, r);
                if (own == null) {
                    continue;
                }
                SectionRef other = mine(forbidden.a(), report, own) ? forbidden.b()
                        : mine(forbidden.b(), report, own) ? forbidden.a() : null;
                Report otherReport = other == null ? null
                        : sections.reports().stream().filter(other::isIn).findFirst().orElse(null);
                OutlineNode otherSection = otherReport == null ? null : other.find(otherReport);
                if (otherSection != null) {
                    out.add(new Parted(report, otherReport, otherSection, forbidden));
                }
            }
        }
        return out;
    }

    private static boolean mine(SectionRef ref, Report report, OutlineNode node) {
        return ref.isIn(report) && ref.find(report) == node;
    }

    /**
     * Whether the row's tooltip gives the program's confidence: not for a section alone beside a part the other
     * year did not divide, where "no main partner in another year" would read as if it were dropped — its
     * {@link #unsectioned} line says what is known.
     */
    public boolean saysItsConfidence() {
        return unsectioned == null || !alone();
    }

    /**
     * Whether the row shows its similarity beside a badge that says something else: a row of three years or
     * more that is new, split off, dropped or merged in one year may still pair its sections in the others, and
     * an editor reading "分出" in place of the figure took the pair for one the program had no measure of.
     */
    public boolean showsSimilarityBeside() {
        return badge != Badge.SIMILAR && badge != Badge.UNSECTIONED && !alone();
    }

    /** One section alone, no partner in any year (a row of three or more years may be new or dropped and still hold partners). */
    public boolean alone() {
        return row.pairs().isEmpty();
    }

    /**
     * Each pair of neighbouring years of the row with its own figures, oldest first: a row of three years or
     * more holds several; its {@link #similarity} is their mean and its {@link #confidence} the least.
     */
    public List<PairFigures> pairs(AlignedSections sections) {
        return row.pairs().stream().map(p -> new PairFigures(sections.reports().get(p.older()),
                sections.reports().get(p.newer()), percent(p.similarity()), percent(p.confidence()), p.pinned()))
                .toList();
    }

    /** One pair of a row: its two reports, how alike (percent), how sure (percent), and whether the user made it. */
    public record PairFigures(Report older, Report newer, int similarity, int confidence, boolean pinned) {
    }

    /**
     * A pair the program made is below {@link #DOUBTFUL} (or, for a section alone, the row is): the reader
     * should check the row. A pair the user made is never doubted, but another pair of the row still may be.
     */
    public boolean doubtful() {
        return row.pairs().isEmpty() ? row.confidence() < DOUBTFUL
                : row.pairs().stream().anyMatch(p -> !p.pinned() && p.confidence() < DOUBTFUL);
    }

    /** Every pair of the row was made by the user (not only one of several). */
    public boolean allPinned() {
        return !row.pairs().isEmpty() && row.pairs().stream().allMatch(RowPair::pinned);
    }

    /** The user paired sections of this row by hand: the row says so, rather than how sure the program is. */
    public boolean pinned() {
        return row.pairs().stream().anyMatch(RowPair::pinned);
    }

    /**
     * Where a link's paragraphs in {@code report} stand, to show them side by side: the stretch of {@code paragraphs}
     * holding most of them ({@link #mostOf}; each column's on its own), in the report's column, else the unit's
     * heading; or, for a part linked to a section ({@code counterpart}) and closing with remarks,
     * those remarks, which are what such a link is made from (宁夏 2025's conduct section: 2024's review closes
     * on the conduct, and its heading is pages away).
     */
    private static void place(ShownAnalysis shown, Report report, List<Span> paragraphs, OutlineNode section,
                              OutlineNode counterpart, List<ShownAnalysis.Place> places) {
        int column = shown.columnOf(report.id());
        if (column < 0) {
            return;
        }
        if (!paragraphs.isEmpty()) {
            places.add(new ShownAnalysis.Place(column, mostOf(paragraphs)));
        } else if (section != null && section.level() == 1 && counterpart != null && counterpart.level() > 1
                && section.closingStart() < section.end()) {
            places.add(new ShownAnalysis.Place(column, new Span(section.closingStart(), section.end())));
        } else if (section != null) {
            places.add(new ShownAnalysis.Place(column, new Span(section.start(), section.headingEnd())));
        }
    }

    /**
     * The stretch of a link's paragraphs that holds most of them: from the first to the last of those no more than
     * {@link #APART} from the next. A link into a whole part names paragraphs pages apart — 深圳 2026's plan part,
     * whose opening and whose closing remarks on the government's conduct both came from 2023's conduct section —
     * and a click selected 19,000 characters from the part's top, far from the text that matched (a tour).
     */
    static Span mostOf(List<Span> paragraphs) {
        List<Span> sorted = paragraphs.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        Span best = null;
        int bestLength = -1;
        int from = 0;
        for (int i = 0; i < sorted.size(); i++) {
            boolean last = i + 1 == sorted.size() || sorted.get(i + 1).start() - sorted.get(i).end() > APART;
            if (last) {
                int length = sorted.subList(from, i + 1).stream().mapToInt(Span::length).sum();
                if (length > bestLength) {
                    best = new Span(sorted.get(from).start(), sorted.subList(from, i + 1).stream()
                            .mapToInt(Span::end).max().orElseThrow());
                    bestLength = length;
                }
                from = i + 1;
            }
        }
        return best;
    }

    /**
     * How far apart, in characters, two paragraphs of a link may stand and still be shown as one stretch: about two
     * paragraphs of a section that did not go there, so that what went from one section is shown whole.
     */
    static final int APART = 600;

    private static int percent(double share) {
        return (int) Math.round(100 * share);
    }
}
