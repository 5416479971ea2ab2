package org.reportlens.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.reportlens.core.dups.CorpusDuplicates;
import org.reportlens.core.dups.CorpusReport;
import org.reportlens.core.dups.CorpusScan;
import org.reportlens.core.dups.DuplicateOptions;
import org.reportlens.core.dups.ReportPair;
import org.reportlens.core.dups.ReuseShare;
import org.reportlens.core.export.AnalysisJson;
import org.reportlens.core.export.OutputException;
import org.reportlens.core.export.CorpusTables;
import org.reportlens.core.load.InputPaths;
import org.reportlens.core.report.LoadProblem;

/**
 * {@code dups [--min N] [--near] [--stock-phrases FILE] [--top N] [--format json|csv|table]
 * [--list pairs|passages|reuse] [--write-stock-phrases FILE [--stock-governments N]] DIR_OR_FILE...}:
 * duplicated passages across a whole corpus, and which reports share the most text. Progress goes to
 * stderr; the result to stdout (format in docs/duplicates.md).
 */
final class Dups {
    static final int DEFAULT_TOP = 500;
    /** Longer passage texts are cut in the output; the spans still name the whole passage. */
    static final int TEXT_SHOWN = 200;
    /** A passage in more reports than this is common wording, not a link between two reports. */
    static final int MAX_PAIR_REPORTS = 20;
    /** A passage in the reports of this many governments is learned as stock wording by default. */
    static final int DEFAULT_STOCK_GOVERNMENTS = 5;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Dups() {
    }

