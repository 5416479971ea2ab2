package org.reportlens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.reportlens.core.dups.Duplicate;
import org.reportlens.core.dups.DuplicateAnalysis;
import org.reportlens.core.dups.DuplicateFinder;
import org.reportlens.core.dups.DuplicateOptions;
import org.reportlens.core.dups.ReuseShare;
import org.reportlens.core.export.AnalysisJson;
import org.reportlens.core.load.InputPaths;
import org.reportlens.core.load.ReportLoadException;
import org.reportlens.core.report.LoadProblem;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;

/**
 * {@code dups [--min N] [--near] [--stock-phrases FILE] [--top N] DIR_OR_FILE...}: duplicated
 * passages across a whole corpus, longest first, and which reports share the most text. Reads the
 * files on all cores; progress goes to stderr, JSON to stdout (format in docs/duplicates.md).
 */
final class Dups {
    static final int DEFAULT_TOP = 500;
    /** Longer passage texts are cut in the output; the spans still name the whole passage. */
    static final int TEXT_SHOWN = 200;
    /** A passage in more reports than this is common wording, not a link between two reports. */
    static final int MAX_PAIR_REPORTS = 20;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Dups() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        // near repeats roughly double the time on a large corpus, so here they are asked for
        DuplicateOptions options = DuplicateOptions.defaults().withNearRepeats(false);
        int top = DEFAULT_TOP;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--min" -> options = options.withMinLength(Cli.wholeNumber(args, ++i, arg,
                        DuplicateOptions.SMALLEST_MIN_LENGTH));
                case "--near" -> options = options.withNearRepeats(true);
                case "--stock-phrases" -> options = options.withStockPhrases(Cli.stockPhrases(Cli.value(args, ++i, arg)));
                case "--top" -> top = Cli.wholeNumber(args, ++i, arg, 0);
                default -> {
                    if (arg.startsWith("--")) {
                        throw new Cli.UsageException("unknown option " + arg);
                    }
                    inputs.add(arg);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new Cli.UsageException("no report files or directories given");
        }
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> files = files(inputs, problems);
        List<Report> reports = load(files, problems, err);
        Cli.reportProblems(problems, err);
        if (reports.isEmpty()) {
            err.println("reportlens: no report could be read");
            return Cli.USAGE_OR_NOTHING_READ;
        }
        long started = System.nanoTime();
        DuplicateAnalysis analysis = DuplicateFinder.find(reports, options, m -> err.printf(Locale.ROOT,
                "reportlens: %.1f s: %s%n", (System.nanoTime() - started) / 1e9, m));
        write(out, reports, analysis, options, top, problems);
        return problems.isEmpty() ? Cli.OK : Cli.SOME_UNREADABLE;
    }

    /** The files named, and the report files under each folder named ({@link InputPaths}: the viewer's rule too). */
    private static List<Path> files(List<String> inputs, List<LoadProblem> problems) {
        InputPaths.Expansion expansion = InputPaths.expand(inputs);
        expansion.skipped().forEach(s -> problems.add(new LoadProblem(s.path(), s.reason())));
        return expansion.files().stream().map(Path::of).toList();
    }

    private static List<Report> load(List<Path> files, List<LoadProblem> problems, PrintStream err) {
        ReportLoader loader = new ReportLoader();
        Report[] loaded = new Report[files.size()];
        LoadProblem[] failed = new LoadProblem[files.size()];
        AtomicInteger done = new AtomicInteger();
        int step = Math.max(1, files.size() / 10);
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                loaded[i] = loader.loadOne("r" + (i + 1), files.get(i).toString());
            } catch (ReportLoadException e) {
                failed[i] = new LoadProblem(files.get(i).toString(), e.problem(), e.getCause());
            }
            int n = done.incrementAndGet();
            if (n % step == 0 || n == files.size()) {
                err.println("reportlens: read " + n + " of " + files.size() + " files");
            }
        });
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (loaded[i] != null) {
                reports.add(loaded[i].withId("r" + (reports.size() + 1)));
            } else {
                problems.add(failed[i]);
            }
        }
        return reports;
    }

    private static void write(PrintStream out, List<Report> reports, DuplicateAnalysis analysis,
                              DuplicateOptions options, int top, List<LoadProblem> problems) {
        var root = MAPPER.createObjectNode();
        root.put("schemaVersion", AnalysisJson.SCHEMA_VERSION);
        root.put("minLength", options.minLength());
        var reportArray = root.putArray("reports");
        for (Report r : reports) {
            reportArray.addObject().put("id", r.id()).put("file", r.file()).put("length", r.original().length());
        }
        root.put("duplicateCount", analysis.duplicates().size());
        var duplicates = root.putArray("duplicates");
        analysis.duplicates().stream().limit(top).forEach(d -> {
            boolean cut = d.text().length() > TEXT_SHOWN;
            var node = AnalysisJson.duplicate(d, cut ? d.text().substring(0, TEXT_SHOWN) + "…" : d.text());
            if (cut) {
                node.put("textCut", true);
            }
            duplicates.add(node);
        });
        var pairs = root.putArray("pairs");
        sharedByPair(analysis.duplicates()).stream().limit(top).forEach(p ->
                pairs.addObject().put("a", p.a()).put("b", p.b()).put("sharedCharacters", p.shared())
                        .put("passages", p.passages()));
        var reuse = root.putArray("reuse");
        for (ReuseShare s : analysis.reuse()) {
            reuse.addObject().put("report", s.report()).put("otherReports", AnalysisJson.round(s.otherReports()))
                    .put("sameReport", AnalysisJson.round(s.sameReport()));
        }
        var errors = root.putArray("errors");
        problems.forEach(p -> errors.addObject().put("file", p.file()).put("problem", p.problem()));
        try {
            MAPPER.writeValue(out, root);
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record SharedPair(String a, String b, long shared, int passages) {
    }

    /** Characters two reports share through passages found in at most {@value #MAX_PAIR_REPORTS} reports. */
    static List<SharedPair> sharedByPair(List<Duplicate> duplicates) {
        Map<String, long[]> totals = new HashMap<>();
        for (Duplicate d : duplicates) {
            List<String> ids = d.occurrences().stream().map(o -> o.report()).distinct().toList();
            if (d.stock() || ids.size() < 2 || ids.size() > MAX_PAIR_REPORTS) {
                continue;
            }
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    long[] t = totals.computeIfAbsent(ids.get(i) + " " + ids.get(j), k -> new long[2]);
                    t[0] += d.length();
                    t[1]++;
                }
            }
        }
        List<SharedPair> pairs = new ArrayList<>();
        totals.forEach((key, t) -> {
            String[] ab = key.split(" ");
            pairs.add(new SharedPair(ab[0], ab[1], t[0], (int) t[1]));
        });
        pairs.sort(Comparator.comparingLong(SharedPair::shared).reversed().thenComparing(SharedPair::a)
                .thenComparing(SharedPair::b));
        return pairs;
    }
}
