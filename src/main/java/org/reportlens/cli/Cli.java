package org.reportlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.reportlens.core.export.OutputException;
import org.reportlens.core.export.ChineseFont;
import org.reportlens.core.export.HtmlExport;
import org.reportlens.core.export.PdfExport;
import org.reportlens.core.export.WordRedline;
import org.reportlens.core.load.FileReadException;
import org.reportlens.core.load.InputPaths;
import org.reportlens.core.load.InputFile;
import org.reportlens.core.load.LibraryLogging;
import org.reportlens.core.report.LoadProblem;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.InvalidFileName;
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
 * be read (the output covers the rest); 2 bad usage, no input could be read, the output could not
 * be written (or would have overwritten an input), or an unexpected error; {@code check} exits 3
 * when it finds something ({@link CheckCommand}).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int SOME_UNREADABLE = 1;
    public static final int USAGE_OR_NOTHING_READ = 2;
    /** Asks for stack traces and library logging on stderr, for a command or the viewer. */
    public static final String DEBUG = "--debug";
    private static final Set<String> COMMANDS = Set.of("analyze", "check", "targets", "dups", "bench", "make-corpus", "corpus-check", "help", "--help",
            "-h");
    static final String USAGE = String.join(System.lineSeparator(),
            "usage: reportlens [--debug] …          --debug: stack traces and library logging on stderr",
            "       reportlens                      open the viewer (on ./seeds if it exists)",
            "       reportlens [view] FILE...       open the viewer on these reports (a workspace FILE.rlw opens as one)",
            "       reportlens analyze [--format json|html|docx|pdf] [-o FILE] [--granularity sentence|word|character]",
            "                          [--base rK] [--ignore-punctuation] [--keep-width] [--hide-routine]",
            "                          [--min-duplicate N] [--no-near] [--stock-phrases FILE]",
            "                          [--metrics FILE] [--workspace FILE [--trust-workspace]]",
            "                          [--link rA:ID=rB:ID]... [--unlink rA:ID=rB:ID]... FILE...",
            "                                       the analysis as JSON (or one HTML file) to stdout or FILE;",
            "                                       docx: the newer of two reports with tracked changes, to -o FILE;",
            "                                       pdf: the HTML page printed (A4 landscape), to -o FILE",
            "       reportlens check DRAFT --against LAST [--format json|text] [-o FILE] [--metrics FILE]",
            "                                       stale years, carried-over figures and passages in a draft;",
            "                                       exit 3 when something is found, 0 when nothing is",
            "       reportlens targets [--format csv|json] [--metrics FILE] FILE...",
            "                                       the table of main targets across the reports",
            "       reportlens dups [--min N] [--near] [--stock-phrases FILE] [--top N] [--format json|csv|table]",
            "                          [--list pairs|passages|reuse] [--write-stock-phrases FILE",
            "                          [--stock-governments N]] DIR_OR_FILE...",
            "                                       duplicated passages across a corpus, and which reports share most",
            "       reportlens bench [--runs N] FILE...",
            "                                       time each analysis phase (warm), in ms",
            "       reportlens corpus-check [--manifest FILE]... [--no-file-names] [--misses N] [--metrics FILE] DIR",
            "                                       how well a folder of reports is read, and the files that miss",
            "       reportlens make-corpus --out DIR [--reports N] [--chars N] [--copied PERCENT] [--seed S]",
            "                          SEED_FILE...  write a synthetic corpus for benchmarking dups");

    private Cli() {
    }

    public static boolean isCommand(String arg) {
        return COMMANDS.contains(arg);
    }

    /** Whether these arguments ask for a command, not the viewer ({@code --debug} may come first). */
    public static boolean isCommandLine(String[] args) {
        return List.of(args).stream().filter(a -> !a.equals(DEBUG)).findFirst().map(Cli::isCommand).orElse(false);
    }

    /**
     * Runs a command. {@code --debug}, anywhere, sends the libraries' logging and the stack trace
     * behind an unexpected error to stderr; without it no stack trace is printed. A failed write
     * to stdout is a message and a non-zero exit, for every command.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    /**
     * As {@link #run(String[], PrintStream, PrintStream)}, from the jar's entry point: a corpus
     * command may then run in a second process with a heap sized for the corpus ({@link SizedHeap}).
     */
    public static int launch(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, true);
    }

    private static int run(String[] args, PrintStream out, PrintStream err, boolean mayRelaunch) {
        List<String> given = new ArrayList<>(List.of(args));
        boolean debug = given.removeIf(DEBUG::equals);
        if (debug) {
            LibraryLogging.toStderr();
            err = new DebugStream(err);
        } else {
            LibraryLogging.quiet();
        }
        if (given.isEmpty() || !isCommand(given.get(0))) {
            err.println(USAGE);
            return USAGE_OR_NOTHING_READ;
        }
        int code = command(given.get(0), given.subList(1, given.size()), out, err, mayRelaunch);
        out.flush();
        if (out.checkError()) {
            String why = out instanceof StandardOutput s && s.failure() != null ? " (" + s.failure() + ")" : "";
            err.println("reportlens: cannot write to standard output" + why);
            return USAGE_OR_NOTHING_READ;
        }
        return code;
    }

    private static int command(String name, List<String> rest, PrintStream out, PrintStream err,
                               boolean mayRelaunch) {
        try {
            switch (name) {
                case "analyze":
                    return analyze(rest, out, err);
                case "check":
                    return CheckCommand.run(rest, out, err);
                case "targets":
                    return TargetsCommand.run(rest, out, err);
                case "dups":
                    return Dups.run(rest, out, err, mayRelaunch);
                case "make-corpus":
                    return CorpusMaker.run(rest, out, err);
                case "bench":
                    return Bench.run(rest, out, err);
                case "corpus-check":
                    return CorpusCheck.run(rest, out, err);
                default:
                    out.println(USAGE);
                    return OK;
            }
        } catch (UsageException e) {
            err.println("reportlens: " + e.getMessage());
            if (e.showsUsage()) {
                err.println(USAGE);
            }
            return USAGE_OR_NOTHING_READ;
        } catch (OutputException e) {
            err.println("reportlens: cannot write " + e.getMessage());
            return USAGE_OR_NOTHING_READ;
        } catch (RuntimeException | Error e) {
            // a defect of ours, not of the input: say so in one line; the stack trace is for --debug
            err.println("reportlens: unexpected error: " + e
                    + (err instanceof DebugStream ? "" : " (run with --debug to see where)"));
            if (err instanceof DebugStream) {
                e.printStackTrace(err);
            }
            return USAGE_OR_NOTHING_READ;
        }
    }

    private static int analyze(List<String> args, PrintStream out, PrintStream err)
            throws UsageException, OutputException {
        List<String> files = new ArrayList<>();
        CompareOptions options = CompareOptions.DEFAULTS;
        DuplicateOptions duplicates = DuplicateOptions.defaults();
        MetricNames metricNames = MetricNames.defaults();
        String base = null;
        boolean hideRoutine = false;
        String format = "json";
        String output = null;
        String workspace = null;
        List<String[]> sectionLinks = new ArrayList<>();
        boolean trustWorkspace = false;
        Map<String, String> optionFiles = new LinkedHashMap<>();
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
            } else if (arg.equals("--hide-routine")) {
                hideRoutine = true;
            } else if (arg.equals("--min-duplicate")) {
                duplicates = duplicates.withMinLength(wholeNumber(args, ++i, arg, DuplicateOptions.SMALLEST_MIN_LENGTH));
            } else if (arg.equals("--stock-phrases")) {
                optionFiles.put(value(args, ++i, arg), "the stock phrase list");
                duplicates = duplicates.withStockPhrases(stockPhrases(args.get(i)));
            } else if (arg.equals("--metrics")) {
                optionFiles.put(value(args, ++i, arg), "the metric names");
                metricNames = metricNames(args.get(i));
            } else if (arg.equals("--no-near")) {
                duplicates = duplicates.withNearRepeats(false);
            } else if (arg.equals("--format")) {
                format = choice(value(args, ++i, "--format"), "--format", "json", "html", "docx", "pdf");
            } else if (arg.equals("--link") || arg.equals("--unlink")) {
                sectionLinks.add(new String[] {arg, value(args, ++i, arg)});
            } else if (arg.equals("--workspace")) {
                workspace = value(args, ++i, arg);
            } else if (arg.equals("--trust-workspace")) {
                trustWorkspace = true;
            } else if (arg.equals("-o") || arg.equals("--output")) {
                output = value(args, ++i, arg);
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown option " + arg);
            } else {
                files.add(arg);
            }
        }
        Output target = Output.to(output).keep(workspace, "the workspace");
        optionFiles.forEach((file, what) -> target.keep(file, what));
        List<LoadProblem> refused = new ArrayList<>();
        Workspace saved = null;
        if (workspace != null) {
            try {
                saved = WorkspaceFile.load(Path.of(workspace));
            } catch (WorkspaceException e) {
                err.println("reportlens: " + e.getMessage());
                return USAGE_OR_NOTHING_READ;
            } catch (InvalidPathException e) {
                err.println("reportlens: " + workspace + " " + InvalidFileName.reason(e));
                return USAGE_OR_NOTHING_READ;
            }
            List<String> outside = trustWorkspace ? List.of() : WorkspaceFile.outsideFolder(Path.of(workspace), saved);
            // a report of the workspace named on the command line too is read once, as the user named it (it was
            // read twice, or refused as outside the workspace's folder while the user had named it: tour 12)
            List<Path> named = files.stream().map(Cli::absolute).filter(Objects::nonNull).toList();
            for (WorkspaceReport r : saved.reports()) {
                if (named.contains(absolute(r.path()))) {
                    continue;
                }
                if (outside.contains(r.path())) {
                    refused.add(new LoadProblem(r.path(), "lies outside the folder of the workspace " + workspace
                            + "; it is read only with --trust-workspace"));
                } else {
                    files.add(r.path());
                }
            }
            AnalysisOptions restored = SavedState.options(saved,
                    new AnalysisOptions(options, duplicates, metricNames, hideRoutine));
            options = restored.compare();
            duplicates = restored.duplicates();
            hideRoutine = hideRoutine || restored.hideRoutine(); // the flag given wins over a saved "false"
        }
        if (files.isEmpty() && refused.isEmpty()) {
            throw new UsageException("no report files given");
        }
        if (format.equals("docx") && output == null) {
            throw new UsageException("--format docx writes a Word file: name it with -o FILE");
        }
        if (format.equals("pdf") && output == null) {
            throw new UsageException("--format pdf writes a PDF file: name it with -o FILE");
        }
        Optional<ChineseFont> font = format.equals("pdf") ? ChineseFont.installed() : Optional.empty();
        if (format.equals("pdf") && font.isEmpty()) {
            err.println("reportlens: --format pdf needs a TrueType font with Chinese characters installed "
                    + "(for example Debian's fonts-wqy-zenhei; on Windows and macOS one comes with the system); none was found");
            return USAGE_OR_NOTHING_READ;
        }
        InputPaths.Expansion inputs = InputPaths.expand(files);
        inputs.files().forEach(f -> target.keep(f, "the report"));
        target.check();
        LoadResult result = new ReportLoader().load(inputs);
        if (saved != null) {
            List<WorkspaceReport> corrections = saved.reports();
            List<LoadProblem> problems = new ArrayList<>(refused);
            problems.addAll(result.problems());
            result = new LoadResult(result.reports().stream().map(r -> SavedState.corrected(r, corrections)).toList(),
                    problems);
        }
        reportProblems(result.problems(), err);
        if (result.reports().isEmpty()) {
            err.println("reportlens: none of the " + (files.size() + refused.size()) + " file(s) could be read");
            return USAGE_OR_NOTHING_READ;
        }
        options = withLinks(options, sectionLinks, result);
        options.links().problems(result.reports()).forEach(p -> err.println("reportlens: " + p));
        Analysis analysis;
        try {
            analysis = Analyzer.analyze(result.reports(),
                    new AnalysisOptions(withBase(options, base, result), duplicates, metricNames, hideRoutine));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (format.equals("docx")) {
            if (analysis.reports().size() != 2) {
                err.println("reportlens: --format docx compares exactly two reports; " + analysis.reports().size()
                        + " were read");
                return USAGE_OR_NOTHING_READ;
            }
            target.write(WordRedline.write(analysis, Instant.now()), out);
        } else if (format.equals("pdf")) {
            byte[] pdf;
            try {
                pdf = PdfExport.write(HtmlExport.write(result, analysis), font.get());
            } catch (IOException e) {
                err.println("reportlens: the PDF could not be made: " + e.getMessage());
                return USAGE_OR_NOTHING_READ;
            }
            target.write(pdf, out);
        } else {
            target.write(format.equals("html") ? HtmlExport.write(result, analysis)
                    : AnalysisJson.write(result, analysis), out);
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
            OutlineNode[] nodes = new OutlineNode[2];
            SectionRef a = section(c[0], sides[0].strip(), result, nodes, 0);
            SectionRef b = section(c[0], sides[1].strip(), result, nodes, 1);
            if (a.file().equals(b.file())) {
                throw new InputException(c[0] + " " + c[1] + " names two sections of one report; a link joins two reports");
            }
            boolean linked = c[0].equals("--link");
            if (linked && !SectionLink.pairable(nodes[0], nodes[1])) {
                throw new InputException(c[0] + " " + c[1] + ": a part that has sections pairs with a part, not with a "
                        + "section (only a part without sections may pair with a section)");
            }
            links = links.with(new SectionLink(a, b, linked));
        }
        return options.withLinks(links);
    }

    /** The part or section "rK:ID" of the loaded reports; its node goes to {@code nodes[at]}. */
    private static SectionRef section(String option, String given, LoadResult result, OutlineNode[] nodes, int at)
            throws UsageException {
        int colon = given.indexOf(':');
        if (colon < 0) {
            throw new UsageException(option + " needs a section as rK:ID (a report id and an outline node id), not '"
                    + given + "'");
        }
        String id = given.substring(0, colon).strip();
        String node = given.substring(colon + 1).strip();
        Report report = result.reports().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() ->
                new InputException(option + " " + given + ": " + id + " is not one of the loaded reports "
                        + result.reports().stream().map(Report::id).toList()));
        OutlineNode found = nodeOf(report.outline(), node);
        if (found == null) {
            throw new InputException(option + " " + given + ": " + report.file() + " has no part or section '" + node
                    + "' (ids are in the outline of the JSON)");
        }
        if (!SectionLink.aligned(found)) {
            throw new InputException(option + " " + given + ": '" + node + "' of " + report.file() + " is "
                    + (found.lead() ? "a topic lead" : "an item") + ", not a part or section; only parts and sections are aligned");
        }
        nodes[at] = found;
        return SectionRef.of(report, found);
    }

    /** The node of any level with this id, or null. */
    private static OutlineNode nodeOf(List<OutlineNode> nodes, String id) {
        for (OutlineNode n : nodes) {
            OutlineNode found = n.id().equals(id) ? n : nodeOf(n.children(), id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** "--base r2" names a report by id; the comparer wants its index in year order. */
    private static CompareOptions withBase(CompareOptions options, String base, LoadResult result) throws UsageException {
        if (base == null) {
            return options;
        }
        List<String> order = Comparer.byYear(result.reports()).stream().map(r -> r.id()).toList();
        int index = order.indexOf(base);
        if (index < 0) {
            throw new InputException("--base " + base + " is not one of the loaded reports " + order);
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
            throw new InputException("cannot read the stock phrase list " + problem(file, e));
        }
    }

    /** The path the user named for {@code what} ("--out"), or one line saying why the system cannot take it. */
    static Path path(String name, String what) throws InputException {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new InputException(what + " " + name + " " + InvalidFileName.reason(e));
        }
    }

    static MetricNames metricNames(String file) throws UsageException {
        try {
            return MetricNames.defaults().with(Path.of(file));
        } catch (IOException | InvalidPathException e) {
            throw new InputException("cannot read the metric names " + problem(file, e));
        }
    }

    /** "FILE: reason", whether the reason came with the file's name or without it. */
    private static String problem(String file, Exception e) {
        if (e instanceof FileReadException) {
            return e.getMessage();
        }
        // callers catch IOException | InvalidPathException
        return file + ": " + (e instanceof IOException io ? InputFile.describe(Path.of(file), io)
                : InvalidFileName.reason((InvalidPathException) e));
    }

    /** One line per problem; with {@code --debug}, the stack trace of an unexpected one after it. */
    static void reportProblems(List<LoadProblem> problems, PrintStream err) {
        for (LoadProblem p : problems) {
            err.println("reportlens: " + p.message());
            if (p.cause() != null && err instanceof DebugStream) {
                p.cause().printStackTrace(err);
            }
        }
    }

    /** Whether this run was asked for {@code --debug} (a command run again elsewhere passes it on). */
    static boolean debugging(PrintStream err) {
        return err instanceof DebugStream;
    }

    static String value(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(index);
    }

    /** The value of {@code option} if it is one of {@code allowed}; else a usage error naming them. */
    static String choice(String value, String option, String... allowed) throws UsageException {
        if (!List.of(allowed).contains(value)) {
            throw new UsageException("unknown " + option.substring(2) + " '" + value + "' (supported: "
                    + String.join(", ", allowed) + ")");
        }
        return value;
    }

    /** stderr when the user asked for {@code --debug}: problems then print the stack traces behind them. */
    private static final class DebugStream extends PrintStream {
        DebugStream(PrintStream err) {
            // the bytes pass through to err as they are: UTF-8, as every message of the command line
            super(err, true, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }

        /** Whether the usage text helps: it does for a command written wrong, not for a name it does not know. */
        boolean showsUsage() {
            return true;
        }
    }

    /** Well-formed arguments that name what is not there (a report, a section): the message alone says it. */
    static final class InputException extends UsageException {
        InputException(String message) {
            super(message);
        }

        @Override
        boolean showsUsage() {
            return false;
        }
    }

    /** The path made absolute and normalized, to tell one file named twice; null for a name no path can be. */
    private static Path absolute(String name) {
        try {
            return Path.of(name).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