    /** @param mayRelaunch whether the scan may run in a second process with a heap sized for the corpus */
    static int run(List<String> args, PrintStream out, PrintStream err, boolean mayRelaunch)
            throws Cli.UsageException, OutputException {
        // near repeats add a second search on a large corpus, so here they are asked for
        DuplicateOptions options = DuplicateOptions.defaults().withNearRepeats(false);
        int top = DEFAULT_TOP;
        String format = "json";
        String list = null;
        String learnTo = null;
        String stockPhrases = null;
        int governments = DEFAULT_STOCK_GOVERNMENTS;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--min" -> options = options.withMinLength(Cli.wholeNumber(args, ++i, arg,
                        DuplicateOptions.SMALLEST_MIN_LENGTH));
                case "--near" -> options = options.withNearRepeats(true);
                case "--stock-phrases" -> {
                    stockPhrases = Cli.value(args, ++i, arg);
                    options = options.withStockPhrases(Cli.stockPhrases(stockPhrases));
                }
                case "--top" -> top = Cli.wholeNumber(args, ++i, arg, 0);
                case "--format" -> format = Cli.choice(Cli.value(args, ++i, arg), arg, "json", "csv", "table");
                case "--list" -> list = Cli.choice(Cli.value(args, ++i, arg), arg, "pairs", "passages", "reuse");
                case "--write-stock-phrases" -> learnTo = Cli.value(args, ++i, arg);
                case "--stock-governments" -> governments = Cli.wholeNumber(args, ++i, arg, 2);
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
        if (list != null && format.equals("json")) {
            throw new Cli.UsageException("--list chooses a table for --format csv or table; JSON holds them all");
        }
        List<LoadProblem> walkProblems = new ArrayList<>();
        List<Path> files = files(inputs, walkProblems);
        // the learned list never replaces a report or the list in use, and is refused before the long scan
        Output learned = learnTo == null ? null : Output.to(learnTo).keep(stockPhrases, "the stock phrase list");
        if (learned != null) {
            files.forEach(f -> learned.keep(f.toString(), "the report"));
            learned.check();
        }
        if (mayRelaunch) {
            List<String> command = new ArrayList<>(Cli.debugging(err) ? List.of("--debug", "dups") : List.of("dups"));
            command.addAll(args);
            OptionalInt code = SizedHeap.relaunch(command.toArray(String[]::new), files, err);
            if (code.isPresent()) {
                return code.getAsInt();
            }
        }
        long started = System.nanoTime();
        CorpusDuplicates result = CorpusScan.scan(files,
                new CorpusScan.Options(options, top, MAX_PAIR_REPORTS, learnTo == null ? 0 : governments),
                m -> err.printf(Locale.ROOT, "reportlens: %.1f s: %s%n", (System.nanoTime() - started) / 1e9, m));
        List<LoadProblem> problems = new ArrayList<>(walkProblems);
        problems.addAll(result.problems());
        Cli.reportProblems(problems, err);
        if (result.reports().isEmpty()) {
            err.println("reportlens: no report could be read");
            return Cli.USAGE_OR_NOTHING_READ;
        }
        if (learned != null) {
            writeStockPhrases(learned, learnTo, result, governments, err);
        }
        switch (format) {
            case "csv" -> {
                byte[] csv = CorpusTables.csv(result, list == null ? "pairs" : list).getBytes(StandardCharsets.UTF_8);
                out.write(csv, 0, csv.length);
            }
            case "table" -> out.print(CorpusTables.table(result, list));
            default -> writeJson(out, result, options, problems);
        }
        out.flush();
        return problems.isEmpty() ? Cli.OK : Cli.SOME_UNREADABLE;
    }

    /** The files named, and the report files under each folder named ({@link InputPaths}: the viewer's rule too). */
    private static List<Path> files(List<String> inputs, List<LoadProblem> problems) {
        InputPaths.Expansion expansion = InputPaths.expand(inputs);
        expansion.skipped().forEach(s -> problems.add(new LoadProblem(s.path(), s.reason())));
        return expansion.files().stream().map(Path::of).toList();
    }

    private static void writeStockPhrases(Output learned, String file, CorpusDuplicates result, int governments, PrintStream err)
            throws OutputException {
        long known = result.reports().stream().filter(r -> r.government() != null).count();
        long distinct = result.reports().stream().map(CorpusReport::government).filter(g -> g != null).distinct().count();
        StringBuilder text = new StringBuilder();
        text.append("# Stock wording of government work reports, learned by\n")
                .append("#   reportlens dups --stock-governments ").append(governments)
                .append(" --write-stock-phrases FILE CORPUS\n")
                .append("# from ").append(result.reports().size()).append(" reports of ").append(distinct)
                .append(" governments (").append(result.reports().size() - known)
                .append(" of unknown government, counted as one): the wording found in the reports of at least ")
                .append(governments).append(" governments, as whole clauses, one paragraph's worth per line.\n")
                .append("# A duplicate with 70% of its words in runs of six characters of these phrases is stock wording:\n")
                .append("# listed last, muted, not counted as reuse. Edit freely: one phrase per line, # starts a comment.\n")
                .append("# How to rebuild it from your own reports: docs/duplicates.md.\n");
        result.stockPhrases().forEach(p -> text.append(p).append('\n'));
        learned.write(text.toString(), err);
        err.println("reportlens: wrote " + result.stockPhrases().size() + " stock phrases to " + file);
    }

    private static void writeJson(PrintStream out, CorpusDuplicates result, DuplicateOptions options,
                                  List<LoadProblem> problems) {
        var root = MAPPER.createObjectNode();
        root.put("schemaVersion", AnalysisJson.SCHEMA_VERSION);
        root.put("minLength", options.minLength());
        root.put("near", options.nearRepeats());
        var reportArray = root.putArray("reports");
        for (CorpusReport r : result.reports()) {
            reportArray.addObject().put("id", r.id()).put("file", r.file()).put("government", r.government())
                    .put("year", r.year()).put("length", r.length()).put("characters", r.characters());
        }
        root.put("duplicateCount", result.duplicateCount());
        var duplicates = root.putArray("duplicates");
        result.duplicates().forEach(d -> {
            boolean cut = d.text().length() > TEXT_SHOWN;
            var node = AnalysisJson.duplicate(d, cut ? d.text().substring(0, TEXT_SHOWN) + "…" : d.text(), result.places());
            if (cut) {
                node.put("textCut", true);
            }
            duplicates.add(node);
        });
        var pairs = root.putArray("pairs");
        for (ReportPair p : result.pairs()) {
            pairs.addObject().put("a", p.a()).put("b", p.b()).put("aName", result.places().report(p.a()))
                    .put("bName", result.places().report(p.b())).put("sharedCharacters", p.sharedCharacters())
                    .put("passages", p.passages());
        }
        var reuse = root.putArray("reuse");
        for (ReuseShare s : result.reuse()) {
            reuse.addObject().put("report", s.report()).put("otherReports", AnalysisJson.round(s.otherReports()))
                    .put("sameReport", AnalysisJson.round(s.sameReport()));
        }
        var errors = root.putArray("errors");
        problems.forEach(p -> errors.addObject().put("file", p.file()).put("problem", p.problem()));
        try {
            MAPPER.writeValue(out, root);
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
