package org.reportlens.core.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/**
 * The section pairs of one comparison of two reports scored against an {@link AlignmentAnnotation}.
 * A program pair is a row holding a section of both reports, or an "also in" link between them.
 * Pairs whose sections the annotation leaves unjudged count neither way; true pairs whose titles
 * name no section of the outline are counted apart ({@link #unresolved}), not as misses: the outline
 * is at fault there, not the aligner.
 *
 * @param found      true pairs the program made
 * @param wrong      pairs the program made that are not true (titles, "a | b")
 * @param missed     true pairs the program did not make
 * @param unresolved annotation lines whose titles name no node of the outline
 * @param unknown    program pairs with a section the annotation does not mention
 */
record AlignmentScore(String name, int found, List<String> wrong, List<String> missed, List<String> unresolved,
                      List<String> unknown) {

    AlignmentScore {
        wrong = List.copyOf(wrong);
        missed = List.copyOf(missed);
        unresolved = List.copyOf(unresolved);
        unknown = List.copyOf(unknown);
    }

    static AlignmentScore of(AlignmentAnnotation annotation, Report a, Report b, Comparison comparison) {
        Titles titlesA = new Titles(a);
        Titles titlesB = new Titles(b);
        Set<String> judgedA = new HashSet<>();
        Set<String> judgedB = new HashSet<>();
        Set<String> unjudgedA = new HashSet<>();
        Set<String> unjudgedB = new HashSet<>();
        Set<List<String>> truth = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        for (AlignmentAnnotation.Entry e : annotation.entries()) {
            OutlineNode x = e.kind() == AlignmentAnnotation.Kind.ONLY_B ? null : titlesA.find(e.titleA());
            OutlineNode y = switch (e.kind()) {
                case MAIN, ALSO -> titlesB.find(e.titleB());
                case ONLY_B -> titlesB.find(e.titleA());
                case UNJUDGED -> x == null ? titlesB.find(e.titleA()) : null;
                case ONLY_A -> null;
            };
            switch (e.kind()) {
                case MAIN, ALSO -> {
                    if (x == null || y == null) {
                        unresolved.add("line " + e.line() + ": " + (x == null ? e.titleA() : e.titleB()));
                    } else {
                        judgedA.add(x.id());
                        judgedB.add(y.id());
                        truth.add(List.of(x.id(), y.id()));
                    }
                }
                case ONLY_A -> add(x, judgedA, unresolved, e);
                case ONLY_B -> add(y, judgedB, unresolved, e);
                case UNJUDGED -> {
                    if (x != null) {
                        unjudgedA.add(x.id());
                    } else if (y != null) {
                        unjudgedB.add(y.id());
                    }
                }
            }
        }
        int found = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<List<String>> made = pairs(comparison);
        for (List<String> pair : made) {
            String label = titlesA.title(pair.get(0)) + " | " + titlesB.title(pair.get(1));
            if (unjudgedA.contains(pair.get(0)) || unjudgedB.contains(pair.get(1))) {
                continue;
            }
            if (!judgedA.contains(pair.get(0)) || !judgedB.contains(pair.get(1))) {
                unknown.add(pair.get(0) + "=" + pair.get(1) + " " + label);
            } else if (truth.contains(pair)) {
                found++;
            } else {
                wrong.add(label);
            }
        }
        List<String> missed = new ArrayList<>();
        for (List<String> pair : truth) {
            if (!made.contains(pair)) {
                missed.add(titlesA.title(pair.get(0)) + " | " + titlesB.title(pair.get(1)));
            }
        }
        return new AlignmentScore(annotation.name(), found, wrong, missed, unresolved, unknown);
    }

    private static void add(OutlineNode node, Set<String> judged, List<String> unresolved, AlignmentAnnotation.Entry e) {
        if (node == null) {
            unresolved.add("line " + e.line() + ": " + e.titleA());
        } else {
            judged.add(node.id());
        }
    }

    /** Every (section of a, section of b) the comparison of [a, b] puts together. */
    static Set<List<String>> pairs(Comparison comparison) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (AlignmentRow row : comparison.alignment()) {
            if (row.sections().get(0) != null && row.sections().get(1) != null) {
                pairs.add(List.of(row.sections().get(0), row.sections().get(1)));
            }
        }
        return pairs;
    }

    double precision() {
        return ratio(found, found + wrong.size());
    }

    double recall() {
        return ratio(found, found + missed.size());
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int x, int total) {
        return total == 0 ? 1 : (double) x / total;
    }

    /** The sum of several scores, named {@code name}. */
    static AlignmentScore total(String name, List<AlignmentScore> scores) {
        int found = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (AlignmentScore s : scores) {
            found += s.found;
            wrong.addAll(s.wrong);
            missed.addAll(s.missed);
            unresolved.addAll(s.unresolved);
            unknown.addAll(s.unknown);
        }
        return new AlignmentScore(name, found, wrong, missed, unresolved, unknown);
    }

    /**
     * The report's parts and sections by normalized title. A title is found by prefix; where several
     * nodes match, an exact match wins, then the shallowest, then the first in the text.
     */
    private static final class Titles {
        private final List<OutlineNode> nodes = new ArrayList<>();
        private final Map<String, String> titleById = new HashMap<>();

        Titles(Report report) {
            collect(report.outline());
        }

        private void collect(List<OutlineNode> list) {
            for (OutlineNode n : list) {
                if (!n.lead()) {
                    nodes.add(n);
                    titleById.put(n.id(), n.title());
                }
                collect(n.children());
            }
        }

        OutlineNode find(String title) {
            String key = normalize(title);
            OutlineNode best = null;
            for (OutlineNode n : nodes) {
                String t = normalize(n.title());
                if (!t.startsWith(key)) {
                    continue;
                }
                if (best == null || t.equals(key) && !normalize(best.title()).equals(key)
                        || t.equals(key) == normalize(best.title()).equals(key) && n.level() < best.level()) {
                    best = n;
                }
            }
            return best;
        }

        String title(String id) {
            String t = titleById.getOrDefault(id, id);
            return t.length() > 16 ? t.substring(0, 16) : t;
        }

        static String normalize(String s) {
            String folded = Normalizer.normalize(s, Normalizer.Form.NFKC);
            StringBuilder out = new StringBuilder();
            folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
            return out.toString();
        }
    }
}
