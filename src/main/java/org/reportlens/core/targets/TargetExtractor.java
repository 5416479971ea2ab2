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
    /**
     * "主要预期目标是：", "主要目标：", "主要预期目标安排为：", "主要目标建议为：", "主要预期指标是：",
     * "主要调控预期目标是：", "预期目标和约束指标是：".
     */
    private static final Pattern CUE = Pattern.compile(
            "(?:主要(?:调控)?(?:预期)?(?:目标|指标)|预期(?:目标|指标)(?:和约束指标)?|奋斗目标)(?:安排|建议)?(?:是|为)?:");
    /**
     * A target sentence without a cue, opening with this year's growth: "综合考虑各方面因素，今年全省地区生产
     * 总值增长6.5%左右，…". The list starts at the metric.
     */
    private static final Pattern GROWTH_CUE = Pattern.compile(
            "今年(?:全[省市区州县国]|我[省市区州县])?(?=(?:地区生产总值|生产总值|国内生产总值|经济)增长\\d)");
    /** A sentence of this year giving this many figures of standard metrics is a target list without a cue. */
    static final int LEAST_STANDARD_FIGURES = 3;
    /** In a lead-in, this year: a review part holding a cue for it lacks the plan's heading. */
    private static final Pattern THIS_YEAR = Pattern.compile("今年|明年");
    /** After a five-year mention in a lead-in, a word that brings it back to this year. */
    private static final Pattern ANNUAL = Pattern.compile("今年|全年|明年|年度|(?<!到)(?:19|20)\\d\\d年(?!远景|前)");
    /** "到2020年达到1700亿元": a figure for a far year. */
    private static final Pattern FAR_YEAR = Pattern.compile("到(?:19|20)\\d\\d年");
    /** Before the cue in its sentence: the goals of a five-year plan or a far year, not this year's. */
    private static final Pattern LONG_TERM = Pattern.compile("时期|五年|十[一二三四五六七八九]五|到20\\d\\d年|远景");
    /** A review sentence about several years, not the reviewed one. */
    private static final Pattern SEVERAL_YEARS = Pattern.compile("年均|五年|十[一二三四五六七八九]五");
    /** A clause whose only "metric" is how it is compared: "可比增长10.6%", "同比增长6%". */
    private static final Pattern MANNER_ONLY = Pattern.compile("^(?:可比|同比|实际|同口径|按可比口径)$");
    /** Between two figures of a clause stating them "respectively": "分别增长8%和8.5%左右". */
    private static final String AND = "和与及";
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]");
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
            // the cue always holds 目标 or 指标: look only there rather than run the pattern over the whole text
            for (int at = nextCueWord(0); at >= 0; at = nextCueWord(at + 2)) {
                if (!cue.region(Math.max(0, at - 6), Math.min(folded.length(), at + 12)).find()) {
                    continue;
                }
                int paragraphStart = folded.lastIndexOf('\n', cue.start()) + 1;
                int paragraphEnd = paragraphEnd(cue.end());
                int sentenceStart = Math.max(paragraphStart, folded.lastIndexOf('。', cue.start()) + 1);
                String leadIn = folded.substring(sentenceStart, cue.start());
                Part part = partAt(cue.start());
                if (longTerm(leadIn) || part == Part.OUTLOOK
                        || part == Part.REVIEW && !THIS_YEAR.matcher(leadIn).find()) {
                    continue;
                }
                readList(paragraphStart, cue.end(), paragraphEnd);
            }
            if (targetParagraphs.isEmpty()) {
                Matcher growth = GROWTH_CUE.matcher(folded);
                while (growth.find() && targetParagraphs.isEmpty()) {
                    Part part = partAt(growth.start());
                    if (part != Part.REVIEW && part != Part.OUTLOOK) {
                        int paragraphStart = folded.lastIndexOf('\n', growth.start()) + 1;
                        readList(paragraphStart, growth.end(), paragraphEnd(growth.end()));
                    }
                }
            }
            if (targetParagraphs.isEmpty()) {
                thisYearsFigures();
            }
        }

        /**
         * Without any cue: a sentence of a plan part that speaks of this year and gives at least
         * {@value #LEAST_STANDARD_FIGURES} figures of standard metrics is the list ("今年要优先稳就业保民生，…；
         * 城镇新增就业900万人以上，城镇调查失业率6%左右，…"); only its figures are targets.
         */
        private void thisYearsFigures() {
            for (int at = folded.indexOf("今年"); at >= 0 && targetParagraphs.isEmpty(); at = folded.indexOf("今年", at + 2)) {
                if (partAt(at) != Part.PLAN) {
                    continue;
                }
                int start = Math.max(folded.lastIndexOf('。', at), folded.lastIndexOf('\n', at)) + 1;
                int end = folded.indexOf('。', at);
                int paragraphEnd = paragraphEnd(at);
                end = end < 0 || end > paragraphEnd ? paragraphEnd : end;
                List<int[]> figures = new ArrayList<>();
                for (int[] c : clauses(start, end)) {
                    String clause = folded.substring(c[0], c[1]);
                    Optional<Clause> figure = Clause.read(clause);
                    if (figure.isPresent() && names.isKnown(figure.get().metric()) && !SEVERAL_YEARS.matcher(clause).find()) {
                        figures.add(c);
                    }
                }
                if (figures.size() >= LEAST_STANDARD_FIGURES) {
                    targetParagraphs.add(new int[] {folded.lastIndexOf('\n', at) + 1, paragraphEnd});
                    for (int[] c : figures) {
                        add(TargetKind.TARGET, Clause.read(folded.substring(c[0], c[1])).orElseThrow(), null, c[0], c[1],
                                planYear());
                    }
                }
                at = end;
            }
        }

        /** Reads the target list starting at {@code from}, in the paragraph starting at {@code paragraphStart}. */
        private void readList(int paragraphStart, int from, int paragraphEnd) {
            {
                List<int[]> list = new ArrayList<>();
                List<int[]> stretches = new ArrayList<>();
                int listEnd = listSentences(from, paragraphEnd, list, stretches);
                if (list.isEmpty() || severalYears(list)) {
                    return;
                }
                targetParagraphs.add(new int[] {paragraphStart, listEnd});
                Target first = null;
                Target previous = null;
                for (int[] sentence : list) {
                    List<String> respectively = null;
                    int named = 0;
                    for (int[] c : clauses(sentence[0], sentence[1])) {
                        Optional<Clause> figure = Clause.read(folded.substring(c[0], c[1]));
                        String metric = null;
                        if (figure.isPresent() && Respectively.each(figure.get().metric()) != null) {
                            List<String> each = Respectively.each(figure.get().metric());
                            for (int k = 0; k < each.size() - 1; k++) {
                                add(TargetKind.TARGET, figure.get(), each.get(k), c[0], c[1], planYear());
                            }
                            metric = each.get(each.size() - 1);
                            respectively = null;
                        } else if (figure.isPresent() && figure.get().metric().indexOf(Respectively.WORD) > 0) {
                            String before = figure.get().metric();
                            respectively = Respectively.names(before.substring(0, before.indexOf(Respectively.WORD)));
                            named = 0;
                            metric = respectively.get(0);
                        } else if (figure.isPresent() && figure.get().metric().isEmpty() && respectively != null
                                && named + 1 < respectively.size()) {
                            metric = respectively.get(++named);
                        } else {
                            respectively = null;
                        }
                        Target t = metric != null ? add(TargetKind.TARGET, figure.get(), metric, c[0], c[1], planYear())
                                : targetClause(c[0], c[1], previous);
                        if (t != null && t.kind() == TargetKind.TARGET) {
                            first = first == null ? t : first;
                            previous = t;
                        }
                    }
                }
                for (int[] sentence : stretches) {
                    add(TargetKind.STRETCH, Clause.readStretch(folded.substring(sentence[0], sentence[1])).orElseThrow(),
                            first == null ? "" : first.metric(), sentence[0], sentence[1], planYear());
                }
            }
        }

        private int nextCueWord(int from) {
            int target = folded.indexOf("目标", from);
            int indicator = folded.indexOf("指标", from);
            return target < 0 ? indicator : indicator < 0 ? target : Math.min(target, indicator);
        }

        private int paragraphEnd(int at) {
            int end = folded.indexOf('\n', at);
            return end < 0 ? folded.length() : end;
        }

        /**
         * The sentences of the target list after the cue, into {@code list}, and the stretch goals
         * among and after them, into {@code stretches}: the cue's sentence, then each next sentence
         * that opens with a figure ("…1个百分点以上。第一产业增加值增长4.0%，…") or is a stretch goal.
         * A list whose cue ends its paragraph, or whose sentence ends its paragraph without 。, goes on
         * in the next paragraphs, one target a line ("地区生产总值增长13%；"). Returns where the list ends.
         */
        private int listSentences(int from, int paragraphEnd, List<int[]> list, List<int[]> stretches) {
            int at = from;
            int end = paragraphEnd;
            boolean onePerLine = folded.substring(from, paragraphEnd).isBlank();
            boolean first = !onePerLine;
            int listEnd = from;
            while (true) {
                if (at >= end) {
                    if (!onePerLine || end >= folded.length()) {
                        return listEnd;
                    }
                    at = end + 1;
                    end = paragraphEnd(at);
                    continue;
                }
                int stop = folded.indexOf('。', at);
                stop = stop < 0 || stop > end ? end : stop;
                String sentence = folded.substring(at, stop);
                if (first || opensWithFigure(at, stop)) {
                    list.add(new int[] {at, stop});
                    // a list that runs to the end of its paragraph without 。 is one target a line
                    onePerLine |= first && stop == end && !sentence.strip().isEmpty();
                } else if (Clause.readStretch(sentence).isPresent() && !sentence.isBlank()) {
                    stretches.add(new int[] {at, stop});
                } else {
                    return listEnd;
                }
                first = false;
                listEnd = stop;
                at = stop + 1;
            }
        }

        /** Whether the sentence {@code [start, end)} opens with a figure of a named metric, as a list does. */
        private boolean opensWithFigure(int start, int end) {
            List<int[]> clauses = clauses(start, end);
            if (clauses.isEmpty()) {
                return false;
            }
            String firstClause = folded.substring(clauses.get(0)[0], clauses.get(0)[1]);
            Optional<Clause> figure = Clause.read(firstClause);
            return figure.isPresent() && !figure.get().metric().isEmpty() && !SEVERAL_YEARS.matcher(firstClause).find();
        }

        /** A list most of whose figures are for several years ("年均增长9%以上") is a five-year plan's. */
        private boolean severalYears(List<int[]> list) {
            int figures = 0;
            int long_ = 0;
            for (int[] sentence : list) {
                for (int[] c : clauses(sentence[0], sentence[1])) {
                    String clause = folded.substring(c[0], c[1]);
                    if (Clause.read(clause).isPresent()) {
                        figures++;
                        long_ += SEVERAL_YEARS.matcher(clause).find() || FAR_YEAR.matcher(clause).find() ? 1 : 0;
                    }
                }
            }
            return figures > 0 && 2 * long_ > figures;
        }

        /**
         * Whether the lead-in to a cue makes it a plan of several years: it speaks of a five-year plan
         * or a far year, and not of this year after that ("对接“十四五”规划，提出今年全市经济社会发展的
         * 主要预期目标是" is this year's).
         */
        private boolean longTerm(String leadIn) {
            Matcher m = LONG_TERM.matcher(leadIn);
            int lastEnd = -1;
            while (m.find()) {
                lastEnd = m.end();
            }
            return lastEnd >= 0 && !ANNUAL.matcher(leadIn).region(lastEnd, leadIn.length()).find();
        }

        /** One clause of the target list: a target, a stretch goal, or a target without a number. */
        private Target targetClause(int start, int end, Target previous) {
            String clause = folded.substring(start, end);
            if (SEVERAL_YEARS.matcher(clause).find()) {
                // "力争“十四五”以来累计降低10%左右": a figure of the five years, not of this one
                return null;
            }
            Integer year = planYear();
            Optional<Clause> figure = Clause.read(clause);
            if (figure.isPresent() && !figure.get().metric().isEmpty()
                    && !MetricNames.strip(figure.get().metric()).isEmpty()
                    && !MANNER_ONLY.matcher(figure.get().metric()).matches()) {
                return add(TargetKind.TARGET, figure.get(), null, start, end, year);
            }
            if (figure.isPresent() && previous != null && figure.get().verb() != null
                    && !clause.strip().startsWith("力争") && !clause.strip().startsWith("争取")) {
                // "地方财政收入26亿元，可比增长10.6%": the same metric, another figure
                return add(TargetKind.TARGET, figure.get(), previous.metric(), start, end, year);
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

        /**
         * Clauses of {@code [start, end)}: split at commas and semicolons, at 、 after a figure
         * ("增长7%、力争7.5%", "增长5%左右、在实际工作中…"), and at 和 between the figures of a clause
         * stating them 分别.
         */
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
            boolean respectively = folded.substring(start, end).contains(Respectively.WORD);
            for (int i = start; i < end; i++) {
                char c = folded.charAt(i);
                boolean separator = c == '、' || respectively && AND.indexOf(c) >= 0 && hasDigit(i + 1, end);
                if (separator && hasDigit(from, i) && Clause.read(folded.substring(from, i)).isPresent()) {
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
