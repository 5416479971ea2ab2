package org.reportlens.core.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.load.InputPaths;
import org.reportlens.core.load.ReportFileReader;
import org.reportlens.core.load.ReportLoadException;

/**
 * Loads several report files; a file that cannot be read becomes a {@link LoadProblem} and the
 * others load all the same. Report ids follow the order of the files that loaded: r1, r2, …
 */
public final class ReportLoader {
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
        InputPaths.Expansion inputs = InputPaths.expand(names);
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
                DecodedText decoded = reader.read(Path.of(file));
                reports.add(ReportAnalyzer.analyze("r" + (reports.size() + 1), file, decoded));
            } catch (ReportLoadException e) {
                problems.add(new LoadProblem(file, e.problem()));
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(new LoadProblem(file, "is not a valid file name"));
            }
        }
        return new LoadResult(reports, problems);
    }
}
