package org.reportlens.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFileReaderTest {
    @TempDir
    Path dir;

    private final ReportFileReader reader = new ReportFileReader();

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> reader.read(missing))
                .isInstanceOf(ReportLoadException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void directory() {
        assertThatThrownBy(() -> reader.read(dir)).hasMessage(dir + ": is a directory, not a file");
    }

    @Test
    void emptyFile() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> reader.read(empty)).hasMessage(empty + ": is empty");
    }

    @Test
    void tooLargeIsRefusedBeforeReading() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "一".repeat(2000));
        assertThatThrownBy(() -> new ReportFileReader(1024).read(big))
                .hasMessageStartingWith(big + ": is too large")
                .hasMessageContaining("the limit is");
    }

    @Test
    void aBrokenPdfNamesTheFile() throws Exception {
        Path pdf = Files.write(dir.resolve("report.txt"),
                "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(pdf, new byte[] {0, 1, 2, (byte) 0xFF}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> reader.read(pdf))
                .hasMessageStartingWith(pdf + ": is not a readable PDF");
    }

    @Test
    void readsAReport() throws Exception {
        Path file = Files.writeString(dir.resolve("r.txt"), "一、2023年工作回顾\n正文。");
        assertThat(reader.read(file).text()).isEqualTo("一、2023年工作回顾\n正文。");
    }

    @Test
    void problemIsAvailableWithoutTheFileName() {
        ReportLoadException e = new ReportLoadException(Path.of("a.txt"), "is empty");
        assertThat(e.problem()).isEqualTo("is empty");
        assertThat(e.getMessage()).isEqualTo("a.txt: is empty");
    }
}
