package org.reportlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.Launcher;
import org.reportlens.testing.PdfBytes;
import org.reportlens.testing.Seeds;

/**
 * The program as a user runs it, in a JVM of its own (the libraries read their logging settings
 * once, at their first use): stdout carries only the requested output, stderr one line per problem
 * and no stack trace unless {@code --debug} asks for it.
 */
class CleanStreamsTest {
    @TempDir
    Path dir;

    private record Run(int code, String stdout, String stderr) {
    }

    private Run launch(File stdout, String... args) throws Exception {
        return launch(stdout, Map.of(), args);
    }

    private Run launch(File stdout, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout != null ? stdout : out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), stdout != null ? "" : Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A PDF whose cross-reference table points nowhere: PDFBox repairs it, logging stack traces as it goes. */
    private Path damagedPdf() throws Exception {
        byte[] pdf = PdfBytes.oneLineAPage(IntStream.rangeClosed(1, 3).mapToObj(i -> "Line " + i).toList());
        String text = new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("(?m)^00000\\d{5} 00000 n", "0000000001 00000 n");
        return Files.write(dir.resolve("damaged.pdf"), text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void stdoutCarriesOnlyTheJsonAndStderrOnlyOneLinePerProblem() throws Exception {
        Path scanned = Files.write(dir.resolve("scanned.pdf"),
                PdfBytes.oneLineAPage(List.of("")));
        Run run = launch(null, "analyze", damagedPdf().toString(), scanned.toString(), Seeds.DALIAN_2022.toString());
        assertThat(new ObjectMapper().readTree(run.stdout()).get("reports")).isNotEmpty();
        assertThat(run.stdout()).startsWith("{").doesNotContain("Log4j", "ERROR", "WARN");
        assertThat(run.stderr().lines()).isNotEmpty().allMatch(l -> l.startsWith("reportlens: "));
        assertThat(run.stderr()).doesNotContain("Log4j", "\tat ", "Exception", "WARN");
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void aFullDiskOnStdoutIsAMessageWithTheReasonAndExitTwo() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "needs /dev/full");
        Run run = launch(full, "analyze", Seeds.DALIAN_2022.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.stderr()).isEqualTo("reportlens: cannot write to standard output (No space left on device)"
                + System.lineSeparator());
    }

    @Test
    void debugSendsTheLibrariesLoggingToStderrNeverToStdout() throws Exception {
        Run run = launch(null, "--debug", "analyze", damagedPdf().toString(), Seeds.DALIAN_2022.toString());
        assertThat(new ObjectMapper().readTree(run.stdout()).get("reports")).isNotEmpty();
        // PDFBox warns about what it worked around, on stderr
        assertThat(run.stderr()).contains("WARN ", "reportlens: ");
        assertThat(run.stdout()).doesNotContain("WARN", "ERROR");
    }

    @Test
    void underALocaleThatCannotWriteChineseFileNamesEveryCommandSaysWhyAndWhatHelps() throws Exception {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "the JVM takes its file-name encoding from LC_ALL");
        Map<String, String> ascii = Map.of("LC_ALL", "C", "LANG", "C");
        String why = "cannot be written in this system's file-name encoding";
        String seed = Seeds.DALIAN_2022.toString();
        for (String[] args : List.of(new String[] {"analyze", "-o", dir.resolve("对照.json").toString(), seed},
                new String[] {"analyze", "--workspace", dir.resolve("工作区.rlw").toString(), seed},
                new String[] {"corpus-check", dir.resolve("报告").toString()},
                new String[] {"corpus-check", "--manifest", dir.resolve("清单.json").toString(), dir.toString()},
                new String[] {"analyze", "--stock-phrases", dir.resolve("套话.txt").toString(), seed},
                new String[] {"bench", dir.resolve("报告.txt").toString()},
                new String[] {"make-corpus", "--out", dir.resolve("语料").toString(), seed})) {
            Run run = launch(null, ascii, args);
            assertThat(run.stderr().lines()).as(String.join(" ", args)).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("reportlens: ").contains(why, "LANG=C.UTF-8"));
            assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.stdout()).isEmpty();
        }
    }
}
