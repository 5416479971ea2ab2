package org.reportlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.analysis.AnalysisOptions;
import org.reportlens.core.analysis.Analyzer;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.compare.Comparer;
import org.reportlens.core.compare.Granularity;
import org.reportlens.core.compare.SectionLink;
import org.reportlens.core.compare.SectionLinks;
import org.reportlens.core.compare.SectionRef;
import org.reportlens.core.dups.DuplicateOptions;
import org.reportlens.core.dups.StockPhrases;
import org.reportlens.core.export.AnalysisJson;
import org.reportlens.core.export.AtomicFile;
import org.reportlens.core.export.HtmlExport;
import org.reportlens.core.report.LoadProblem;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.core.targets.MetricNames;
import org.reportlens.core.workspace.SavedState;
import org.reportlens.core.workspace.Workspace;
import org.reportlens.core.workspace.WorkspaceException;
import org.reportlens.core.workspace.WorkspaceFile;
import org.reportlens.core.workspace.WorkspaceReport;

/**
 * {@code reportlens analyze|bench|help …}. Exit codes: 0 all inputs read; 1 some inputs could not
 * be read (the output covers the rest); 2 bad usage, or no input could be read.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int SOME_UNREADABLE = 1;
    public static final int USAGE_OR_NOTHING_READ = 2;
    private static final Set<String> COMMANDS = Set.of("analyze", "targets", "dups", "bench", "make-corpus", "help", "--help", "-h");
    static final String USAGE = String.join(System.lineSeparator(),
            "usage: reportlens                      open the viewer (on ./seeds if it exists)",
            "       reportlens [view] FILE...       open the viewer on these reports",
            "       reportlens analyze [--format json|html] [-o FILE] [--granularity sentence|word|character]",
            "                          [--base rK] [--ignore-punctuation] [--keep-width]",
            "                          [--min-duplicate N] [--no-near] [--stock-phrases FILE]",
            "                          [--metrics FILE] [--workspace FILE]",
            "                          [--link rA:ID=rB:ID]... [--unlink rA:ID=rB:ID]... FILE...",
            "                                       the analysis as JSON (or one HTML file) to stdout or FILE",
            "       reportlens targets [--format csv|json] [--metrics FILE] FILE...",
            "                                       the table of main targets across the reports",
            "       reportlens dups [--min N] [--near] [--stock-phrases FILE] [--top N] DIR_OR_FILE...",
            "                                       duplicated passages across a corpus, as JSON",
            "       reportlens bench [--runs N] FILE...",
            "                                       time each analysis phase (warm), in ms",
            "       reportlens make-corpus --out DIR [--reports N] [--chars N] [--copied PERCENT] [--seed S]",
            "                          SEED_FILE...  write a synthetic corpus for benchmarking dups");

    private Cli() {
    }

    public static boolean isCommand(String arg) {
        return COMMANDS.contains(arg);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !isCommand(args[0])) {
            err.println(USAGE);
            return USAGE_OR_NOTHING_READ;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            switch (args[0]) {
                case "analyze":
                    return analyze(rest, out, err);
                case "targets":
                    return TargetsCommand.run(rest, out, err);
                case "dups":
                    return Dups.run(rest, out, err);
                case "make-corpus":
                    return CorpusMaker.run(rest, out, err);
                case "bench":
                    return Bench.run(rest, out, err);
                default:
                    out.println(USAGE);
                    return OK;
            }
        } catch (UsageException e) {
            err.println("reportlens: " + e.getMessage());
            err.println(USAGE);
            return USAGE_OR_NOTHING_READ;
        }
    }

    private static int analyze(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        List<String> files = new ArrayList<>();
        CompareOptions options = CompareOptions.DEFAULTS;
        DuplicateOptions duplicates = DuplicateOptions.defaults();
        MetricNames metricNames = MetricNames.defaults();
        String base = null;
        String format = "json";
        String output = null;
        String workspace = null;
        List<String[]> sectionLinks = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--granularity")) {
                String value = value(args, ++i, "--granularity");
                try {
                    options = options.withGranularity(Granularity.parse(value));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            } else if (arg.equals("--base")) {
                base = value(args, ++i, "--base");
            } else if (arg.equals("--ignore-punctuation")) {
                options = options.withIgnorePunctuation(true);
            } else if (arg.equals("--keep-width")) {
                options = options.withIgnoreWidth(false);
            } else if (arg.equals("--min-duplicate")) {
                duplicates = duplicates.withMinLength(wholeNumber(args, ++i, arg, DuplicateOptions.SMALLEST_MIN_LENGTH));
            } else if (arg.equals("--stock-phrases")) {
                duplicates = duplicates.withStockPhrases(stockPhrases(value(args, ++i, arg)));
            } else if (arg.equals("--metrics")) {
                metricNames = metricNames(value(args, ++i, arg));
            } else if (arg.equals("--no-near")) {
                duplicates = duplicates.withNearRepeats(false);
            } else if (arg.equals("--format")) {
                format = value(args, ++i, "--format");
                if (!format.equals("json") && !format.equals("html")) {
                    throw new UsageException("unknown format '" + format + "' (supported: json, html)");
                }
            } else if (arg.equals("--link") || arg.equals("--unlink")) {
                sectionLinks.add(new String[] {arg, value(args, ++i, arg)});
            } else if (arg.equals("--workspace")) {
                workspace = value(args, ++i, arg);
            } else if (arg.equals("-o") || arg.equals("--output")) {
                output = value(args, ++i, arg);
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            } else {
                files.add(arg);
            }
        }
        Workspace saved = null;
        if (workspace != null) {
            try {
                saved = WorkspaceFile.load(Path.of(workspace));
            } catch (WorkspaceException | InvalidPathException e) {
                err.println("reportlens: " + e.getMessage());
                return USAGE_OR_NOTHING_READ;
            }
            saved.reports().forEach(r -> files.add(r.path()));
            AnalysisOptions restored = SavedState.options(saved, new AnalysisOptions(options, duplicates, metricNames));
            options = restored.compare();
            duplicates = restored.duplicates();
        }
        if (files.isEmpty()) {
            throw new UsageException("no report files given");
        }
        LoadResult result = new ReportLoader().load(files);
        if (saved != null) {
            List<WorkspaceReport> corrections = saved.reports();
            result = new LoadResult(result.reports().stream().map(r -> SavedState.corrected(r, corrections)).toList(),
                    result.problems());
        }
        reportProblems(result.problems(), err);
        if (result.reports().isEmpty()) {
            err.println("reportlens: none of the " + files.size() + " file(s) could be read");
            return USAGE_OR_NOTHING_READ;
        }
        options = withLinks(options, sectionLinks, result);
        options.links().problems(result.reports()).forEach(p -> err.println("reportlens: " + p));
        Analysis analysis;
        try {
            analysis = Analyzer.analyze(result.reports(),
                    new AnalysisOptions(withBase(options, base, result), duplicates, metricNames));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String written = format.equals("html") ? HtmlExport.write(result, analysis) : AnalysisJson.write(result, analysis);
        if (output == null) {
            out.print(written);
            out.flush();
        } else {
            try {
                AtomicFile.write(Path.of(output), written.getBytes(StandardCharsets.UTF_8));
            } catch (IOException | InvalidPathException e) {
                err.println("reportlens: cannot write " + output + ": " + e.getMessage());
                return USAGE_OR_NOTHING_READ;
            }
        }
        return result.problems().isEmpty() ? OK : SOME_UNREADABLE;
    }

    /**
     * "--link r1:2.3=r2:2.1" and "--unlink …" name sections by report id and outline node id; the comparer
     * keeps them by file, node id and title. Given after a workspace's corrections, they win over them.
     */
    private static CompareOptions withLinks(CompareOptions options, List<String[]> corrections, LoadResult result)
            throws UsageException {
        SectionLinks links = options.links();
        for (String[] c : corrections) {
            String[] sides = c[1].split("=", -1);
            if (sides.length != 2) {
                throw new UsageException(c[0] + " needs two sections as rA:ID=rB:ID, not '" + c[1] + "'");
            }
            SectionRef a = section(c[0], sides[0], result);
            SectionRef b = section(c[0], sides[1], result);
            if (a.file().equals(b.file())) {
                throw new UsageException(c[0] + " " + c[1] + " names two sections of one report; a link joins two reports");
            }
            links = links.with(new SectionLink(a, b, c[0].equals("--link")));
        }
        return options.withLinks(links);
    }

    /** The part or section "rK:ID" of the loaded reports. */
    private static SectionRef section(String option, String given, LoadResult result) throws UsageException {
        int colon = given.indexOf(':');
        if (colon < 0) {
            throw new UsageException(option + " needs a section as rK:ID (a report id and an outline node id), not '"
                    + given + "'");
        }
        String id = given.substring(0, colon);
        String node = given.substring(colon + 1);
        Report report = result.reports().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() ->
                new UsageException(option + " " + given + ": " + id + " is not one of the loaded reports "
                        + result.reports().stream().map(Report::id).toList()));
        OutlineNode found = new SectionRef(report.file(), node, null).find(report);
        if (found == null || found.level() > 2) {
            throw new UsageException(option + " " + given + ": " + report.file() + " has no part or section " + node
                    + " (ids are in the outline of the JSON)");
        }
        return SectionRef.of(report, found);
    }

    /** "--base r2" names a report by id; the comparer wants its index in year order. */
    private static CompareOptions withBase(CompareOptions options, String base, LoadResult result) throws UsageException {
        if (base == null) {
            return options;
        }
        List<String> order = Comparer.byYear(result.reports()).stream().map(r -> r.id()).toList();
        int index = order.indexOf(base);
        if (index < 0) {
            throw new UsageException("--base " + base + " is not one of the loaded reports " + order);
        }
        return options.withBase(index);
    }

    /** The whole number given to {@code option} at {@code args[index]}, at least {@code least}. */
    static int wholeNumber(List<String> args, int index, String option, int least) throws UsageException {
        String value = value(args, index, option);
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not '" + value + "'");
        }
        if (n < least) {
            throw new UsageException(option + " must be at least " + least);
        }
        return n;
    }

    static StockPhrases stockPhrases(String file) throws UsageException {
        try {
            return StockPhrases.read(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            throw new UsageException("cannot read the stock phrase list " + file + ": " + e.getMessage());
        }
    }

    static MetricNames metricNames(String file) throws UsageException {
        try {
            return MetricNames.defaults().with(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            throw new UsageException("cannot read the metric names " + file + ": " + e.getMessage());
        }
    }

    static void reportProblems(List<LoadProblem> problems, PrintStream err) {
        problems.forEach(p -> err.println("reportlens: " + p.message()));
    }

    static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
