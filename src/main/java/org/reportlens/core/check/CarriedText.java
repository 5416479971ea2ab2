package org.reportlens.core.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reportlens.core.compare.DiffUnit;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.compare.UnitKind;
import org.reportlens.core.outline.Part;
import org.reportlens.core.report.Report;

/**
 * Text the draft carried over from the previous report unchanged, read off the pair's sentence
 * units: a sentence with figures that is the same (or moved whole, or changed only in its years)
 * keeps last year's figures — achieved figures in a review, targets and commitments in a plan;
 * and a long run of same sentences (or with years moved on only) with figures or years in the draft's review repeats last year's
 * review, which was about another year. Same text without figures is a policy or a formula kept,
 * and a rate a plan keeps ("居民消费价格涨幅3%左右") a choice, not a finding.
 */
final class CarriedText {
    /** A run of same sentences in a review at least this long (characters of the draft) is a copied passage. */
    static final int PASSAGE_CHARS = 100;
    /** A moved unit this similar to its old place moved whole. */
    private static final double WHOLE = 0.999;

    private CarriedText() {
    }

    /** @param mainTargets the spans {@code [start, end)} of the draft's main targets, which {@link TargetChecks} judges */
    static List<Finding> find(Report draft, Report last, PairComparison pair, List<int[]> mainTargets) {
        String text = draft.original();
        Parts parts = new Parts(draft);
        List<DiffUnit> inDraft = new ArrayList<>(pair.units().stream().filter(u -> u.b() != null).toList());
        inDraft.sort(Comparator.comparingInt(u -> u.b().start()));
        List<Finding> found = new ArrayList<>();
        List<DiffUnit> run = new ArrayList<>();
        for (DiffUnit u : inDraft) {
            boolean unchanged = u.kind() == UnitKind.SAME || u.kind() == UnitKind.ROUTINE
                    || u.kind() == UnitKind.MOVED && u.similarity() >= WHOLE;
            Part part = parts.at(u.b().start());
            if (unchanged) {
                sentences(found, last, text, u, part, mainTargets);
            }
            boolean copied = (u.kind() == UnitKind.SAME || u.kind() == UnitKind.ROUTINE) && part == Part.REVIEW;
            if (copied && (run.isEmpty() || run.get(run.size() - 1).a().end() <= u.a().start())) {
                run.add(u);
            } else {
                passage(found, draft, last, run);
                run.clear();
                if (copied) {
                    run.add(u);
                }
            }
        }
        passage(found, draft, last, run);
        return found;
    }

    /**
     * The sentences of an unchanged unit (one or many) that hold figures. Their place in the previous
     * report is at the same distance from the unit's start where both sides are as long (same text,
     * or years moved on), else the unit's whole older side.
     */
    private static void sentences(List<Finding> found, Report last, String text, DiffUnit u, Part part,
                                  List<int[]> mainTargets) {
        boolean parallel = u.a().end() - u.a().start() == u.b().end() - u.b().start();
        for (int[] s : Sentences.of(text.substring(u.b().start(), u.b().end()))) {
            int start = u.b().start() + s[0];
            int end = u.b().start() + s[1];
            String sentence = text.substring(start, end);
            // a plan may rightly keep a rate ("居民消费价格涨幅3%左右"); a level or a count it keeps is news
            boolean figures = part == Part.PLAN || part == Part.OUTLOOK ? Figures.levelStated(sentence) : Figures.stated(sentence);
            if (!figures || part == Part.PLAN && holdsMainTarget(start, end, mainTargets)) {
                continue;
            }
            Evidence evidence = parallel ? new Evidence(last.id(), u.a().start() + s[0], u.a().start() + s[1])
                    : new Evidence(last.id(), u.a().start(), u.a().end());
            found.add(new Finding(FindingKind.CARRIED_FIGURES, start, end, sentence, null, evidence, message(u.kind(), part)));
        }
    }

    private static boolean holdsMainTarget(int start, int end, List<int[]> mainTargets) {
        return mainTargets.stream().anyMatch(t -> start <= t[0] && t[1] <= end);
    }

    private static String message(UnitKind kind, Part part) {
        String what = part == Part.REVIEW ? "achieved figures" : part == Part.PLAN ? "targets or commitments" : "figures";
        return kind == UnitKind.ROUTINE
                ? "only its years moved on: the " + what + " are the previous report's"
                : "the " + what + " are the previous report's, word for word";
    }

    private static void passage(List<Finding> found, Report draft, Report last, List<DiffUnit> run) {
        if (run.isEmpty()) {
            return;
        }
        int start = run.get(0).b().start();
        int end = run.get(run.size() - 1).b().end();
        String passage = draft.original().substring(start, end);
        // without a figure or a year a repeated passage is the report's formula (thanks, the Party's leadership), not stale
        if (end - start < PASSAGE_CHARS || !Figures.stated(passage) && !Figures.yearNamed(passage)) {
            return;
        }
        found.add(new Finding(FindingKind.COPIED_PASSAGE, start, end, passage, null,
                new Evidence(last.id(), run.get(0).a().start(), run.get(run.size() - 1).a().end()),
                "a passage of the previous report's review (" + (end - start)
                        + " characters), repeated unchanged in a review of another year"));
    }
}
