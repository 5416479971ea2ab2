package org.reportlens.core.targets;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** In a review, a clause about several years: those of a target list, and a running total ("累计"). */
    private static final Pattern SEVERAL_YEARS_ACHIEVED = Pattern.compile(SEVERAL_YEARS.pattern() + "|累计");
    /**
     * A clause of a target list without a number that is no target: a remark ("并留有适当弹性"), a
     * condition ("在优化结构、提高效益和降低消耗、保护环境的基础上").
     */
    private static final Pattern NO_TARGET = Pattern.compile("^并|基础上$|前提下$");
    /** Between two figures of a clause: "分别增长8%和8.5%左右", "同比增长8.2%和8.8%". */
    private static final String AND = "和与及";
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    /**
     * A clause comparing the figure before it with somewhere else or with a plan ("高于全市1个百分点",
     * "低于全国0.5个百分点", "好于预期"): no figure of the metric itself.
     */
    private static final Pattern COMPARED = Pattern.compile(
            "(?:高于|低于|快于|慢于|高出|超过|超出|好于|领先)(?:全国|全省|全市|全区|全州|全县|平均|经济|预期|目标|计划|同期)");

    /** A sentence opening on an area inside the government's: "新区全年…", "高新区…", "各开发区…". */
    private static final Pattern AREA = Pattern.compile("\\s*[^,;:\\d]{0,6}?(新区|开发区|高新区|园区|自贸区|试验区|示范区|保税区|港区)");

    private final MetricNames names;

    public TargetExtractor(MetricNames names) {
        this.names = names;
    }

    /** The figures of {@code report}; achieved figures of the metrics the name table knows. */
    public List<Target> extract(Report report) {
        return extract(report, Set.of());
    }

    /**
     * The figures of {@code report}; achieved figures of the metrics the name table knows and of
     * {@code alsoAchieved} (canonical names: the targets of other reports, "财政总收入", "水耗").
     */
    public List<Target> extract(Report report, Set<String> alsoAchieved) {
        return new Run(report, Set.copyOf(alsoAchieved)).figures();
    }

    /**
     * The main targets of {@code report} alone (its target list), which the achieved figures read
     * later never change: what another report's review needs to know which metrics to look for.
     */
    List<Target> mainTargets(Report report) {
        Run run = new Run(report, Set.of());
        run.mainTargets();
        return List.copyOf(run.figures);
    }

    private final class Run {
        private final Report report;
        private final NormalizedText text;
        private final String folded;
        private final boolean hasReview;
        private final List<Target> figures = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final List<int[]> targetParagraphs = new ArrayList<>();
        private final Set<String> alsoAchieved;

        Run(Report report, Set<String> alsoAchieved) {
            this.report = report;
            this.text = report.text();
            this.folded = text.folded();
            this.hasReview = hasPart(report.outline(), Part.REVIEW);
            this.alsoAchieved = alsoAchieved;
        }

        List<Target> figures() {
            mainTargets();
            FigureYear years = new FigureYear(reviewedYear());
            OutlineNode partNode = null;
            years.enterPart(false, "");
            int at = 0;
            while (at < folded.length()) {
                int end = folded.indexOf('\n', at);
                end = end < 0 ? folded.length() : end;
                OutlineNode node = topNodeAt(at);
                if (node != partNode) {
                    partNode = node;
                    years.enterPart(node != null && node.part() == Part.REVIEW, node == null ? "" : node.title());
                }
                Part part = node == null ? null : node.part();
                if (node != null && isHeadingLine(node, at, end)) {
                    // the part's own heading ("一、2025年和“十四五”时期工作回顾") says no figure's year
                    years.endParagraph();
                    at = end + 1;
                    continue;
                }
                if (part == Part.REVIEW) {
                    for (int[] sentence : sentences(at, end)) {
                        Integer year = years.of(folded.substring(sentence[0], sentence[1]));
                        if (year != null) {
                            actuals(sentence[0], sentence[1], year);
                        }
                    }
                } else if (!inTargetParagraph(at) && hasDigit(at, end)) {
                    boolean planning = part == Part.PLAN || part == null && !hasReview;
                    for (int[] sentence : sentences(at, end)) {
                        // "过去一年，…取得了新成绩。全市地区生产总值增长6.9%，…" in a plan part: the year just past
                        Integer year = years.of(folded.substring(sentence[0], sentence[1]));
                        if (year != null) {
                            actuals(sentence[0], sentence[1], year);
                        } else if (planning) {
                            commitments(sentence[0], sentence[1]);
                        }
                    }
                }
                years.endParagraph();
                at = end + 1;
            }
            figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return figures;
        }

        /** Whether the line {@code [start, end)} is the heading of {@code node} and nothing more. */
        private boolean isHeadingLine(OutlineNode node, int start, int end) {
            int lineEnd = text.toOriginalEnd(end);
            return text.toOriginalStart(start) <= node.start() && node.headingEnd() <= lineEnd
                    && report.original().substring(node.headingEnd(), lineEnd).isBlank();
        }

        /** The year just past: the reviewed year, else the year before the plan's. */
        private Integer reviewedYear() {
            Integer reviewed = report.metadata().reviewYear();
            Integer plan = targetYear();
            return reviewed != null ? reviewed : plan == null ? null : plan - 1;
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
                                targetYear());
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
                    Respectively.Sequence sequence = new Respectively.Sequence();
                    List<int[]> clauses = clauses(sentence[0], sentence[1]);
                    List<Optional<Clause>> figures = Respectively.qualifiersShared(
                            clauses.stream().map(c -> Clause.read(folded.substring(c[0], c[1]))).toList());
                    for (int at = 0; at < clauses.size(); at++) {
                        int[] c = clauses.get(at);
                        Optional<Clause> figure = figures.get(at);
                        List<String> metrics = figure.isPresent() ? sequence.metrics(figure.get()) : null;
                        if (figure.isEmpty()) {
                            sequence.forget();
                        } else {
                            figure = Optional.of(sequence.complete(figure.get()));
                        }
                        String metric = null;
                        if (metrics != null) {
                            for (int k = 0; k < metrics.size() - 1; k++) {
                                add(TargetKind.TARGET, figure.get(), metrics.get(k), c[0], c[1], targetYear());
                            }
                            metric = metrics.get(metrics.size() - 1);
                        }
                        Target t = metric != null ? add(TargetKind.TARGET, figure.get(), metric, c[0], c[1], targetYear())
                                : targetClause(c[0], c[1], previous);
                        if (t != null && t.kind() == TargetKind.TARGET) {
                            first = first == null ? t : first;
                            previous = t;
                        }
                    }
                }
                for (int[] sentence : stretches) {
                    add(TargetKind.STRETCH, Clause.readStretch(folded.substring(sentence[0], sentence[1])).orElseThrow(),
                            first == null ? "" : first.metric(), sentence[0], sentence[1], targetYear());
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
            Integer year = targetYear();
            Optional<Clause> figure = Clause.read(clause);
            if (figure.isPresent() && !figure.get().metric().isEmpty()
                    && !MetricNames.strip(figure.get().metric()).isEmpty()
                    && !MetricNames.isMannerOnly(figure.get().metric())) {
                return add(TargetKind.TARGET, figure.get(), null, start, end, year);
            }
            if (figure.isPresent() && previous != null && figure.get().verb() != null
                    && !clause.strip().startsWith("力争") && !clause.strip().startsWith("争取")) {
                // "地方财政收入26亿元，可比增长10.6%": the same metric, another figure
                return add(TargetKind.TARGET, figure.get(), previous.metric(), start, end, year);
            }
            Optional<Clause> stretch = Clause.readStretch(clause);
            if (stretch.isEmpty() && figure.isPresent() && MetricNames.isMannerOnly(figure.get().metric())) {
                // "增长11%，力争12%", "力争达到6%以上": a better figure hoped for, with no metric of its own
                stretch = figure;
            }
            if (stretch.isPresent()) {
                return add(TargetKind.STRETCH, stretch.get(), previous == null ? "" : previous.metric(), start, end,
                        year);
            }
            if (clause.strip().length() >= 4 && !NO_TARGET.matcher(clause.strip()).find()) {
                String metric = clause.strip();
                return add(TargetKind.QUALITATIVE, new Clause(metric, clause.indexOf(metric), null, null, null, null,
                        null, null), null, start, end, year);
            }
            return null;
        }

        /**
         * The achieved figures of one sentence about the year just past, of metrics the name table
         * knows or that are wanted: a clause without its metric takes the one before ("全年实现地区生产
         * 总值444.6亿元，增长7%", "地方一般公共预算收入266.9亿元、同口径增长8%", "达6141.9亿元，比上年增长
         * 12.9%"); 分别 and 均 give each metric its figure; a comparison ("高于全市1个百分点") is none.
         */
        private void actuals(int start, int end, int year) {
            if (aboutAnArea(start, end)) {
                return;
            }
            String metric = "";
            Respectively.Sequence sequence = new Respectively.Sequence();
            for (int[] c : clauses(start, end)) {
                String clause = folded.substring(c[0], c[1]);
                Optional<Clause> figure = Clause.read(clause);
                if (figure.isEmpty()) {
                    // "地区生产总值增速保持在合理区间，全年增长6.3%": the metric named goes on to the figure after
                    metric = names.knownOpening(clause);
                    sequence.forget();
                    continue;
                }
                if (COMPARED.matcher(clause).find() || SEVERAL_YEARS_ACHIEVED.matcher(clause).find()
                        || figure.get().base() != null) {
                    continue; // "高于全市1个百分点", "年均增长9%", "比2010年增长1.2倍": not the year's figure of the metric
                }
                List<String> metrics = sequence.metrics(figure.get());
                if (metrics != null) {
                    Clause completed = sequence.complete(figure.get());
                    for (String each : metrics) {
                        if (achieved(MetricNames.strip(each))) {
                            add(TargetKind.ACTUAL, completed, each, c[0], c[1], year);
                        }
                    }
                    metric = MetricNames.strip(metrics.get(metrics.size() - 1));
                    continue;
                }
                String own = MetricNames.isMannerOnly(figure.get().metric()) ? metric : null;
                String named = own != null ? own : MetricNames.strip(figure.get().metric());
                if (!named.isEmpty() && achieved(named)) {
                    add(TargetKind.ACTUAL, figure.get(), own, c[0], c[1], year);
                    metric = named;
                } else {
                    metric = "";
                }
            }
        }

        /**
         * Whether a sentence opens on an area inside the government's ("新区全年在建项目547个，…固定资产投资
         * 完成355亿元、增长17.6%"): its figures are the area's. A report of that kind of area itself (大连高新区)
         * speaks of its own.
         */
        private boolean aboutAnArea(int start, int end) {
            Matcher area = AREA.matcher(folded).region(start, end);
            if (!area.lookingAt()) {
                return false;
            }
            String government = report.metadata().government();
            return government == null || !government.endsWith(area.group(1));
        }

        /** Whether achieved figures of this metric are read: the name table knows it, or it is wanted. */
        private boolean achieved(String metric) {
            return !metric.isEmpty() && (names.isKnown(metric) || alsoAchieved.contains(names.canonical(metric)));
        }

        /** The quantified commitments of one sentence of a plan. */
        private void commitments(int start, int end) {
            String previous = null;
            for (int[] c : clauses(start, end)) {
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
                Target t = add(TargetKind.COMMITMENT, figure.get(), inherited, c[0], c[1], targetYear());
                previous = t == null ? null : t.metric();
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
         * ("增长7%、力争7.5%", "增长5%左右、在实际工作中…"), and at 和, 与, 及 between two figures.
         */
        private List<int[]> clauses(int start, int end) {
            List<int[]> clauses = new ArrayList<>();
            int from = start;
            Matcher m = CLAUSE_END.matcher(folded).region(start, end);
            while (true) {
                int to = m.find() ? m.start() : end;
                if (to < end && insideBrackets(from, to)) {
                    continue; // "增长5%左右(预计数，下同)": the note's comma ends no clause
                }
                splitEnumeration(from, to, clauses);
                if (to == end) {
                    break;
                }
                from = to + 1;
            }
            return clauses;
        }

        /** Whether a bracket opened in {@code [from, at)} is still open at {@code at}. */
        private boolean insideBrackets(int from, int at) {
            int open = folded.lastIndexOf('(', at);
            return open >= from && folded.lastIndexOf(')', at) < open;
        }

        private void splitEnumeration(int start, int end, List<int[]> out) {
            int from = start;
            for (int i = start; i < end; i++) {
                char c = folded.charAt(i);
                boolean separator = c == '、' || AND.indexOf(c) >= 0 && hasDigit(i + 1, end);
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
                metric = MetricNames.strip(inheritedMetric);
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

        private Integer targetYear() {
            return report.metadata().targetYear();
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
            OutlineNode node = topNodeAt(normalizedIndex);
            return node == null ? null : node.part();
        }

        /** The top outline node (a part, as a rule) holding a normalized offset; null outside any. */
        private OutlineNode topNodeAt(int normalizedIndex) {
            int original = text.toOriginalStart(Math.min(normalizedIndex, text.length()));
            for (OutlineNode n : report.outline()) {
                if (original >= n.start() && original < n.end()) {
                    return n;
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
