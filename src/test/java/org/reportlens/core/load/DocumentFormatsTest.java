package org.reportlens.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;
import org.reportlens.core.report.ReportAnalyzer;
import org.reportlens.testing.Seeds;

/** A seed saved as .docx, .html and .pdf (built here with POI, plain HTML and PDFBox) reads to the same outline as the .txt. */
class DocumentFormatsTest {
    /** Installed with fonts-wqy-zenhei, which the README and .ci/run require. */
    private static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    @TempDir
    static Path dir;
    private static List<String> lines;
    private static List<String> expectedOutline;
    private final ReportFileReader reader = new ReportFileReader();

    @BeforeAll
    static void readTheSeed() throws Exception {
        String text = Files.readString(Seeds.DALIAN_2024);
        lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        expectedOutline = outline(ReportAnalyzer.analyze("r1", "a.txt", new DecodedText(text, "UTF-8", List.of())));
    }

    private static List<String> outline(Report report) {
        List<String> out = new ArrayList<>();
        collect(report.outline(), out);
        return out;
    }

    private static void collect(List<OutlineNode> nodes, List<String> out) {
        for (OutlineNode n : nodes) {
            out.add(n.id() + " " + n.level() + " " + n.title());
            collect(n.children(), out);
        }
    }

    private List<String> outlineOf(Path file) throws Exception {
        DecodedText decoded = reader.read(file);
        return outline(ReportAnalyzer.analyze("r1", file.toString(), decoded));
    }

    @Test
    void aWordDocumentGivesTheSameOutlineAndItsTablesAsText() throws Exception {
        Path docx = dir.resolve("report.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("指标");
            table.getRow(0).getCell(1).setText("目标");
            table.getRow(1).getCell(0).setText("地区生产总值");
            table.getRow(1).getCell(1).setText("增长6%左右");
            doc.write(out);
        }
        assertThat(outlineOf(docx)).isEqualTo(expectedOutline);
        DecodedText decoded = reader.read(docx);
        assertThat(decoded.encoding()).isEqualTo("DOCX");
        assertThat(decoded.text()).contains("地区生产总值  增长6%左右\n");
    }

