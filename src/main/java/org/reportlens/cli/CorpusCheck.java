package org.reportlens.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.reportlens.core.corpus.CorpusScore;
import org.reportlens.core.corpus.Figure;
import org.reportlens.core.corpus.Manifest;
import org.reportlens.core.corpus.Reading;
import org.reportlens.core.corpus.TargetAgreement;
import org.reportlens.core.load.ReportFileReader;
import org.reportlens.core.load.ReportFileTypes;
import org.reportlens.core.load.ReportLoadException;
import org.reportlens.core.report.InvalidFileName;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.core.targets.MetricNames;
import org.reportlens.core.targets.TargetExtractor;

/**
 * {@code corpus-check [--manifest FILE]... [--no-file-names] [--misses N] [--metrics FILE] DIR}:
 * reads every report in a folder and prints how well it was read — the share of reports with the
 * right government, year and plan year, with review and plan parts, with at least three main
 * targets, and the main targets' F1 — then the files that miss. A manifest (by default
 * {@code DIR/manifest.json}) says what is right and which files make the corpus; without one every
 * report file under DIR is read and the figures count what was found.
 */
final class CorpusCheck {
    static final String MANIFEST = "manifest.json";

    private CorpusCheck() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Cli.UsageException {
        List<String> manifests = new ArrayList<>();
        boolean fileNames = true;
        int shown = Integer.MAX_VALUE;
        MetricNames names = MetricNames.defaults();
        String dir = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--manifest" -> manifests.add(Cli.value(args, ++i, arg));
                case "--no-file-names" -> fileNames = false;
                case "--misses" -> shown = Cli.wholeNumber(args, ++i, arg, 0);
                case "--metrics" -> names = Cli.metricNames(Cli.value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--")) {
                        throw new Cli.UsageException("unknown option " + arg);
                    }
                    if (dir != null) {
                        throw new Cli.UsageException("one folder at a time: " + dir + " and " + arg);
                    }
                    dir = arg;
                }
            }
        }
        if (dir == null) {
            throw new Cli.UsageException("no folder given");
        }
        Path root;
        try {
            root = Path.of(dir);
        } catch (InvalidPathException e) {
            throw new Cli.InputException(dir + " " + InvalidFileName.reason(e));
        }
        if (!Files.isDirectory(root)) {
            err.println("reportlens: " + dir + " is not a folder");
            return Cli.USAGE_OR_NOTHING_READ;
        }
        if (manifests.isEmpty() && Files.isRegularFile(root.resolve(MANIFEST))) {
            manifests.add(root.resolve(MANIFEST).toString());
        }
        Manifest manifest = Manifest.EMPTY;
        for (String m : manifests) {
            try {
                manifest = manifest.with(Manifest.read(Path.of(m)));
            } catch (IOException e) {
                err.println("reportlens: cannot read the manifest " + m + ": " + e.getMessage());
                return Cli.USAGE_OR_NOTHING_READ;
            } catch (InvalidPathException e) {
                err.println("reportlens: " + m + " " + InvalidFileName.reason(e));
                return Cli.USAGE_OR_NOTHING_READ;
            }
        }
        List<String> files;
        try {
            files = manifest.isEmpty() ? reportFiles(root) : manifest.files();
        } catch (IOException | UncheckedIOException e) {
            err.println("reportlens: cannot list " + dir + ": " + e.getMessage());
            return Cli.USAGE_OR_NOTHING_READ;
        }
        List<String> problems = new ArrayList<>();
        List<Reading> readings = read(root, files, fileNames, names, problems);
        problems.forEach(p -> err.println("reportlens: " + p));
        if (readings.isEmpty()) {
            err.println("reportlens: none of the " + files.size() + " file(s) in " + dir + " could be read");
            return Cli.USAGE_OR_NOTHING_READ;
        }
        CorpusScore score = CorpusScore.score(readings, manifest, names);
        print(out, dir, readings.size(), problems.size(), manifests, fileNames, score, shown);
        out.flush();
        return problems.isEmpty() ? Cli.OK : Cli.SOME_UNREADABLE;
    }

    /** Report files under {@code root}, relative to it with {@code /} separators, in name order. */
    private static List<String> reportFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> ReportFileTypes.isReport(p.getFileName().toString()))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static List<Reading> read(Path root, List<String> files, boolean fileNames, MetricNames names,
                                      List<String> problems) {
        ReportFileReader reader = new ReportFileReader();
        TargetExtractor extractor = new TargetExtractor(names);
        Reading[] readings = new Reading[files.size()];
        String[] failed = new String[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            String file = files.get(i);
            try {
                Path path = root.resolve(file);
                // without file names, metadata comes from the text alone, as for files all named report.txt
                String shownName = fileNames ? path.toString() : "report.txt";
                Report report = ReportAnalyzer.analyze("r" + (i + 1), shownName, reader.read(path));
                readings[i] = Reading.of(file, report, extractor.extract(report));
            } catch (ReportLoadException e) {
                failed[i] = e.getMessage();
            } catch (InvalidPathException e) {
                failed[i] = file + " " + InvalidFileName.reason(e);
            }
        });
        List<Reading> read = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (readings[i] != null) {
                read.add(readings[i]);
            } else {
                problems.add(failed[i]);
            }
        }
        return read;
    }

    private static void print(PrintStream out, String dir, int read, int unreadable, List<String> manifests,
                              boolean fileNames, CorpusScore score, int shown) {
        out.printf(Locale.ROOT, "corpus-check of %s: %d report(s) read, %d could not be%n", dir, read, unreadable);
        out.println(manifests.isEmpty() ? "no manifest: the figures count what was found, not what is right"
                : "scored against " + String.join(", ", manifests));
        if (!fileNames) {
            out.println("file names not used: metadata from the text alone");
        }
        out.println();
        for (Figure f : score.figures()) {
            out.printf(Locale.ROOT, "%6.1f%%  %4d/%-4d  %s%n", 100 * f.share(), f.hits(), f.total(), f.label());
        }
        TargetAgreement t = score.targets();
        if (t.reports() > 0) {
            out.printf(Locale.ROOT, "  F1 %.3f  main targets of %d annotated report(s): precision %.3f, recall %.3f "
                            + "(%d right, %d in excess, %d missed)%n", t.f1(), t.reports(), t.precision(), t.recall(),
                    t.truePositives(), t.falsePositives(), t.falseNegatives());
        }
        for (Figure f : score.figures()) {
            printMisses(out, f.label(), f.misses(), shown);
        }
        printMisses(out, "main targets (+ found in excess, - missed)", t.misses(), shown);
    }

    private static void printMisses(PrintStream out, String label, List<Figure.Miss> misses, int shown) {
        if (misses.isEmpty() || shown == 0) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "misses: %s (%d)%n", label, misses.size());
        misses.stream().limit(shown).forEach(m -> out.printf(Locale.ROOT, "  %s  found %s, expected %s%n",
                m.file(), m.found(), m.expected()));
        if (misses.size() > shown) {
            out.printf(Locale.ROOT, "  … and %d more%n", misses.size() - shown);
        }
    }
}
