package org.reportlens.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.testing.HostileFixtures;
import org.reportlens.testing.PdfBytes;

/**
 * The crafted hostile files of issue 16 that the reader meets: each is refused at once with its
 * real reason, or read right. A hang shows as a test stopped after a minute, far above the time
 * any of them takes now.
 */
class HostileFilesTest {
    private static final Duration HANG = Duration.ofSeconds(60);
    @TempDir
    Path dir;
    private final ReportFileReader reader = new ReportFileReader();

    private static String problemOf(ReportFileReader reader, Path file) {
        try {
            reader.read(file);
        } catch (ReportLoadException e) {
            assertThat(e.getMessage()).startsWith(file + ": ");
            return e.problem();
        }
        throw new AssertionError(file + " was read");
    }

    private String problemOf(Path file) {
        return assertTimeoutPreemptively(HANG, () -> problemOf(reader, file));
    }

    private static boolean hasMkfifo() {
        return Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo"));
    }

    static Path fifo(Path path) throws Exception {
        assumeTrue(hasMkfifo(), "needs mkfifo");
        assertThat(new ProcessBuilder("mkfifo", path.toString()).start().waitFor()).isZero();
        return path;
    }

    @Test
    void aNamedPipeIsRefusedAtOnceNotReadAsEmpty() throws Exception {
        Path pipe = fifo(dir.resolve("report.txt"));
        assertThat(problemOf(pipe)).isEqualTo("is a named pipe (FIFO), not a file");
    }

