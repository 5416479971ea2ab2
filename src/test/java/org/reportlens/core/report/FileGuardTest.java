package org.reportlens.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.testing.HostileFixtures;
import org.reportlens.testing.Seeds;

/** One bad file never sinks the rest: whatever a parser throws, or however long it takes. */
class FileGuardTest {
    @TempDir
    Path dir;

    private static int deeper(int n) {
        return deeper(n + 1) + 1;
    }

    @Test
    void aStackOverflowBecomesAReason() {
        assertThatThrownBy(() -> FileGuard.run(() -> deeper(0), Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOfSatisfying(FileGuard.Failure.class, f -> {
                    assertThat(f.problem()).isEqualTo("cannot be read (its structure nests too deeply to follow)");
                    assertThat(f.unexpected()).isInstanceOf(StackOverflowError.class);
                });
    }

    @Test
    void anyExceptionBecomesAReasonNamingIt() {
        assertThatThrownBy(() -> FileGuard.run(() -> {
            throw new IllegalCharsetNameException("-x");
        }, Duration.ofMinutes(1), Duration.ofMinutes(1))).isInstanceOfSatisfying(FileGuard.Failure.class,
                f -> assertThat(f.problem()).isEqualTo("cannot be read (IllegalCharsetNameException: -x)"));
    }

    @Test
    void aFileThatComputesLongerThanItMayIsGivenUpWhateverTheMachineIsDoing() {
        assertThatThrownBy(() -> FileGuard.run(() -> {
            long spin = 0;
            while (!Thread.currentThread().isInterrupted()) {
                spin++;
            }
            return spin;
        }, Duration.ofMillis(300), Duration.ofMinutes(10))).isInstanceOfSatisfying(FileGuard.Failure.class,
                f -> assertThat(f.problem()).isEqualTo("took longer than 0.3 s to read and was given up"));
    }

    @Test
    void aFileThatDoesNotFinishIsGivenUpAndInterrupted() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        assertThatThrownBy(() -> FileGuard.run(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        }, Duration.ofMinutes(10), Duration.ofMillis(200))).isInstanceOfSatisfying(FileGuard.Failure.class,
                f -> assertThat(f.problem()).isEqualTo("was still being read after 0.2 s and was given up"));
        interrupted.await();
    }

    @Test
    void theLoaderReadsTheGoodFilesAndNamesEachBadOne() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path nested = HostileFixtures.file("docx-nesting-10000-elements.docx");
        LoadResult result = new ReportLoader().load(List.of(nested.toString(), Seeds.DALIAN_2022.toString(),
                empty.toString(), "bad\0name.txt"));
        assertThat(result.reports()).extracting(Report::id, Report::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r1", Seeds.DALIAN_2022.toString()));
        assertThat(result.problems()).extracting(LoadProblem::message).containsExactly(
                nested + ": is refused: its elements nest more than 500 deep (a damaged or hostile document)",
                empty + ": is empty",
                "bad\0name.txt: is not a valid file name");
    }
}
