package org.reportlens.core.targets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.Part;
import org.reportlens.core.report.Report;
import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.Span;

/**
 * Finds the figures of one report: the main targets in the paragraph that states them (outside
 * review parts and five-year-plan goals), stretch goals after them, achieved figures of standard
 * metrics in review parts, and quantified commitments in plan sections. A text saved twice gives
 * each figure once.
 */
public final class TargetExtractor {
    /** "主要预期目标是：", "主要目标：", "全区经济社会主要预期目标是：". */
    private static final Pattern CUE = Pattern.compile("(?:主要(?:预期)?目标|预期目标)(?:建议)?(?:是|为)?:");
    /** Before the cue in its sentence: the goals of a five-year plan or a far year, not this year's. */
    private static final Pattern LONG_TERM = Pattern.compile("时期|五年|十[一二三四五六七八九]五|到20\\d\\d年|远景");
    /** A review sentence about several years, not the reviewed one. */
    private static final Pattern SEVERAL_YEARS = Pattern.compile("年均|五年|十[一二三四五六七八九]五");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;]");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final MetricNames names;

    public TargetExtractor(MetricNames names) {
        this.names = names;
    }

    public List<Target> extract(Report report) {
        return new Run(report).figures();
    }

    private final class Run {
        private final Report report;
        private final NormalizedText text;
        private final String folded;
        private final boolean hasReview;
        private final List<Target> figures = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final List<int[]> targetParagraphs = new ArrayList<>();

        Run(Report report) {
            this.report = report;
            this.text = report.text();
            this.folded = text.folded();
            this.hasReview = hasPart(report.outline(), Part.REVIEW);
        }

        List<Target> figures() {
            mainTargets();
            int at = 0;
            while (at < folded.length()) {
                int end = folded.indexOf('\n', at);
                end = end < 0 ? folded.length() : end;
                Part part = partAt(at);
                if (part == Part.REVIEW) {
                    actuals(at, end);
                } else if (!inTargetParagraph(at) && (part == Part.PLAN || part == null && !hasReview)) {
                    commitments(at, end);
                }
                at = end + 1;
            }
            figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return figures;
        }

        private void mainTargets() {
            Matcher cue = CUE.matcher(folded);
            // the cue always holds 目标: look only there rather than run the pattern over the whole text
            for (int at = folded.indexOf("目标"); at >= 0; at = folded.indexOf("目标", at + 2)) {
                if (!cue.region(Math.max(0, at - 4), Math.min(folded.length(), at + 8)).find()) {
                    continue;
                }
                int paragraphStart = folded.lastIndexOf('\n', cue.start()) + 1;
                int paragraphEnd = folded.indexOf('\n', cue.end());
                paragraphEnd = paragraphEnd < 0 ? folded.length() : paragraphEnd;
                int sentenceStart = Math.max(paragraphStart, folded.lastIndexOf('。', cue.start()) + 1);
                if (LONG_TERM.matcher(folded.substring(sentenceStart, cue.start())).find()
                        || partAt(cue.start()) == Part.REVIEW) {
                    continue;
                }
                targetParagraphs.add(new int[] {paragraphStart, paragraphEnd});
                int listEnd = folded.indexOf('。', cue.end());
                listEnd = listEnd < 0 || listEnd > paragraphEnd ? paragraphEnd : listEnd;
                Target first = null;
                Target previous = null;
                for (int[] c : clauses(cue.end(), listEnd)) {
                    Target t = targetClause(c[0], c[1], previous);
                    if (t != null && t.kind() == TargetKind.TARGET) {
                        first = first == null ? t : first;
                        previous = t;
                    }
                }
                // sentences after the list: stretch goals, until the first that is not one
                for (int[] sentence : sentences(Math.min(listEnd + 1, paragraphEnd), paragraphEnd)) {
                    Optional<Clause> stretch = Clause.readStretch(folded.substring(sentence[0], sentence[1]));
                    if (stretch.isEmpty()) {
                        break;
                    }
                    add(TargetKind.STRETCH, stretch.get(), first == null ? "" : first.metric(), sentence[0],
                            sentence[1], planYear());
                }
            }
        }

        /** One clause of the target list: a target, a stretch goal, or a target without a number. */
        private Target targetClause(int start, int end, Target previous) {
            String clause = folded.substring(start, end);
            Integer year = planYear();
            Optional<Clause> figure = Clause.read(clause);
            if (figure.isPresent() && !figure.get().metric().isEmpty()) {
                return add(TargetKind.TARGET, figure.get(), null, start, end, year);
            }
            Optional<Clause> stretch = Clause.readStretch(clause);
            if (stretch.isPresent()) {
                return add(TargetKind.STRETCH, stretch.get(), previous == null ? "" : previous.metric(), start, end,
                        year);
            }
            if (clause.strip().length() >= 4) {
                String metric = clause.strip();
                return add(TargetKind.QUALITATIVE, new Clause(metric, clause.indexOf(metric), null, null, null, null,
                        null, null), null, start, end, year);
            }
            return null;
        }

        private void actuals(int paragraphStart, int paragraphEnd) {
            for (int[] sentence : sentences(paragraphStart, paragraphEnd)) {
                if (!SEVERAL_YEARS.matcher(folded.substring(sentence[0], sentence[1])).find()) {
                    String metric = "";
                    for (int[] c : clauses(sentence[0], sentence[1])) {
                        Optional<Clause> figure = Clause.read(folded.substring(c[0], c[1]));
                        if (figure.isEmpty()) {
                            metric = "";
                            continue;
                        }
                        // "全年实现地区生产总值444.6亿元，增长7%": the second clause is about the same metric
                        String own = figure.get().metric().isEmpty() ? metric : null;
                        String named = own != null ? own : MetricNames.strip(figure.get().metric());
                        if (!named.isEmpty() && names.isKnown(named)) {
                            add(TargetKind.ACTUAL, figure.get(), own, c[0], c[1], report.metadata().reviewYear());
                            metric = named;
                        } else {
                            metric = "";
                        }
                    }
                }
            }
        }

        private void commitments(int paragraphStart, int paragraphEnd) {
            if (!DIGIT.matcher(folded.substring(paragraphStart, paragraphEnd)).find()) {
                return;
            }
            for (int[] sentence : sentences(paragraphStart, paragraphEnd)) {
                String previous = null;
                for (int[] c : clauses(sentence[0], sentence[1])) {
                    Optional<Clause> figure = Clause.read(folded.substring(c[0], c[1]));
                    if (figure.isEmpty() || figure.get().verb() == null || names.isKnown(figure.get().metric())) {
                        previous = null;
                        continue;
                    }
                    // "力争挖掘科技成果200项、转化30项": the second figure is about the same thing
                    String inherited = figure.get().metric().isEmpty() ? previous : null;
                    if (figure.get().metric().isEmpty() && inherited == null) {
                        continue;
                    }
                    Target t = add(TargetKind.COMMITMENT, figure.get(), inherited, c[0], c[1], planYear());
                    previous = t == null ? null : t.metric();
                }
            }
        }

        /** Sentences of {@code [start, end)}, each without its closing 。. */
        private List<int[]> sentences(int start, int end) {
            List<int[]> sentences = new ArrayList<>();
            int at = start;
            while (at < end) {
                int stop = folded.indexOf('。', at);
                stop = stop < 0 || stop > end ? end : stop;
                sentences.add(new int[] {at, stop});
                at = stop + 1;
            }
            return sentences;
        }

        /** Clauses of {@code [start, end)}: split at commas and semicolons, and at 、 between two figures. */
        private List<int[]> clauses(int start, int end) {
            List<int[]> clauses = new ArrayList<>();
            int from = start;
            Matcher m = CLAUSE_END.matcher(folded).region(start, end);
            while (true) {
                int to = m.find() ? m.start() : end;
                splitEnumeration(from, to, clauses);
                if (to == end) {
                    break;
                }
                from = to + 1;
            }
            return clauses;
        }

        private void splitEnumeration(int start, int end, List<int[]> out) {
            int from = start;
            for (int i = start; i < end; i++) {
                if (folded.charAt(i) == '、' && hasDigit(from, i) && hasDigit(i + 1, end)
                        && Clause.read(folded.substring(from, i)).isPresent()) {
                    out.add(new int[] {from, i});
                    from = i + 1;
                }
            }
            if (end > from) {
                out.add(new int[] {from, end});
            }
        }

        private boolean hasDigit(int start, int end) {
            return DIGIT.matcher(folded).region(start, end).find();
        }

        private Target add(TargetKind kind, Clause clause, String inheritedMetric, int start, int end, Integer year) {
            String clauseText = folded.substring(start, end);
            int lead = clauseText.length() - clauseText.stripLeading().length();
            int trail = clauseText.length() - clauseText.stripTrailing().length();
            start += lead;
            end -= trail;
            String metric;
            if (inheritedMetric != null) {
                metric = inheritedMetric;
            } else {
                int metricStart = start + clause.metricStart() - lead;
                metric = MetricNames.strip(text.text().substring(metricStart, metricStart + clause.metric().length()));
            }
            String key = kind + "|" + folded.substring(start, end) + "|" + metric;
            if (start >= end || !seen.add(key)) {
                return null;
            }
            Span span = text.toOriginal(start, end);
            Target t = new Target(report.id(), year, kind, metric, names.canonical(metric), clause.verb(),
                    clause.value(), clause.upper(), clause.unit(), clause.qualifier(), clause.base(),
                    report.original().substring(span.start(), span.end()), span.start(), span.end(),
                    sectionAt(report.outline(), span.start()));
            figures.add(t);
            return t;
        }

        private Integer planYear() {
            ReportMetadata m = report.metadata();
            return m.planYear() != null ? m.planYear() : m.year();
        }

        private boolean inTargetParagraph(int at) {
            for (int[] p : targetParagraphs) {
                if (at >= p[0] && at < p[1]) {
                    return true;
                }
            }
            return false;
        }

        private Part partAt(int normalizedIndex) {
            int original = text.toOriginalStart(Math.min(normalizedIndex, text.length()));
            for (OutlineNode n : report.outline()) {
                if (original >= n.start() && original < n.end()) {
                    return n.part();
                }
            }
            return null;
        }
    }

    private static boolean hasPart(List<OutlineNode> nodes, Part part) {
        return nodes.stream().anyMatch(n -> n.part() == part);
    }

    /** The deepest numbered node holding an original offset. */
    static String sectionAt(List<OutlineNode> nodes, int original) {
        for (OutlineNode n : nodes) {
            if (!n.lead() && original >= n.start() && original < n.end()) {
                String deeper = sectionAt(n.children(), original);
                return deeper != null ? deeper : n.id();
            }
        }
        return null;
    }
}
