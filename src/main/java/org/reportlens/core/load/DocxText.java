package org.reportlens.core.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a Word (.docx) report with Apache POI: paragraphs in order, one per line, each with
 * the number Word draws for an automatic list ({@link WordNumbering}); a table as one line per row,
 * cells separated by two spaces. {@link DocxBudget} streams through the file first, so that what
 * POI then builds in memory is bounded; POI's own zip-bomb guard stays on behind it.
 */
final class DocxText {
    private static final long MAX_ENTRY_BYTES = DocxBudget.MAX_PART_BYTES;

    static {
        LibraryLogging.quiet();
    }

    private DocxText() {
    }

    static DecodedText extract(byte[] bytes, ReadLimits limits) throws UndecodableException {
        DocxBudget.check(bytes, limits);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            WordNumbering numbering = new WordNumbering();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(numbering.label(paragraph)).append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = row.getTableCells().stream().map(XWPFTableCell::getText).toList();
                        text.append(String.join("  ", cells)).append('\n');
                    }
                }
            }
            if (!TextPlausibility.hasVisibleText(text)) {
                throw new UndecodableException("is a Word document with no text");
            }
            return new DecodedText(text.toString(), "DOCX", List.of());
        } catch (NotOfficeXmlFileException e) {
            throw new UndecodableException("is not a Word document (.docx): it is a ZIP archive of something else");
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                throw new UndecodableException("is refused as a zip bomb: its parts unpack to more than 100 times"
                        + " their packed size");
            }
            if (message.contains("exceeded the max entry size") || message.contains("max entry size")) {
                throw new UndecodableException("is refused: a part of it unpacks to more than "
                        + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
            }
            throw new UndecodableException("is not a readable Word document (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")");
        }
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