    @Test
    void headingsNumberedByWordsAutomaticListsGiveTheSameOutline() throws Exception {
        Path docx = dir.resolve("numbered.docx");
        java.util.regex.Pattern part = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、");
        java.util.regex.Pattern section = java.util.regex.Pattern.compile("^\\([一二三四五六七八九十]+\\)");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum definition =
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(java.math.BigInteger.ZERO);
            String[] patterns = {"%1、", "(%2)"};
            for (int level = 0; level < 2; level++) {
                var lvl = definition.addNewLvl();
                lvl.setIlvl(java.math.BigInteger.valueOf(level));
                lvl.addNewStart().setVal(java.math.BigInteger.ONE);
                lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.CHINESE_COUNTING);
                lvl.addNewLvlText().setVal(patterns[level]);
            }
            var numbering = doc.createNumbering();
            var list = numbering.addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(definition)));
            int[] numbered = new int[2];
            for (String line : lines) {
                var paragraph = doc.createParagraph();
                var p = part.matcher(line);
                var s = section.matcher(line);
                if (p.find()) {
                    paragraph.setNumID(list);
                    paragraph.setNumILvl(java.math.BigInteger.ZERO);
                    line = line.substring(p.end());
                    numbered[0]++;
                } else if (s.find()) {
                    paragraph.setNumID(list);
                    paragraph.setNumILvl(java.math.BigInteger.ONE);
                    line = line.substring(s.end());
                    numbered[1]++;
                }
                paragraph.createRun().setText(line);
            }
            doc.write(out);
            // the numbers are really left to Word: three parts and their sections
            assertThat(numbered[0]).isEqualTo(3);
            assertThat(numbered[1]).isGreaterThan(15);
        }
        assertThat(outlineOf(docx)).isEqualTo(expectedOutline);
    }

    @Test
    void aWebPageGivesTheSameOutlineWithoutScriptsNavigationAndFooters() throws Exception {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gb2312\">"
                + "<title>2024年大连市政府工作报告</title><script>var s = '一、假的标题';</script>"
                + "<style>p { color: red }</style></head><body><nav>首页 | 新闻 | 政务公开</nav>"
                + "<div class=\"header\">大连市人民政府门户网站</div><div class=\"article\">");
        for (String line : lines) {
            html.append("<p>").append(Entities.escape(line)).append("</p>\n");
        }
        html.append("</div><footer>版权所有 大连市人民政府</footer></body></html>");
        Path page = Files.write(dir.resolve("report.html"), html.toString().getBytes(Charset.forName("GBK")));
        assertThat(outlineOf(page)).isEqualTo(expectedOutline);
        DecodedText decoded = reader.read(page);
        assertThat(decoded.encoding()).startsWith("HTML (GB");
        assertThat(decoded.text()).doesNotContain("假的标题", "政务公开", "门户网站", "版权所有", "color");
    }

    @Test
    void aByteOrderMarkOutranksTheCharsetThePageDeclares() throws Exception {
        byte[] page = "<html><head><meta charset=\"gbk\"></head><body><p>一、2023年工作回顾</p><p>经济增长5%。</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[page.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(page, 0, withBom, 3, page.length);
        Path file = Files.write(dir.resolve("bom.html"), withBom);
        assertThat(reader.read(file).text()).isEqualTo("一、2023年工作回顾\n经济增长5%。\n");
    }

    @Test
    void aPdfGivesTheSameOutlineWithPageNumbersAndRunningHeadersGoneAndBrokenLinesJoined() throws Exception {
        Path pdf = dir.resolve("report.pdf");
        writePdf(pdf, lines, null);
        assertThat(outlineOf(pdf)).isEqualTo(expectedOutline);
        DecodedText decoded = reader.read(pdf);
        assertThat(decoded.encoding()).isEqualTo("PDF");
        assertThat(decoded.text()).doesNotContain("- 2 -", "大连市第十七届人民代表大会文件");
        // every paragraph comes back whole: the lines the layout broke are joined again
        for (String paragraph : lines.subList(5, lines.size() - 5)) {
            // the PDF writer printed the no-break spaces as spaces; trailing ones leave no trace
            assertThat(decoded.text()).contains(paragraph.replace('\u00a0', ' ').strip());
        }
    }

    /**
     * Each paragraph broken every 38 characters, its first line indented by two characters as
     * Chinese documents are; a running header and "- N -" on every page.
     */
    private static void writePdf(Path file, List<String> paragraphs, StandardProtectionPolicy protection) throws Exception {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CJK_FONT)) {
            PDType0Font font = PDType0Font.load(doc, fonts.getFontByName("WenQuanYiZenHei"), true);
            List<String> wrapped = new ArrayList<>();
            for (String p : paragraphs) {
                for (int i = 0; i < p.length(); i += 38) {
                    wrapped.add((i == 0 ? "\t" : "") + p.substring(i, Math.min(p.length(), i + 38)));
                }
            }
            int perPage = 40;
            for (int start = 0, page = 1; start < wrapped.size(); start += perPage, page++) {
                PDPage pdPage = new PDPage(PDRectangle.A4);
                doc.addPage(pdPage);
                try (PDPageContentStream content = new PDPageContentStream(doc, pdPage)) {
                    line(content, font, 40, 800, "大连市第十七届人民代表大会文件");
                    int y = 770;
                    for (String l : wrapped.subList(start, Math.min(wrapped.size(), start + perPage))) {
                        boolean first = l.startsWith("\t");
                        line(content, font, first ? 64 : 40, y, first ? l.substring(1) : l);
                        y -= 18;
                    }
                    line(content, font, 290, 30, "- " + page + " -");
                }
            }
            if (protection != null) {
                doc.protect(protection);
            }
            doc.save(file.toFile());
        }
    }

    private static void line(PDPageContentStream content, PDType0Font font, float x, float y, String text)
            throws Exception {
        // what a PDF writer does with a character its font lacks (the seed has a no-break space)
        StringBuilder printable = new StringBuilder();
        for (int c : text.codePoints().toArray()) {
            printable.appendCodePoint(Character.isSpaceChar(c) || !font.hasGlyph(c) ? ' ' : c);
        }
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(x, y);
        content.showText(printable.toString());
        content.endText();
    }

    @Test
    void anEncryptedPdfAndOneWithoutTextAreNamedAndRefused() throws Exception {
        Path locked = dir.resolve("locked.pdf");
        writePdf(locked, lines.subList(0, 5), new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
        assertThatThrownBy(() -> reader.read(locked)).hasMessage(locked + ": is an encrypted PDF (it needs a password)");
        Path scanned = dir.resolve("scanned.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.addRect(50, 50, 400, 600);
                content.fill();
            }
            doc.save(scanned.toFile());
        }
        assertThatThrownBy(() -> reader.read(scanned))
                .hasMessage(scanned + ": has no text layer — scanned PDFs are not supported");
    }

    @Test
    void aDocxThatIsNotAZipAndAZipBombAreNamedAndRefused() throws Exception {
        Path fake = Files.writeString(dir.resolve("fake.docx"), "一、2023年工作回顾\n这其实是文本。");
        assertThatThrownBy(() -> reader.read(fake))
                .hasMessage(fake + ": is not a Word document (.docx): it is not a ZIP archive");
        Path bomb = dir.resolve("bomb.docx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        Files.write(bomb, bytes.toByteArray());
        long started = System.nanoTime();
        assertThatThrownBy(() -> reader.read(bomb)).hasMessage(bomb + ": is refused as a zip bomb: a part of its "
                + String.format(java.util.Locale.ROOT, "%,d", bytes.size()) + " bytes unpacks to more than 100 MB");
        assertThat((System.nanoTime() - started) / 1_000_000_000.0).as("seconds to refuse it").isLessThan(30);
    }

    @Test
    void aZipThatIsNotAWordDocumentIsStillNamedAsAnArchive() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        Path sheet = Files.write(dir.resolve("table.xlsx"), bytes.toByteArray());
        assertThatThrownBy(() -> reader.read(sheet)).hasMessage(sheet + ": not a text file: it is a ZIP archive (a .docx or .xlsx file?)");
    }

    @Test
    void aFiftyMegabyteWebPageIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.html");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertThatThrownBy(() -> reader.read(huge))
                .hasMessage(huge + ": is too large (52,428,800 bytes); the limit is 20,971,520 bytes (20 MB)");
    }
}
