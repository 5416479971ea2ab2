package org.reportlens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.reportlens.core.export.AnalysisJson;
import org.reportlens.core.export.TargetTableCsv;
import org.reportlens.core.report.LoadResult;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.core.targets.MetricNames;
import org.reportlens.core.targets.TargetAnalysis;

/**
 * {@code targets [--format csv|json] [--metrics FILE] FILE...}: the table of main targets alone.
 * CSV (the default) is UTF-8 with a byte order mark, for Excel; JSON has {@code targetTable} and
 * the {@code targets} it was built from, as in {@code analyze}.
 */
final class TargetsCommand {
    private TargetsCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        String format = "csv";
        MetricNames names = MetricNames.defaults();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--format" -> format = Cli.choice(Cli.value(args, ++i, arg), arg, "csv", "json");
                case "--metrics" -> names = Cli.metricNames(Cli.value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new Cli.UsageException("unknown option " + arg);
                    }
                    files.add(arg);
                }
            }
        }
        if (files.isEmpty()) {
            throw new Cli.UsageException("no report files given");
        }
        LoadResult result = new ReportLoader().loadNamed(files);
        Cli.reportProblems(result.problems(), err);
        if (result.reports().isEmpty()) {
            err.println("reportlens: none of the " + files.size() + " file(s) could be read");
            return Cli.USAGE_OR_NOTHING_READ;
        }
        TargetAnalysis targets = TargetAnalysis.of(result.reports(), names);
        if (format.equals("csv")) {
            byte[] csv = TargetTableCsv.write(targets.table()).getBytes(StandardCharsets.UTF_8);
            out.write(csv, 0, csv.length);
        } else {
            ObjectNode root = new ObjectMapper().createObjectNode();
            root.put("schemaVersion", AnalysisJson.SCHEMA_VERSION);
            AnalysisJson.targets(root, targets);
            out.print(root.toPrettyString() + System.lineSeparator());
        }
        out.flush();
        return result.problems().isEmpty() ? Cli.OK : Cli.SOME_UNREADABLE;
    }
}