    @Test
    void aDeviceIsRefusedAtOnceNotReadAsEmptyOrForever() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        assertThat(problemOf(Path.of("/dev/zero"))).isEqualTo("is a device, not a file");
        assertThat(problemOf(Path.of("/dev/null"))).isEqualTo("is a device, not a file");
    }

    @Test
    void aSymbolicLinkLoopIsNamedAsOneNotAsAMissingFile() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        assertThat(problemOf(a)).isEqualTo("is a symbolic link that loops (it leads back to itself)");
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("deleted.txt"));
        assertThat(problemOf(dangling)).isEqualTo("is a symbolic link to a missing file (" + dir.resolve("deleted.txt") + ")");
        assertThat(problemOf(dir.resolve("no/such/folder/r.txt")))
                .isEqualTo("no such file (the folder " + dir.resolve("no") + " does not exist)");
    }

    @Test
    void oneByteOverTheSizeLimitSaysByHowMuchInExactFigures() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024 + 1);
        }
        assertThat(problemOf(big)).isEqualTo("is too large (20,971,521 bytes); the limit is 20,971,520 bytes (20 MB)");
    }

    @Test
    void aWordDocumentNestingTenThousandElementsIsRefusedNotAStackOverflow() {
        assertThat(problemOf(HostileFixtures.file("docx-nesting-10000-elements.docx")))
                .isEqualTo("is refused: its elements nest more than 500 deep (a damaged or hostile document)");
    }

    @Test
    void aWordDocumentExpandingToMoreTextThanTheLimitIsRefusedBeforePoiBuildsIt() throws Exception {
        // 501 paragraphs of 10,000 characters: a little more than the 5 million of the limit
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = ("<w:p><w:r><w:t>" + "增长".repeat(5000) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 501; i++) {
                zip.write(paragraph);
            }
            zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        Path docx = Files.write(dir.resolve("expands.docx"), bytes.toByteArray());
        assertThat(Files.size(docx)).isLessThan(1024 * 1024);
        assertThat(problemOf(docx)).isEqualTo("holds too much text (more than 5,000,000 characters, the limit)");
    }

    @Test
    void aTextFileHoldingMoreTextThanTheLimitSaysHowMuch() throws Exception {
        Path text = Files.writeString(dir.resolve("long.txt"), "增长".repeat(2_500_000) + "。");
        assertThat(problemOf(text)).isEqualTo("holds too much text (5,000,001 characters; the limit is 5,000,000)");
    }

    @Test
    void aPdfClaimingTwoBillionPagesIsRefusedAtOnce() {
        assertThat(problemOf(HostileFixtures.file("pdf-claims-2147483647-pages.pdf")))
                .isEqualTo("is refused: it has 2,147,483,647 pages (the limit is 30,000)");
    }

    @Test
    void aPdfListingOnePageAHundredThousandTimesIsRefusedAtOnce() throws Exception {
        for (String count : List.of("100000", "1")) {
            PdfBytes pdf = new PdfBytes();
            int catalog = pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
            pdf.add("");
            int content = pdf.addStream("BT /F1 12 Tf 72 720 Td (The same page again) Tj ET");
            int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
            int page = pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " + content
                    + " 0 R /Resources << /Font << /F1 " + font + " 0 R >> >> >>");
            pdf.set(2, "<< /Type /Pages /Count " + count + " /Kids [" + (page + " 0 R ").repeat(100_000) + "] >>");
            Path file = Files.write(dir.resolve("repeated-" + count + ".pdf"), pdf.bytes(catalog));
            assertThat(problemOf(file)).as("a page tree whose /Count says " + count)
                    .matches("is refused: it has (100,000 pages \\(the limit is 30,000\\)"
                            + "|more than 30,000 pages \\(the limit\\))");
        }
    }

    @Test
    void aPdfOfTwentyThousandPagesWithOneLineEachIsReadRightNotTakenForRunningHeaders() throws Exception {
        List<String> lines = IntStream.rangeClosed(1, 20_000).mapToObj(i -> "Line " + i + " of the report.").toList();
        Path pdf = Files.write(dir.resolve("one-line-a-page.pdf"), PdfBytes.oneLineAPage(lines));
        // the time budget is not what this test is about: a busy machine must not make it fail
        ReportFileReader patient = new ReportFileReader(ReadLimits.DEFAULTS.withTimePerFile(Duration.ofMinutes(10)));
        String text = patient.read(pdf).text();
        // every line, in order; lines as long as the others are joined as a sentence the layout broke
        assertThat(text.replace("\n", "")).isEqualTo(String.join("", lines));
    }

    @Test
    void aPdfOverItsTimeIsStoppedWithTheReason() throws Exception {
        List<String> lines = IntStream.rangeClosed(1, 2_000).mapToObj(i -> "Line " + i + " of the report.").toList();
        Path pdf = Files.write(dir.resolve("long.pdf"), PdfBytes.oneLineAPage(lines));
        ReportFileReader hurried = new ReportFileReader(ReadLimits.DEFAULTS.withTimePerFile(Duration.ofNanos(1)));
        assertThat(problemOf(hurried, pdf)).isEqualTo("took longer than 0 s to read (the limit per file)");
        ReportFileReader fewPages = new ReportFileReader(ReadLimits.DEFAULTS.withMaxPdfPages(1_000));
        assertThat(problemOf(fewPages, pdf)).isEqualTo("is refused: it has 2,000 pages (the limit is 1,000)");
    }

    @Test
    void aWebPageDeclaringAnIllegalCharsetNameIsReadNotACrash() throws Exception {
        DecodedText page = reader.read(HostileFixtures.file("html-meta-charset-illegal-name.html"));
        assertThat(page.text()).startsWith("一、2023年工作回顾\n");
        assertThat(page.warnings()).containsExactly("the page declares the unknown charset \"-x\", which was ignored");
    }

    @Test
    void charsetUtf16InTheTextOfAPageIsNoDeclaration() throws Exception {
        DecodedText page = reader.read(HostileFixtures.file("html-charset-utf-16-in-body-text.html"));
        assertThat(page.encoding()).isEqualTo("HTML (UTF-8)");
        assertThat(page.text()).startsWith("一、2023年工作回顾\n").contains("charset=utf-16");
        assertThat(page.warnings()).isEmpty();
    }

    @Test
    void aDeclaredCharsetTheBytesContradictIsOverruledWithAWarning() throws Exception {
        String[][] cases = {
                {"html-declares-gb2312-bytes-utf-8.html", "UTF-8", "gb2312 (read as GB18030)"},
                {"html-declares-utf-8-bytes-gbk.html", "GB18030", "UTF-8"},
                {"html-declares-iso-8859-1-bytes-utf-8.html", "UTF-8", "iso-8859-1 (read as windows-1252)"},
                {"html-declares-big5-bytes-gbk.html", "GB18030", "Big5"},
                {"html-declares-shift-jis-bytes-gbk.html", "GB18030", "Shift_JIS"},
                {"html-declares-windows-1252-bytes-gb18030.html", "GB18030", "windows-1252"},
                {"html-declares-euc-kr-bytes-utf-8.html", "UTF-8", "EUC-KR"}};
        for (String[] c : cases) {
            DecodedText page = reader.read(HostileFixtures.file(c[0]));
            assertThat(page.text()).as(c[0]).startsWith("一、2023年工作回顾\n过去一年，全市地区生产总值增长6%左右");
            assertThat(page.encoding()).as(c[0]).isEqualTo("HTML (" + c[1] + ")");
            assertThat(page.warnings()).as(c[0]).containsExactly("the page declares the charset " + c[2]
                    + " but its bytes are " + c[1] + "; read as " + c[1]);
        }
    }

    @Test
    void japaneseAndKoreanInTheirOwnEncodingsAreRefusedNotReadAsChineseGarbage() {
        assertThat(problemOf(HostileFixtures.file("txt-japanese-shift-jis.txt")))
                .isEqualTo("is Japanese text (Shift_JIS), not Chinese: ReportLens reads Chinese reports;"
                        + " if this is one, save it as UTF-8");
        assertThat(problemOf(HostileFixtures.file("txt-japanese-euc-jp.txt"))).startsWith("is Japanese text (EUC-JP)");
        assertThat(problemOf(HostileFixtures.file("txt-japanese-iso-2022-jp.txt")))
                .startsWith("is Japanese text (ISO-2022-JP)");
        assertThat(problemOf(HostileFixtures.file("txt-korean-euc-kr.txt"))).startsWith("is Korean text (EUC-KR)");
        assertThat(problemOf(HostileFixtures.file("html-japanese-declared-shift-jis.html")))
                .startsWith("is Japanese text (Shift_JIS)");
    }

    @Test
    void utf8WithADamagedStretchSaysSoAndWhere() throws Exception {
        String report = Files.readString(org.reportlens.testing.Seeds.DALIAN_2022);
        byte[] before = report.substring(0, 500).getBytes(StandardCharsets.UTF_8);
        byte[] after = report.substring(500).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        damaged.writeBytes(before);
        damaged.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE,
            (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE,
            (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, (byte) 0xFE});
        damaged.writeBytes(after);
        Path file = Files.write(dir.resolve("damaged.txt"), damaged.toByteArray());
        // not "it looks like Big5": the file is UTF-8, with 20 bad bytes where the damage is
        assertThat(problemOf(file)).isEqualTo(String.format(java.util.Locale.ROOT, "is damaged UTF-8 text: 20 byte(s)"
                + " are not valid UTF-8, the first at offset %,d (too many to replace; a damaged copy?)", before.length));
    }

    @Test
    void aWebPageDeclaringUtf8WithADamagedStretchIsReadAsABrowserShowsIt() throws Exception {
        byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>一、2023年工作回顾</p><p>全年地区生产总值增长6%左右，"
                .repeat(3).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        page.writeBytes(head);
        // more than a text file's few bad bytes may have; a browser shows each as \uFFFD
        byte[] damage = new byte[12];
        java.util.Arrays.fill(damage, (byte) 0xFF);
        page.writeBytes(damage);
        page.writeBytes("规模以上工业增加值增长7.5%。</p></body></html>".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("damaged.html"), page.toByteArray());
        DecodedText text = reader.read(file);
        assertThat(text.text()).contains("\uFFFD".repeat(12) + "规模以上工业增加值增长7.5%。");
        assertThat(text.warnings()).containsExactly(String.format(java.util.Locale.ROOT, "12 byte(s) are not valid UTF-8"
                + " and were replaced with \uFFFD, the first at offset %,d", head.length));
    }

    @Test
    void aFileOfNoBreakAndZeroWidthSpacesOnlyIsEmpty() {
        assertThat(problemOf(HostileFixtures.file("txt-nbsp-and-zero-width-spaces-only.txt")))
                .isEqualTo("contains no text (only spaces, line breaks or invisible characters)");
    }

    @Test
    void oneStrayNulDoesNotMakeAUtf8ReportBinary() throws Exception {
        DecodedText text = reader.read(HostileFixtures.file("txt-utf-8-with-one-stray-nul.txt"));
        assertThat(text.encoding()).isEqualTo("UTF-8");
        assertThat(text.text()).startsWith("一、2023年工作回顾\n").doesNotContain("\0");
        assertThat(text.warnings()).containsExactly("1 zero byte(s) (NUL) dropped");
    }
}
