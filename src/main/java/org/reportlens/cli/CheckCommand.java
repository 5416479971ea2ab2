package org.reportlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.check.DraftCheck;
import org.reportlens.core.check.Finding;
import org.reportlens.core.compare.Cancellation;
import org.reportlens.core.compare.CompareOptions;
import org.reportlens.core.export.AnalysisJson;
import org.reportlens.core.export.OutputException;
import org.reportlens.core.export.OutputFile;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.core.targets.MetricNames;
import org.reportlens.core.text.OneLine;

/**
 * {@code check DRAFT --against LAST [--format json|text] [-o FILE] [--metrics FILE]}: the draft
 * check ({@link DraftCheck}). Exit 0 when nothing is found, {@value #FOUND} when something is, 2 on
 * bad usage or when either report cannot be read (both are needed). JSON (the default) is
 * {@code {"findings": [{kind, start, end, text, expected, message, evidence: {report, start, end}}]}}
 * with offsets in each report's original text, the reports' ids named in {@code reports}; text is one
 * line per finding, {@code FILE:LINE:COLUMN: kind: message: «text»}, for an editor's eye or grep.
 */
final class CheckCommand {
    static final int FOUND = 3;
    private static final int SHOWN_CHARS = 60;

    private CheckCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException, OutputException {
        String format = "json";
        String output = null;
        String against = null;
        MetricNames names = MetricNames.defaults();
        String metricsFile = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--against" -> against = Cli.value(args, ++i, arg);
                case "--format" -> format = Cli.choice(Cli.value(args, ++i, arg), arg, "json", "text");
                case "-o", "--output" -> output = Cli.value(args, ++i, arg);
                case "--metrics" -> {
                    metricsFile = Cli.value(args, ++i, arg);
                    names = Cli.metricNames(metricsFile);
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new Cli.UsageException("unknown option " + arg);
                    }
                    files.add(arg);
                }
            }
        }
        if (files.size() != 1 || against == null) {
            throw new Cli.UsageException("check needs one draft and --against the previous report");
        }
        if (sameFile(files.get(0), against)) {
            throw new Cli.UsageException("the draft and --against name the same file (" + against
                    + "): check compares this year's draft with last year's report");
        }
        Output target = Output.to(output).keep(files.get(0), "the draft").keep(against, "the previous report")
                .keep(metricsFile, "the metric names");
        target.check();
        LoadResult result = new ReportLoader().loadNamed(List.of(files.get(0), against));
        Cli.reportProblems(result.problems(), err);
        if (result.reports().size() != 2) {
            err.println("reportlens: check needs both the draft and the previous report; "
                    + (2 - result.reports().size()) + " could not be read");
            return Cli.USAGE_OR_NOTHING_READ;
        }
        Report draft = result.reports().get(0);
        Report last = result.reports().get(1);
        Integer draftYear = draft.metadata().year();
        Integer lastYear = last.metadata().year();
        if (draftYear != null && lastYear != null && draftYear <= lastYear) {
            // checked anyway: the years may be read wrong; but stale years and carried figures mean
            // little the wrong way round, so say it before the findings
            err.println("reportlens: the draft " + draft.file() + " is of " + draftYear + (draftYear.equals(lastYear)
                    ? ", the same year as " + against + ": is one of them another year's?"
                    : ", not after " + against + " (" + lastYear + "): are the two the wrong way round?"));
        }
        List<Finding> findings = DraftCheck.check(draft, last, CompareOptions.DEFAULTS, names, Cancellation.NEVER);
        target.write(format.equals("json") ? json(draft, last, findings) : text(draft, last, findings), out);
        return findings.isEmpty() ? Cli.OK : FOUND;
    }

    /** By file identity (a link or another spelling of the path is the same file); false when either cannot be read. */
    private static boolean sameFile(String a, String b) {
        try {
            return OutputFile.same(Path.of(a), Path.of(b));
        } catch (InvalidPathException e) {
            return false; // the loader says what is wrong with it
        }
    }

    private static String json(Report draft, Report last, List<Finding> findings) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("schemaVersion", AnalysisJson.SCHEMA_VERSION);
        ObjectNode reports = root.putObject("reports");
        reports.put(draft.id(), draft.file());
        reports.put(last.id(), last.file());
        root.put("draft", draft.id());
        root.put("against", last.id());
        AnalysisJson.findings(root.putArray("findings"), findings);
        return root.toPrettyString() + System.lineSeparator();
    }

    private static String text(Report draft, Report last, List<Finding> findings) {
        StringBuilder s = new StringBuilder();
        for (Finding f : findings) {
            s.append(place(draft, f.start())).append(": ").append(f.kind().id()).append(": ").append(f.message())
                    .append(": «").append(OneLine.of(f.found(), SHOWN_CHARS)).append('»');
            if (f.expected() != null) {
                s.append(" (expected ").append(f.expected()).append(')');
            }
            Report in = f.evidence().report().equals(last.id()) ? last : draft;
            s.append(" — see ").append(place(in, f.evidence().start())).append(System.lineSeparator());
        }
        return s.toString();
    }

    /** FILE:LINE:COLUMN of an offset, counted from 1. */
    private static String place(Report r, int offset) {
        String text = r.original();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return r.file() + ":" + line + ":" + (offset - lineStart + 1);
    }
}
