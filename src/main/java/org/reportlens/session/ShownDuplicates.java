package org.reportlens.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.Occurrence;
import org.reportlens.core.dups.Places;
import org.reportlens.core.dups.ReuseShare;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.OutlinePath;
import org.reportlens.core.report.Report;

/**
 * What the duplicates tab shows: passages grouped by the reports they join (the pair with the most
 * repeated text first, longest passage first within it), stock wording after all of them; each
 * place named as people say it ("2024年 · 二（三）强化科创策源功能"), and per report a bar of how
 * much is found elsewhere.
 *
 * @param items the passages in the order shown
 * @param bars  one per report with a reuse share, in the order the reports were given
 */
public record ShownDuplicates(List<Item> items, List<Bar> bars) {
    /** Sections named beside a report's bar. */
    static final int TOP_SECTIONS = 3;

    public ShownDuplicates {
        items = List.copyOf(items);
        bars = List.copyOf(bars);
    }

    /**
     * Where a passage stands.
     *
     * @param report the report's id
     * @param label  the place as core's {@link Places} names it: "2024年 · 二（三）强化科创策源功能…", the
     *               report alone before the first heading
     * @param start  where it begins in the report's original text
     * @param end    where it ends (exclusive)
     */
    public record Place(String report, String label, int start, int end) {
        public Place {
            Objects.requireNonNull(report, "report must not be null");
            Objects.requireNonNull(label, "label must not be null");
        }
    }

    /**
     * One passage.
     *
     * @param group       the names of the reports it joins, in the order given ("2023年", "2024年"); one name
     *                    for a passage repeated within one report
     * @param startsGroup the first passage of its group, or the first stock passage: where the view puts a heading
     * @param places      every place it stands, in report order then text order
     */
    public record Item(Duplicate duplicate, List<String> group, boolean startsGroup, List<Place> places) {
        public Item {
            Objects.requireNonNull(duplicate, "duplicate must not be null");
            group = List.copyOf(group);
            places = List.copyOf(places);
        }

        public boolean stock() {
            return duplicate.stock();
        }
    }

    /**
     * How much of a report is found elsewhere.
     *
     * @param sections the sections reused most, named ("二（三）强化科创策源功能 35%" is the view's), at most {@value #TOP_SECTIONS}
     */
    public record Bar(String report, String name, double otherReports, double sameReport, List<SectionShare> sections) {
        public Bar {
            sections = List.copyOf(sections);
        }
    }

    /** A section and the larger of its two shares. */
    public record SectionShare(String section, double share) {
    }

    public static ShownDuplicates of(Analysis analysis) {
        Map<String, Report> reports = new LinkedHashMap<>();
        analysis.reports().forEach(r -> reports.put(r.id(), r));
        Places places = Places.of(analysis.reports());
        Map<List<String>, List<Duplicate>> groups = new LinkedHashMap<>();
        List<Duplicate> stock = new ArrayList<>();
        List<String> order = new ArrayList<>(reports.keySet());
        for (Duplicate d : analysis.duplicates().duplicates()) {
            if (d.stock()) {
                stock.add(d);
            } else {
                groups.computeIfAbsent(reportsOf(d, order), k -> new ArrayList<>()).add(d);
            }
        }
        Map<List<String>, Integer> weight = new HashMap<>();
        groups.forEach((k, v) -> weight.put(k, v.stream().mapToInt(Duplicate::length).sum()));
        List<List<String>> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.comparing((List<String> k) -> weight.get(k)).reversed());
        List<Item> items = new ArrayList<>();
        for (List<String> key : keys) {
            List<Duplicate> ds = new ArrayList<>(groups.get(key));
            ds.sort(Comparator.comparingInt(Duplicate::length).reversed());
            for (int i = 0; i < ds.size(); i++) {
                items.add(item(ds.get(i), key, i == 0, reports, places));
            }
        }
        stock.sort(Comparator.comparingInt(Duplicate::length).reversed());
        for (int i = 0; i < stock.size(); i++) {
            items.add(item(stock.get(i), reportsOf(stock.get(i), order), i == 0, reports, places));
        }
        List<Bar> bars = new ArrayList<>();
        for (ReuseShare share : analysis.duplicates().reuse()) {
            List<SectionShare> top = share.sections().stream()
                    .map(s -> new SectionShare(places.sectionName(share.report(), s.section()),
                            Math.max(s.otherReports(), s.sameReport())))
                    .filter(s -> s.share() > 0)
                    .sorted(Comparator.comparingDouble(SectionShare::share).reversed()).limit(TOP_SECTIONS).toList();
            bars.add(new Bar(share.report(), places.report(share.report()), share.otherReports(),
                    share.sameReport(), top));
        }
        return new ShownDuplicates(items, bars);
    }

    private static List<String> reportsOf(Duplicate d, List<String> order) {
        return d.occurrences().stream().map(Occurrence::report).distinct()
                .sorted(Comparator.comparingInt(order::indexOf)).toList();
    }

    private static Item item(Duplicate d, List<String> group, boolean first, Map<String, Report> reports, Places places) {
        List<Place> at = new ArrayList<>();
        for (Occurrence o : d.occurrences()) {
            Report r = reports.get(o.report());
            int named = r == null ? o.start() : bodyReached(r, o.start(), o.end());
            at.add(new Place(o.report(), places.at(o.report(), named), o.start(), o.end()));
        }
        return new Item(d, group.stream().map(places::report).toList(), first, at);
    }

    /**
     * Where the passage {@code [start, end)} is to be named: its start, or, for a passage that begins
     * inside headings ("年工作安排⏎（一）着力增进民生福祉…"), the start of the section body it reaches —
     * the heading it cuts into says less about it than the section it runs into.
     */
    static int bodyReached(Report report, int start, int end) {
        String text = report.original();
        int offset = start;
        List<OutlineNode> chain = OutlinePath.at(report.outline(), offset);
        for (boolean moved = true; moved; ) {
            moved = false;
            for (OutlineNode n : chain) {
                if (offset < n.headingEnd() && n.headingEnd() < end) {
                    offset = n.headingEnd();
                    while (offset < end && Character.isWhitespace(text.charAt(offset))) {
                        offset++;
                    }
                    chain = OutlinePath.at(report.outline(), offset);
                    moved = true;
                    break;
                }
            }
        }
        return offset;
    }
}
