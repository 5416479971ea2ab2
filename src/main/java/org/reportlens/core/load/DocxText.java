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
 * cells separated by two spaces. POI's zip-bomb guard refuses archives that
 * inflate far beyond their size.
 */
final class DocxText {
    /** No part of a real report comes near this once unpacked. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    static {
        // POI logs through Log4j; with no Log4j backend here it would print a complaint to stderr
        // on the first document. Its own simple logger, silenced, keeps the command line clean.
        if (System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
            System.setProperty("log4j2.simplelogLevel", "OFF");
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
    }

    private DocxText() {
    }

    static DecodedText extract(byte[] bytes) throws UndecodableException {
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
            if (text.toString().isBlank()) {
                throw new UndecodableException("is a Word document with no text");
            }
            return new DecodedText(text.toString(), "DOCX", List.of());
        } catch (NotOfficeXmlFileException e) {
            throw new UndecodableException("is not a Word document (.docx): it is a ZIP archive of something else");
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                throw new UndecodableException("is refused: its ZIP content inflates suspiciously (a zip bomb?)");
            }
            if (message.contains("exceeded the max entry size") || message.contains("max entry size")) {
                throw new UndecodableException("is refused: a part of it unpacks to more than "
                        + MAX_ENTRY_BYTES / (1024 * 1024) + " MB");
            }
            throw new UndecodableException("is not a readable Word document (" + e.getClass().getSimpleName() + ")");
        }
    }
}
