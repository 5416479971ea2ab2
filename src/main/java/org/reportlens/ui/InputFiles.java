package org.reportlens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.reportlens.core.load.ReportFileTypes;

/** What the viewer opens: the files named, with a directory standing for the reports inside it. */
final class InputFiles {
    static final String DEFAULT_DIRECTORY = "seeds";

    private InputFiles() {
    }

    static List<String> defaultInputs() {
        return Files.isDirectory(Path.of(DEFAULT_DIRECTORY)) ? List.of(DEFAULT_DIRECTORY) : List.of();
    }

    /** Each directory replaced by its report files (text, Word, web pages, PDF) in name order; other names kept as they are. */
    static List<String> expand(List<String> names) {
        List<String> files = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (!Files.isDirectory(path)) {
                files.add(name);
                continue;
            }
            try (Stream<Path> children = Files.list(path)) {
                children.filter(p -> ReportFileTypes.isReport(p.getFileName().toString()))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .forEach(p -> files.add(p.toString()));
            } catch (IOException e) {
                files.add(name);
            }
        }
        return files;
    }
}
