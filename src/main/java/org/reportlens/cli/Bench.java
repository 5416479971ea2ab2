package org.reportlens.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.compare.Cancellation;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.load.InputPaths;
import org.reportlens.core.load.ReportFileReader;
import org.reportlens.core.load.ReportLoadException;
import org.reportlens.core.report.InvalidFileName;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;

/**
 * {@code bench [--runs N] FILE...}: runs the whole analysis of the files repeatedly after a
 * warm-up and prints the median and 95th percentile of each phase, summed over the files. The last
 * line is {@code total median N ms}, N rounded up to whole milliseconds.
 */
final class Bench {
    private static final AnalysisOptions OPTIONS = AnalysisOptions.defaults();
    static final int MIN_RUNS = 20;
    private static final int WARMUP_RUNS = 50;

    private Bench() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        int runs = 30;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--runs")) {
                runs = Cli.wholeNumber(args, ++i, "--runs", MIN_RUNS);
            } else if (args.get(i).startsWith("--")) {
                throw new Cli.UsageException("unknown option " + args.get(i));
            } else {
                files.add(args.get(i));
            }
        }
        if (files.isEmpty()) {
            throw new Cli.UsageException("no report files given");
        }
        ReportFileReader reader = new ReportFileReader();
        List<String> readable = new ArrayList<>();
        InputPaths.Expansion inputs = InputPaths.expand(files);
        inputs.skipped().forEach(s -> err.println("reportlens: " + s.message()));
        for (String file : inputs.files()) {
            try {
                reader.read(Path.of(file));
                readable.add(file);
            } catch (ReportLoadException e) {
                err.println("reportlens: " + e.getMessage());
            } catch (InvalidPathException e) {
                err.println("reportlens: " + file + " " + InvalidFileName.reason(e));
            }
        }
        if (readable.isEmpty()) {
            return Cli.USAGE_OR_NOTHING_READ;
        }
        for (int i = 0; i < WARMUP_RUNS; i++) {
            once(reader, readable);
        }
        List<Map<String, Long>> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(once(reader, readable));
        }
        out.printf(Locale.ROOT, "%d file(s), %d warm runs after %d warm-up runs%n", readable.size(), runs, WARMUP_RUNS);
        out.printf(Locale.ROOT, "%-10s %10s %10s%n", "phase", "median ms", "p95 ms");
        for (String phase : samples.get(0).keySet()) {
            long[] nanos = samples.stream().mapToLong(s -> s.get(phase)).toArray();
            out.printf(Locale.ROOT, "%-10s %10.2f %10.2f%n", phase, millis(percentile(nanos, 50)),
                    millis(percentile(nanos, 95)));
        }
        long[] totals = samples.stream().mapToLong(s -> s.values().stream().mapToLong(Long::longValue).sum()).toArray();
        out.printf(Locale.ROOT, "%-10s %10.2f %10.2f%n", "total", millis(percentile(totals, 50)),
                millis(percentile(totals, 95)));
        out.printf(Locale.ROOT, "total median %d ms%n", (long) Math.ceil(millis(percentile(totals, 50))));
        return Cli.OK;
    }

    /** One analysis of every file; nanoseconds per phase, summed over the files. */
    private static Map<String, Long> once(ReportFileReader reader, List<String> files) {
        Map<String, Long> phases = new LinkedHashMap<>();
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            long start = System.nanoTime();
            DecodedText decoded;
            try {
                decoded = reader.read(Path.of(files.get(i)));
            } catch (ReportLoadException e) {
                throw new IllegalStateException("a file that read before failed now: " + e.getMessage(), e);
            }
            phases.merge("load", System.nanoTime() - start, Long::sum);
            reports.add(ReportAnalyzer.analyze("r" + (i + 1), files.get(i), decoded, new Laps(phases)));
        }
        Analyzer.analyze(reports, OPTIONS, Cancellation.NEVER, new Laps(phases));
        phases.putIfAbsent("alignment", 0L);
        phases.putIfAbsent("diff", 0L);
        phases.putIfAbsent("duplicates", 0L);
        phases.putIfAbsent("targets", 0L);
        return phases;
    }

    /** Adds the time since the previous phase (or since it was made) to each phase that ends. */
    private static final class Laps implements ReportAnalyzer.PhaseListener {
        private final Map<String, Long> phases;
        private long last = System.nanoTime();

        Laps(Map<String, Long> phases) {
            this.phases = phases;
        }

        @Override
        public void phaseDone(String phase) {
            long now = System.nanoTime();
            phases.merge(phase, now - last, Long::sum);
            last = now;
        }
    }

    private static long percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
