package org.reportlens.core.dups;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.OutlinePath;
import org.reportlens.core.report.Report;

/**
 * Names a place in a report as people say it: the year, then the section's number path and the
 * start of its title — {@code 2025年 · 二（三）强化科创策源功能…}. The year stands for the report;
 * when the reports are of more than one government it is preceded by the government
 * ({@code 北京市 2022年}), and when two reports would read the same it is followed by the file name
 * ({@code 2025年（初稿）}), or by its folder and file name when those are alike too
 * ({@code 2025年（国务院/2025）}); a report without a known year is named by its file. Text before any
 * numbered heading is named by the report alone.
 *
 * <p>Offsets are in the report's original text. The labels are Chinese whatever the interface
 * language, as the reports are.
 */
public final class Places {
    /** A section title is cut after this many characters, or at its first clause punctuation. */
    static final int TITLE_SHOWN = 12;
    private static final String SEPARATOR = " · ";

    private final Map<String, String> labels;
    private final Map<String, List<OutlineNode>> outlines;

    private Places(Map<String, String> labels, Map<String, List<OutlineNode>> outlines) {
        this.labels = labels;
        this.outlines = outlines;
    }

    /** Places in these reports. */
    public static Places of(List<Report> reports) {
        List<Named> named = new ArrayList<>();
        reports.forEach(r -> named.add(new Named(r.id(), r.file(), r.metadata(), r.outline())));
        return new Places(labels(named), outlines(named));
    }

    static Places ofKept(List<KeyedReport> reports) {
        List<Named> named = new ArrayList<>();
        reports.forEach(r -> named.add(new Named(r.id(), r.file(), r.metadata(), r.outline())));
        return new Places(labels(named), outlines(named));
    }

    private record Named(String id, String file, ReportMetadata metadata, List<OutlineNode> outline) {
    }

    /** How a report is named: its year, with its government or file where needed to tell it apart. */
    public String report(String id) {
        return labels.getOrDefault(id, id);
    }

    /** The place of an occurrence: the report, then the section its start lies in. */
    public String of(Occurrence occurrence) {
        Objects.requireNonNull(occurrence, "occurrence must not be null");
        return at(occurrence.report(), occurrence.start());
    }

    /** The place of original offset {@code offset} in report {@code id}. */
    public String at(String id, int offset) {
        List<OutlineNode> path = OutlinePath.at(outlines.getOrDefault(id, List.of()), offset);
        return path.isEmpty() ? report(id) : report(id) + SEPARATOR + section(path);
    }

    /** The place of section {@code sectionId} (an outline node id) of report {@code id}. */
    public String section(String id, String sectionId) {
        List<OutlineNode> path = new ArrayList<>();
        if (!find(outlines.getOrDefault(id, List.of()), sectionId, path)) {
            return report(id);
        }
        return report(id) + SEPARATOR + section(path);
    }

    /**
     * Section {@code sectionId} of report {@code id} named without its report ("二（三）强化科创策源功能…"),
     * for a list that already says which report it is about; the id itself when the report has no such
     * section.
     */
    public String sectionName(String id, String sectionId) {
        List<OutlineNode> path = new ArrayList<>();
        return find(outlines.getOrDefault(id, List.of()), sectionId, path) ? section(path) : sectionId;
    }

    private static boolean find(List<OutlineNode> nodes, String sectionId, List<OutlineNode> path) {
        for (OutlineNode n : nodes) {
            if (n.lead()) {
                continue;
            }
            path.add(n);
            if (n.id().equals(sectionId) || find(n.children(), sectionId, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** 二（三）强化科创策源功能… : each level's number as written in reports, then the last title. */
    static String section(List<OutlineNode> path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.size(); i++) {
            OutlineNode n = path.get(i);
            boolean last = i == path.size() - 1;
            if (n.number() == null) {
                if (!last) {
                    s.append(shortTitle(n.title())).append(' ');
                }
                continue;
            }
            // a part's number runs into a (三) but not into an unnumbered title: "一、脱贫攻坚任务全面完成"
            boolean unnumberedNext = !last && path.get(i + 1).number() == null;
            switch (n.level()) {
                case 1 -> s.append(n.number()).append(last || unnumberedNext ? "、" : "");
                case 3 -> s.append(n.number()).append('.');
                default -> s.append('（').append(n.number()).append('）');
            }
        }
        return s.append(shortTitle(path.get(path.size() - 1).title())).toString();
    }

    private static String shortTitle(String title) {
        int cut = title.length();
        for (int i = 0; i < title.length(); i++) {
            if ("。；，、！？：;,:!?".indexOf(title.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        if (cut > TITLE_SHOWN) {
            cut = TITLE_SHOWN;
            // never inside a number: "…工作思路和202…" would read as a year cut in two
            while (cut > 1 && Character.isDigit(title.charAt(cut)) && Character.isDigit(title.charAt(cut - 1))) {
                cut--;
            }
        }
        return cut < title.length() ? title.substring(0, cut) + "…" : title;
    }

    private static Map<String, String> labels(List<Named> reports) {
        Set<String> governments = new HashSet<>();
        reports.forEach(r -> governments.add(String.valueOf(r.metadata().government())));
        boolean withGovernment = governments.size() > 1;
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (Named r : reports) {
            ReportMetadata m = r.metadata();
            String label = m.year() == null ? stem(r.file())
                    : (withGovernment && m.government() != null ? m.government() + " " : "") + m.year() + "年";
            plain.put(r.id(), label);
            uses.merge(label, 1, Integer::sum);
        }
        // two reports that would read the same are told apart by their files: the name, or with
        // its folder when the names alone are alike too (国务院/2026.txt and 河南省/2026.txt)
        Map<String, Integer> stems = new HashMap<>();
        for (Named r : reports) {
            if (uses.get(plain.get(r.id())) > 1) {
                stems.merge(plain.get(r.id()) + "\n" + stem(r.file()), 1, Integer::sum);
            }
        }
        Map<String, String> labels = new HashMap<>();
        for (Named r : reports) {
            String label = plain.get(r.id());
            if (uses.get(label) > 1 && r.metadata().year() != null) {
                String stem = stem(r.file());
                // "2025年（2025）" would tell nothing: a file named by its year shows its folder too
                boolean stemTellsNothing = stems.get(label + "\n" + stem) > 1
                        || stem.equals(String.valueOf(r.metadata().year()));
                label = label + "（" + (stemTellsNothing ? folderAndStem(r.file()) : stem) + "）";
            }
            labels.put(r.id(), label);
        }
        return labels;
    }

    private static Map<String, List<OutlineNode>> outlines(List<Named> reports) {
        Map<String, List<OutlineNode>> outlines = new HashMap<>();
        reports.forEach(r -> outlines.put(r.id(), r.outline()));
        return outlines;
    }

    private static String folderAndStem(String file) {
        Path parent = Path.of(file).getParent();
        Path folder = parent == null ? null : parent.getFileName();
        return folder == null ? stem(file) : folder + "/" + stem(file);
    }

    private static String stem(String file) {
        Path name = Path.of(file).getFileName();
        String s = name == null ? file : name.toString();
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }
}
