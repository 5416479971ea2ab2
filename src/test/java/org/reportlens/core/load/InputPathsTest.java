package org.reportlens.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPathsTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "2024年政府工作报告\n");
    }

    private List<String> relative(List<String> files) {
        return files.stream().map(f -> dir.relativize(Path.of(f)).toString()).toList();
    }

    @Test
    void aFolderStandsForTheReportsInItAndItsSubfoldersInPathOrder() throws Exception {
        file("2024.txt");
        file("2022.docx");
        file("城市/大连/2026.pdf");
        file("城市/大连/notes.md");
        file("城市/页面.html");
        file(".hidden.txt");
        file(".git/old.txt");
        InputPaths.Expansion e = InputPaths.expand(List.of(dir.toString()));
        assertThat(relative(e.files())).containsExactly("2022.docx", "2024.txt", "城市/大连/2026.pdf", "城市/页面.html");
        assertThat(e.skipped()).isEmpty();
    }

    @Test
    void aFileNamedIsKeptAsItIsAndOnlyOnceWhenAFolderHasItToo() throws Exception {
        Path report = file("a/2024.txt");
        Path notes = file("notes.md");
        InputPaths.Expansion e = InputPaths.expand(List.of(report.toString(), notes.toString(), dir.resolve("a").toString(),
                dir.resolve("missing.txt").toString()));
        // a file named is always read (its reader says what is wrong with it); a folder adds only what is new
        assertThat(relative(e.files())).containsExactly("a/2024.txt", "notes.md", "missing.txt");
    }

    @Test
    void aSubfolderThatCannotBeListedIsSkippedWithOneMessageAndTheRestGoesOn() throws Exception {
        file("good/2024.txt");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        file("locked/2022.txt");
        file("z.txt");
        InputPaths.Expansion e = InputPaths.expand(List.of(dir.toString()), folder -> {
            if (folder.equals(locked)) {
                throw new AccessDeniedException(folder.toString());
            }
            try (var entries = Files.list(folder)) {
                return entries.toList();
            }
        });
        assertThat(relative(e.files())).containsExactly("good/2024.txt", "z.txt");
        assertThat(e.skipped()).containsExactly(new InputPaths.Skipped(locked.toString(),
                "cannot be listed (permission denied); its reports are skipped"));
        assertThat(e.skipped().get(0).message()).startsWith(locked + ": cannot be listed");
    }

    @Test
    void aFolderWithoutReportsSaysSo() throws Exception {
        Files.createDirectories(dir.resolve("empty/inner"));
        file("other/readme.md");
        InputPaths.Expansion e = InputPaths.expand(List.of(dir.resolve("empty").toString(), dir.resolve("other").toString()));
        assertThat(e.files()).isEmpty();
        assertThat(e.skipped()).extracting(InputPaths.Skipped::path)
                .containsExactly(dir.resolve("empty").toString(), dir.resolve("other").toString());
        assertThat(e.skipped().get(0).reason()).startsWith("is a folder with no report files in it (*.txt");
    }

    @Test
    void aLinkToAFolderIsNotFollowedSoALoopEnds() throws Exception {
        file("a/2024.txt");
        Files.createSymbolicLink(dir.resolve("a/loop"), dir);
        InputPaths.Expansion e = InputPaths.expand(List.of(dir.toString()));
        assertThat(relative(e.files())).containsExactly("a/2024.txt");
    }
}
