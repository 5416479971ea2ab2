package org.reportlens.core.report;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.load.InputPaths;
import org.reportlens.core.load.ReportFileReader;
import org.reportlens.core.load.ReportLoadException;

/**
 * Loads report files, each in its own guard: a file that cannot be read — refused by the reader,
 * crashing a parser (a stack overflow included), or taking longer than the time limit — becomes a
 * {@link LoadProblem} ("FILE: cannot be read (reason)") and the others load all the same. Report
 * ids follow the order of the files that loaded: r1, r2, … The command line and the viewer both
 * load through here, so both get the guard.
 */
public final class ReportLoader {
    /**
     * The reader's own limit counts its processor time; past it, a file gets this much more for its
     * normalizing and outline before it is given up.
     */
    private static final Duration GRACE = Duration.ofSeconds(5);
    /** A file that computes nothing but still does not finish is given up after this, on the clock. */
    private static final Duration STALLED = Duration.ofSeconds(60);
    private final ReportFileReader reader;

    public ReportLoader() {
        this(new ReportFileReader());
    }

    public ReportLoader(ReportFileReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader must not be null");
    }

    /**
     * Loads the files and folders a user named, expanded the one way the viewer and every command
     * share ({@link InputPaths}); a folder that cannot be used is a problem like a file that cannot
     * be read, and comes first.
     */
    public LoadResult loadNamed(List<String> names) {
        return load(InputPaths.expand(names));
    }

    /** The files of an expansion, with each path it skipped as a problem first. */
    public LoadResult load(InputPaths.Expansion inputs) {
        LoadResult loaded = load(inputs.files());
        List<LoadProblem> problems = new ArrayList<>();
        inputs.skipped().forEach(s -> problems.add(new LoadProblem(s.path(), s.reason())));
        problems.addAll(loaded.problems());
        return new LoadResult(loaded.reports(), problems);
    }

    public LoadResult load(List<String> files) {
        List<Report> reports = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (String file : files) {
            try {
                reports.add(loadOne("r" + (reports.size() + 1), file));
            } catch (ReportLoadException e) {
                problems.add(new LoadProblem(file, e.problem(), e.getCause()));
            }
        }
        return new LoadResult(reports, problems);
    }

    /**
     * One file, read and analysed in its guard.
     *
     * @throws ReportLoadException whatever went wrong, with the reason for the user; its cause is
     *                             the unexpected error behind it, if any
     */
    public Report loadOne(String id, String file) throws ReportLoadException {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(file, "file must not be null");
        try {
            return FileGuard.run(() -> {
                DecodedText decoded = reader.read(Path.of(file));
                return ReportAnalyzer.analyze(id, file, decoded);
            }, reader.limits().timePerFile().plus(GRACE), STALLED);
        } catch (FileGuard.Failure f) {
            ReportLoadException e = new ReportLoadException(file, f.problem());
            if (f.unexpected() != null) {
                e.initCause(f.unexpected());
            }
            throw e;
        }
    }
}
