package org.reportlens.core.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reportlens.core.targets.MetricNames;
import org.reportlens.core.targets.Target;

/**
 * Scores what was read of a corpus against its manifest. Where the manifest says nothing of a
 * field, a figure counts what was found rather than what was right: a government found, a year
 * found. "States main targets" is the annotation's word, else whether targets were found or the
 * text speaks of 预期目标. The plan year expected is the annotated one, else the year the report is
 * filed under.
 *
 * @param figures in the order the issue lists them: government, year, plan year, review part, plan
 *                part, at least three targets
 * @param targets main targets against annotated ones
 */
public record CorpusScore(List<Figure> figures, TargetAgreement targets) {
    /** Reports from this year on are expected to state at least three numeric targets. */
    public static final int TARGETS_FROM_YEAR = 2015;
    public static final int LEAST_TARGETS = 3;

    public CorpusScore {
        figures = List.copyOf(figures);
        Objects.requireNonNull(targets, "targets must not be null");
    }

    public static CorpusScore score(List<Reading> readings, Manifest manifest, MetricNames names) {
        List<Figure> figures = new ArrayList<>();
        figures.add(field("government", "government", "", readings, manifest, r -> r.metadata().government(),
                Expectation::government));
        figures.add(field("year", "year", "", readings, manifest, r -> r.metadata().year(), Expectation::year));
        List<Reading> stating = readings.stream().filter(r -> statesTargets(r, manifest.of(r.file()))).toList();
        figures.add(field("planYear", "plan year", ", of reports stating main targets", stating, manifest,
                r -> r.metadata().planYear(), e -> e.planYear() != null ? e.planYear() : e.year()));
        figures.add(part("review", "review part", readings, manifest, Reading::review, Expectation::review));
        figures.add(part("plan", "plan part", readings, manifest, Reading::plan, Expectation::plan));
        List<Reading> recent = stating.stream().filter(r -> {
            Integer year = manifest.of(r.file()).year() != null ? manifest.of(r.file()).year() : r.metadata().year();
            return year != null && year >= TARGETS_FROM_YEAR;
        }).toList();
        List<Figure.Miss> few = new ArrayList<>();
        for (Reading r : recent) {
            if (r.mainTargets().size() < LEAST_TARGETS) {
                few.add(new Figure.Miss(r.file(), r.mainTargets().size() + " target(s)", "at least " + LEAST_TARGETS));
            }
        }
        figures.add(new Figure("targets3", "at least " + LEAST_TARGETS + " main targets, reports from "
                + TARGETS_FROM_YEAR + " on stating them", recent.size() - few.size(), recent.size(), few));
        return new CorpusScore(figures, agreement(readings, manifest, names));
    }

    private static boolean statesTargets(Reading r, Expectation e) {
        return e.statesTargets() != null ? e.statesTargets() : !r.mainTargets().isEmpty() || r.targetCue();
    }

    private static Figure field(String id, String noun, String scope, List<Reading> readings, Manifest manifest,
                                Function<Reading, Object> found, Function<Expectation, Object> expected) {
        int hits = 0;
        boolean anyExpected = false;
        List<Figure.Miss> misses = new ArrayList<>();
        for (Reading r : readings) {
            Object f = found.apply(r);
            Object e = expected.apply(manifest.of(r.file()));
            anyExpected |= e != null;
            boolean right = e == null ? f != null : e.equals(f);
            if (right) {
                hits++;
            } else {
                misses.add(new Figure.Miss(r.file(), f == null ? "none" : f.toString(),
                        e == null ? "any" : e.toString()));
            }
        }
        return new Figure(id, noun + (anyExpected ? " right" : " found") + scope, hits, readings.size(), misses);
    }

    /** Of the reports that have the part (by the manifest; every report when it does not say), those where it was found. */
    private static Figure part(String id, String label, List<Reading> readings, Manifest manifest,
                               Predicate<Reading> found, Function<Expectation, Boolean> expected) {
        int hits = 0;
        int total = 0;
        List<Figure.Miss> misses = new ArrayList<>();
        int falseFinds = 0;
        for (Reading r : readings) {
            Boolean has = expected.apply(manifest.of(r.file()));
            boolean f = found.test(r);
            if (Boolean.FALSE.equals(has)) {
                if (f) {
                    falseFinds++;
                    misses.add(new Figure.Miss(r.file(), "found", "none"));
                }
                continue;
            }
            total++;
            if (f) {
                hits++;
            } else {
                misses.add(new Figure.Miss(r.file(), "none", has == null ? "any" : "one"));
            }
        }
        String text = label + " found, of reports that have one"
                + (falseFinds > 0 ? " (" + falseFinds + " found where there is none)" : "");
        return new Figure(id, text, hits, total, misses);
    }

    private static TargetAgreement agreement(List<Reading> readings, Manifest manifest, MetricNames names) {
        int reports = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<Figure.Miss> misses = new ArrayList<>();
        for (Reading r : readings) {
            List<ExpectedTarget> expected = manifest.of(r.file()).targets();
            if (expected == null) {
                continue;
            }
            reports++;
            List<Target> unmatched = new ArrayList<>(r.mainTargets());
            List<String> missed = new ArrayList<>();
            for (ExpectedTarget e : expected) {
                Target match = unmatched.stream().filter(t -> matches(t, e, names)).findFirst().orElse(null);
                if (match == null) {
                    missed.add(e.toString());
                } else {
                    unmatched.remove(match);
                    tp++;
                }
            }
            fn += missed.size();
            fp += unmatched.size();
            if (!missed.isEmpty() || !unmatched.isEmpty()) {
                List<String> extra = unmatched.stream().map(t -> t.metric() + " " + t.figure()).toList();
                misses.add(new Figure.Miss(r.file(), "+ " + String.join("; ", extra), "- " + String.join("; ", missed)));
            }
        }
        return new TargetAgreement(reports, tp, fp, fn, misses);
    }

    static boolean matches(Target t, ExpectedTarget e, MetricNames names) {
        if (t.value() == null || t.value().compareTo(e.value()) != 0 || !Objects.equals(t.unit(), e.unit())) {
            return false;
        }
        if (t.upper() == null ? e.upper() != null : e.upper() == null || t.upper().compareTo(e.upper()) != 0) {
            return false;
        }
        String found = MetricNames.strip(t.metric());
        String written = MetricNames.strip(e.metric());
        return names.canonical(found).equals(names.canonical(written)) || found.contains(written)
                || written.contains(found) && !found.isEmpty();
    }
}
