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
 * @param partnersRight judged partners (rows) that are true pairs; of {@code partnersMade} judged partners
 * @param mainFound  true main partners made as partners; of {@code mainTrue}
 * @param mainMissed true main partners not made as partners
 */
record AlignmentScore(String name, int found, List<String> wrong, List<String> missed, List<String> unresolved,
                      List<String> unknown, int partnersRight, int partnersMade, int mainFound, int mainTrue,
                      List<String> mainMissed) {

    AlignmentScore {
        wrong = List.copyOf(wrong);
        missed = List.copyOf(missed);
        unresolved = List.copyOf(unresolved);
        unknown = List.copyOf(unknown);
        mainMissed = List.copyOf(mainMissed);
    }

    static AlignmentScore of(AlignmentAnnotation annotation, Report a, Report b, Comparison comparison) {
        Truth t = Truth.of(annotation, a, b);
        Titles titlesA = t.titlesA;
        Titles titlesB = t.titlesB;
        Set<String> judgedA = t.judgedA;
        Set<String> judgedB = t.judgedB;
        Set<String> unjudgedA = t.unjudgedA;
        Set<String> unjudgedB = t.unjudgedB;
        Set<List<String>> truth = t.pairs.keySet();
        List<String> unresolved = t.unresolved;
        int found = 0;
        List<String> wrong = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<List<String>> made = pairs(comparison);
        Set<List<String>> partners = partners(comparison);
        for (List<String> pair : made) {
            String label = (partners.contains(pair) ? "= " : "~ ") + titlesA.title(pair.get(0)) + " | "
                    + titlesB.title(pair.get(1));
            if (unjudgedA.contains(pair.get(0)) || unjudgedB.contains(pair.get(1)) || impliedByParts(pair, truth) && !truth.contains(pair)) {
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
                missed.add((t.pairs.get(pair) == AlignmentAnnotation.Kind.MAIN ? "= " : "~ ")
                        + titlesA.title(pair.get(0)) + " | " + titlesB.title(pair.get(1)));
            }
        }
        int partnersRight = 0;
        int partnersMade = 0;
        int mainFound = 0;
        int mainTrue = 0;
        for (List<String> pair : partners) {
            AlignmentAnnotation.Kind k = t.label(pair.get(0), pair.get(1));
            if (k != AlignmentAnnotation.Kind.UNJUDGED) {
                partnersMade++;
                partnersRight += k != null ? 1 : 0;
            }
        }
        List<String> mainMissed = new ArrayList<>();
        for (Map.Entry<List<String>, AlignmentAnnotation.Kind> e : t.pairs.entrySet()) {
            if (e.getValue() == AlignmentAnnotation.Kind.MAIN) {
                mainTrue++;
                if (partners.contains(e.getKey())) {
                    mainFound++;
                } else {
                    mainMissed.add(titlesA.title(e.getKey().get(0)) + " | " + titlesB.title(e.getKey().get(1)));
                }
            }
        }
        return new AlignmentScore(annotation.name(), found, wrong, missed, unresolved, unknown, partnersRight,
                partnersMade, mainFound, mainTrue, mainMissed);
    }

    private static void add(OutlineNode node, Set<String> judged, List<String> unresolved, AlignmentAnnotation.Entry e) {
        if (node == null) {
            unresolved.add("line " + e.line() + ": " + e.titleA());
        } else {
            judged.add(node.id());
        }
    }

    /**
     * Whether a pair joins a part's own text with a section of the part it pairs with, which the annotations do
     * not list ("a section and the partner of its part are not listed: the part's pair says it", README): a
     * link from 宁夏 2024's review, closing on the government's conduct, to 2025's section on it is neither
     * confirmed nor denied by a line, and counts neither way, as an unjudged section does.
     */
    static boolean impliedByParts(List<String> pair, Set<List<String>> truth) {
        String a = pair.get(0);
        String b = pair.get(1);
        return !a.contains(".") && b.contains(".") && truth.contains(List.of(a, part(b)))
                || a.contains(".") && !b.contains(".") && truth.contains(List.of(part(a), b));
    }

    private static String part(String sectionId) {
        return sectionId.substring(0, sectionId.indexOf('.'));
    }

    /** The partners (a row's sections) of the comparison of [a, b]. */
    static Set<List<String>> partners(Comparison comparison) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (AlignmentRow row : comparison.alignment()) {
            if (row.sections().get(0) != null && row.sections().get(1) != null) {
                pairs.add(List.of(row.sections().get(0), row.sections().get(1)));
            }
        }
        return pairs;
    }

    /** Every (section of a, section of b) the comparison of [a, b] puts together: partners and "also in". */
    static Set<List<String>> pairs(Comparison comparison) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (AlignmentRow row : comparison.alignment()) {
            if (row.sections().get(0) != null && row.sections().get(1) != null) {
                pairs.add(List.of(row.sections().get(0), row.sections().get(1)));
            }
            for (AlsoIn also : row.alsoIn()) {
                String here = row.sections().get(also.from());
                pairs.add(also.from() == 0 ? List.of(here, also.section()) : List.of(also.section(), here));
            }
        }
        return pairs;
    }

    /** Of the partners made (rows), the share that are true pairs. */
    double partnerPrecision() {
        return ratio(partnersRight, partnersMade);
    }

    /** Of the true main partners, the share made as partners. */
    double partnerRecall() {
        return ratio(mainFound, mainTrue);
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
        int[] partners = new int[4];
        List<String> mainMissed = new ArrayList<>();
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
            partners[0] += s.partnersRight;
            partners[1] += s.partnersMade;
            partners[2] += s.mainFound;
            partners[3] += s.mainTrue;
            mainMissed.addAll(s.mainMissed);
        }
        return new AlignmentScore(name, found, wrong, missed, unresolved, unknown, partners[0], partners[1],
                partners[2], partners[3], mainMissed);
    }

    /** The annotation resolved against the outlines: true pairs by node ids, and which nodes are judged. */
    static final class Truth {
        final Titles titlesA;
        final Titles titlesB;
        final Set<String> judgedA = new HashSet<>();
        final Set<String> judgedB = new HashSet<>();
        final Set<String> unjudgedA = new HashSet<>();
        final Set<String> unjudgedB = new HashSet<>();
        final Map<List<String>, AlignmentAnnotation.Kind> pairs = new java.util.LinkedHashMap<>();
        final List<String> unresolved = new ArrayList<>();

        private Truth(Report a, Report b) {
            titlesA = new Titles(a);
            titlesB = new Titles(b);
        }

        static Truth of(AlignmentAnnotation annotation, Report a, Report b) {
            Truth t = new Truth(a, b);
            for (AlignmentAnnotation.Entry e : annotation.entries()) {
                OutlineNode x = e.kind() == AlignmentAnnotation.Kind.ONLY_B ? null : t.titlesA.find(e.titleA());
                OutlineNode y = switch (e.kind()) {
                    case MAIN, ALSO -> t.titlesB.find(e.titleB());
                    case ONLY_B -> t.titlesB.find(e.titleA());
                    case UNJUDGED -> x == null ? t.titlesB.find(e.titleA()) : null;
                    case ONLY_A -> null;
                };
                switch (e.kind()) {
                    case MAIN, ALSO -> {
                        if (x == null || y == null) {
                            t.unresolved.add("line " + e.line() + ": " + (x == null ? e.titleA() : e.titleB()));
                        } else {
                            t.judgedA.add(x.id());
                            t.judgedB.add(y.id());
                            t.pairs.put(List.of(x.id(), y.id()), e.kind());
                        }
                    }
                    case ONLY_A -> add(x, t.judgedA, t.unresolved, e);
                    case ONLY_B -> add(y, t.judgedB, t.unresolved, e);
                    case UNJUDGED -> {
                        if (x != null) {
                            t.unjudgedA.add(x.id());
                        } else if (y != null) {
                            t.unjudgedB.add(y.id());
                        }
                    }
                }
            }
            return t;
        }

        /** MAIN, ALSO, null for a judged pair that is not true, UNJUDGED for the rest. */
        AlignmentAnnotation.Kind label(String x, String y) {
            if (unjudgedA.contains(x) || unjudgedB.contains(y) || !judgedA.contains(x) || !judgedB.contains(y)) {
                return AlignmentAnnotation.Kind.UNJUDGED;
            }
            return pairs.get(List.of(x, y));
        }
    }

    /**
     * The report's parts and sections by normalized title. A title is found by prefix; where several
     * nodes match, an exact match wins, then the shallowest, then the first in the text.
     */
    static final class Titles {
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
