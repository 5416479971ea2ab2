package org.reportlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.testing.HostileFixtures;
import org.reportlens.testing.Seeds;

/**
 * The command line against hostile use (issue 16): {@code -o} never writes over what the run reads
 * or what the user keeps; a write error, stdout included, is a message and a non-zero exit; files
 * given to options are refused at once when they are not regular files.
 */
class HostileCommandLineTest {
    private static final Duration HANG = Duration.ofSeconds(60);
    @TempDir
    Path dir;
    private Path report;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copyASeed() throws IOException {
        report = Files.copy(Seeds.DALIAN_2022, dir.resolve("r.txt"));
    }

    private int run(String... args) {
        return assertTimeoutPreemptively(HANG, () -> Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String refusal(Path output, String what) {
        return "reportlens: cannot write " + output + ": it is the same file as " + what
                + ", which this run reads; it is not written over (choose another output file)";
    }

    @Test
    void theOutputIsNeverAnInputWhateverItIsCalled() throws Exception {
        byte[] before = Files.readAllBytes(report);
        Path symlink = Files.createSymbolicLink(dir.resolve("link.txt"), report);
        Path hardLink = Files.createLink(dir.resolve("hard.txt"), report);
        Files.createDirectory(dir.resolve("sub"));
        for (Path output : List.of(report, dir.resolve("./r.txt"), dir.resolve("sub/../r.txt"), symlink, hardLink)) {
            err.reset();
            assertThat(run("analyze", report.toString(), "-o", output.toString())).as(output.toString()).isEqualTo(2);
            assertThat(stderr()).isEqualTo(refusal(output, "the report " + report) + System.lineSeparator());
        }
        assertThat(Files.readAllBytes(report)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(symlink)).isTrue();
    }

    @Test
    void theOutputIsNeverTheWorkspaceNorAFileGivenToAnOption() throws Exception {
        Path workspace = Files.writeString(dir.resolve("w.rlw"), "{\"schemaVersion\": 1, \"reports\": [{\"path\": \"r.txt\"}],"
                + " \"notes\": [{\"anchor\": {\"report\": \"r.txt\", \"start\": 0, \"end\": 2, \"quote\": \"大连\"},"
                + " \"text\": \"要紧的意见\", \"reviewed\": false}]}");
        Path stock = Files.writeString(dir.resolve("stock.txt"), "坚持稳中求进工作总基调\n");
        Path metrics = Files.writeString(dir.resolve("metrics.json"), "{\"metrics\": []}");
        String workspaceBefore = Files.readString(workspace);
        assertThat(run("analyze", "--workspace", workspace.toString(), "-o", workspace.toString())).isEqualTo(2);
        assertThat(stderr()).contains(refusal(workspace, "the workspace " + workspace));
        assertThat(run("analyze", "--stock-phrases", stock.toString(), report.toString(), "-o", stock.toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains(refusal(stock, "the stock phrase list " + stock));
        assertThat(run("analyze", "--metrics", metrics.toString(), report.toString(), "-o", metrics.toString()))
                .isEqualTo(2);
        assertThat(stderr()).contains(refusal(metrics, "the metric names " + metrics));
        assertThat(Files.readString(workspace)).isEqualTo(workspaceBefore);
        assertThat(Files.exists(dir.resolve("w.rlw.bak"))).isFalse();
        assertThat(Files.readString(stock)).isEqualTo("坚持稳中求进工作总基调\n");
    }

    @Test
    void aReadOnlyFileOrAFolderIsNotWrittenOver() throws Exception {
        Path kept = Files.writeString(dir.resolve("kept.json"), "mine");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(run("analyze", report.toString(), "-o", kept.toString())).isEqualTo(2);
        assertThat(stderr()).contains("reportlens: cannot write " + kept + ": it is read-only; it is not written over");
        assertThat(Files.readString(kept)).isEqualTo("mine");
        assertThat(run("analyze", report.toString(), "-o", dir.toString())).isEqualTo(2);
        assertThat(stderr()).contains("reportlens: cannot write " + dir + ": it is a directory; name a file to write to");
    }

    @Test
    void anExistingOutputIsReplacedKeepingItsPermissionsAndANewOneGetsTheUsualOnes() throws Exception {
        Path old = Files.writeString(dir.resolve("old.json"), "an older analysis");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(run("analyze", report.toString(), "-o", old.toString())).isZero();
        assertThat(new ObjectMapper().readTree(old.toFile()).get("reports")).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old))).isEqualTo("rw-r-----");
        Path usual = Files.createFile(dir.resolve("usual.txt")); // created with the umask, as any new file
        Path created = dir.resolve("new.json");
        assertThat(run("analyze", report.toString(), "-o", created.toString())).isZero();
        assertThat(Files.getPosixFilePermissions(created)).isEqualTo(Files.getPosixFilePermissions(usual));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".reportlens-"));
        }
    }

    @Test
    void aSymbolicLinkStaysALinkAndADeviceIsWrittenAsAStream() throws Exception {
        Path target = Files.writeString(dir.resolve("target.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), target.getFileName());
        assertThat(run("analyze", report.toString(), "-o", link.toString())).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).startsWith("{");
        assumeTrue(Files.exists(Path.of("/dev/null")));
        assertThat(run("analyze", report.toString(), "-o", "/dev/null")).isZero();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void anOutputIntoAMissingFolderSaysWhichFolder() {
        Path output = dir.resolve("missing/dir/x.json");
        assertThat(run("analyze", report.toString(), "-o", output.toString())).isEqualTo(2);
        assertThat(stderr()).isEqualTo("reportlens: cannot write " + output + ": the folder " + dir.resolve("missing/dir")
                + " does not exist" + System.lineSeparator());
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreSweptAndALiveOnesKept() throws Exception {
        Path output = dir.resolve("out.json");
        Path stale = Files.writeString(dir.resolve(".out.json.reportlens-2147483646-1a2b.tmp"), "half");
        Path live = Files.writeString(dir.resolve(".out.json.reportlens-" + ProcessHandle.current().pid() + "-3c.tmp"),
                "being written");
        assertThat(run("analyze", report.toString(), "-o", output.toString())).isZero();
        assertThat(Files.exists(stale)).isFalse();
        assertThat(Files.exists(live)).isTrue();
    }

    /** Every write to it fails, as stdout does on a full disk ({@code > /dev/full}). */
    private static PrintStream fullDisk() {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
    }

    @Test
    void aFailedWriteToStdoutIsAMessageAndExitTwoForEveryCommand() throws Exception {
        Path twice = Files.copy(Seeds.GAOXIN_2024, dir.resolve("g.txt"));
        for (String[] args : List.of(new String[] {"analyze", report.toString()},
                new String[] {"analyze", "--format", "html", report.toString()},
                new String[] {"targets", report.toString()},
                new String[] {"targets", "--format", "json", report.toString()},
                new String[] {"dups", twice.toString()},
                new String[] {"help"})) {
            err.reset();
            int code = assertTimeoutPreemptively(HANG, () -> Cli.run(args, fullDisk(),
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertThat(code).as(String.join(" ", args)).isEqualTo(2);
            assertThat(stderr()).as(String.join(" ", args)).endsWith("reportlens: cannot write to standard output"
                    + System.lineSeparator());
        }
    }

    @Test
    void filesGivenToOptionsMustBeRegularFilesAndAreRefusedAtOnce() throws Exception {
        Path pipe = org.reportlens.core.load.HostileFilesTestAccess.fifo(dir.resolve("pipe"));
        for (String option : List.of("--stock-phrases", "--metrics")) {
            err.reset();
            assertThat(run("analyze", option, pipe.toString(), report.toString())).isEqualTo(2);
            assertThat(stderr()).contains(pipe + ": is a named pipe (FIFO), not a file");
            err.reset();
            assertThat(run("analyze", option, "/dev/zero", report.toString())).isEqualTo(2);
            assertThat(stderr()).contains("/dev/zero: is a device, not a file");
            err.reset();
            Path missing = dir.resolve("missing.txt");
            assertThat(run("analyze", option, missing.toString(), report.toString())).isEqualTo(2);
            assertThat(stderr()).contains(missing + ": no such file");
        }
        assertThat(run("analyze", "--workspace", pipe.toString())).isEqualTo(2);
        assertThat(stderr()).contains("reportlens: " + pipe + ": is a named pipe (FIFO), not a file");
        assertThat(run("analyze", "--workspace", "/dev/zero")).isEqualTo(2);
        assertThat(stderr()).contains("reportlens: /dev/zero: is a device, not a file");
        assertThat(run("targets", "--metrics", "/dev/zero", report.toString())).isEqualTo(2);
        assertThat(run("dups", "--stock-phrases", pipe.toString(), report.toString())).isEqualTo(2);
    }

    @Test
    void aWorkspaceNamingFilesOutsideItsFolderReadsThemOnlyWhenTrusted() throws Exception {
        Path workspace = Files.copy(HostileFixtures.file("workspace-names-etc-passwd.rlw"), dir.resolve("w.rlw"));
        Path named = Files.copy(report, dir.resolve("report.txt"));
        Path passwd = dir.resolve("../../../../../../etc/passwd").normalize();
        assertThat(run("analyze", "--workspace", workspace.toString())).isEqualTo(1);
        assertThat(stderr()).isEqualTo("reportlens: " + passwd + ": lies outside the folder of the workspace " + workspace
                + "; it is read only with --trust-workspace" + System.lineSeparator());
        var root = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(root.get("reports")).hasSize(1);
        assertThat(root.get("reports").get(0).get("file").asText()).isEqualTo(named.toString());
        assertThat(root.get("errors").get(0).get("file").asText()).isEqualTo(passwd.toString());
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
        Path hostile = HostileFixtures.file("txt-formula-names-for-csv-injection.txt");
        assertThat(run("targets", hostile.toString())).isZero();
        String csv = out.toString(StandardCharsets.UTF_8);
        // metric names as the table writes them (a bracketed note such as "(A1)" is not part of a name)
        assertThat(csv).contains("\"'=1+2指数\"", "\"'-2+3指标\"", "\"'@SUM增加值\"");
        for (String field : csv.substring(1).split("\r\n|,")) {
            assertThat(field).as("a field as a spreadsheet reads it").doesNotMatch("\"[=+\\-@\t\r].*");
        }
    }
}
