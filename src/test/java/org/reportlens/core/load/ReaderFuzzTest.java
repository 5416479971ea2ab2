package org.reportlens.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportLoader;
import org.reportlens.testing.Draw;
import org.reportlens.testing.PdfBytes;
import org.reportlens.testing.SeededTries;
import org.reportlens.testing.Seeds;

/**
 * Seeded mutation of real reports in each format the reader takes — bytes flipped, cut, repeated,
 * inserted — and, for Word documents, of the XML inside the archive as well. Whatever comes out:
 * the reader returns text or refuses the file with a {@link ReportLoadException}, never another
 * throwable, and the loader then has a report or a one-line problem naming the file. The seed is
 * fixed, so every run tries the same files; a failed try names its index and the mutations.
 */
class ReaderFuzzTest {
    private static final long SEED = 16;
    @TempDir
    static Path dir;
    private static byte[] text;
    private static byte[] gb18030;
    private static byte[] html;
    private static byte[] docx;
    private static String documentXml;
    private static byte[] pdf;
    private final ReportFileReader reader = new ReportFileReader();

    enum Kind { FLIP, CUT, REPEAT, INSERT, TRUNCATE }

    /** One change to the bytes: where (a share of the length), what kind, how many bytes, which byte. */
    record Mutation(double at, Kind kind, int length, byte value) {
        byte[] apply(byte[] in) {
            int pos = (int) (at * in.length);
            int len = Math.min(length, in.length - pos);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case FLIP -> { // flip bits
                    byte[] copy = in.clone();
                    for (int i = pos; i < pos + len; i++) {
                        copy[i] ^= value;
                    }
                    return copy;
                }
                case CUT -> { // cut a range out
                    out.write(in, 0, pos);
                    out.write(in, pos + len, in.length - pos - len);
                }
                case REPEAT -> { // repeat a range many times
                    out.write(in, 0, pos + len);
                    for (int i = 0; i < 50; i++) {
                        out.write(in, pos, len);
                    }
                    out.write(in, pos + len, in.length - pos - len);
                }
                case INSERT -> { // insert bytes
                    out.write(in, 0, pos);
                    for (int i = 0; i < length; i++) {
                        out.write(value);
                    }
                    out.write(in, pos, in.length - pos);
                }
                case TRUNCATE -> { // truncate
                    out.write(in, 0, pos);
                }
            }
            return out.toByteArray();
        }
    }

    /** One to four mutations, applied in turn. */
    private static List<Mutation> mutations(Draw draw) {
        return draw.list(1, 4, () -> new Mutation(draw.share(), draw.of(Kind.class), draw.between(1, 64), draw.anyByte()));
    }

    @BeforeAll
    static void makeTheSeeds() throws IOException {
        String report = Files.readString(Seeds.DALIAN_2022);
        String excerpt = report.substring(0, Math.min(report.length(), 3000));
        List<String> lines = excerpt.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        text = excerpt.getBytes(StandardCharsets.UTF_8);
        gb18030 = excerpt.getBytes(Charset.forName("GB18030"));
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>报告</title>"
                + "<script>var a = '<p>';</script></head><body><nav>首页</nav><div class=\"article\">");
        lines.forEach(l -> page.append("<p>").append(l).append("</p>\n"));
        html = page.append("</div><table><tr><td>指标</td><td>6%</td></tr></table></body></html>").toString()
                .getBytes(StandardCharsets.UTF_8);
        StringBuilder xml = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        lines.forEach(l -> xml.append("<w:p><w:r><w:t>").append(l).append("</w:t></w:r></w:p>"));
        documentXml = xml.append("</w:body></w:document>").toString();
        docx = docx(documentXml.getBytes(StandardCharsets.UTF_8));
        pdf = PdfBytes.oneLineAPage(IntStream.rangeClosed(1, 12).mapToObj(i -> "Paragraph " + i + " of the plan; growth 6%.")
                .toList());
    }

    private static byte[] docx(byte[] document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(document);
        }
        return bytes.toByteArray();
    }

    /** Reads the mutated file: text, or a refusal that names the file — nothing else. */
    private void readsOrRefuses(String name, byte[] seed, List<Mutation> mutations) throws IOException {
        byte[] bytes = seed;
        for (Mutation m : mutations) {
            bytes = m.apply(bytes);
        }
        Path file = Files.write(dir.resolve(name), bytes);
        try {
            DecodedText decoded = reader.read(file);
            assertThat(decoded.text()).isNotNull();
        } catch (ReportLoadException e) {
            assertThat(e.getMessage()).startsWith(file + ": ");
            assertThat(e.problem()).isNotBlank().doesNotContain("\n");
        }
        try {
            Report report = new ReportLoader().loadOne("r1", file.toString());
            assertThat(report.original()).isNotNull();
        } catch (ReportLoadException e) {
            assertThat(e.problem()).isNotBlank();
        }
    }

    @TestFactory
    Stream<DynamicTest> textReports() {
        return SeededTries.of(SEED, 300, ReaderFuzzTest::mutations, m -> readsOrRefuses("report.txt", text, m));
    }

    @TestFactory
    Stream<DynamicTest> gb18030Reports() {
        return SeededTries.of(SEED, 150, ReaderFuzzTest::mutations, m -> readsOrRefuses("gb.txt", gb18030, m));
    }

    @TestFactory
    Stream<DynamicTest> webPages() {
        return SeededTries.of(SEED, 300, ReaderFuzzTest::mutations, m -> readsOrRefuses("page.html", html, m));
    }

    @TestFactory
    Stream<DynamicTest> wordDocumentsAsBytes() {
        return SeededTries.of(SEED, 100, ReaderFuzzTest::mutations, m -> readsOrRefuses("report.docx", docx, m));
    }

    @TestFactory
    Stream<DynamicTest> wordDocumentsByTheirXml() {
        return SeededTries.of(SEED, 150, ReaderFuzzTest::mutations, mutations -> {
            byte[] xml = documentXml.getBytes(StandardCharsets.UTF_8);
            for (Mutation m : mutations) {
                xml = m.apply(xml);
            }
            readsOrRefuses("xml.docx", docx(xml), List.of());
        });
    }

    @TestFactory
    Stream<DynamicTest> pdfs() {
        return SeededTries.of(SEED, 200, ReaderFuzzTest::mutations, m -> readsOrRefuses("report.pdf", pdf, m));
    }
}
