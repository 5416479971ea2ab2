package org.reportlens.core.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a report saved as PDF, with PDFBox: page by page; page numbers and running headers
 * or footers (a line at the top or bottom of most pages) are left out; a line the layout broke in
 * the middle of a sentence is joined to the next.
 */
final class PdfText {
    /** Fewer letters than this in the whole file: the pages are images. */
    private static final int MIN_TEXT = 20;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–\\s]*(?:第\\s*)?\\d{1,4}\\s*(?:页)?(?:\\s*/\\s*\\d{1,4})?(?:\\s*共\\s*\\d{1,4}\\s*页)?[-—–\\s]*");
    /** Ends a paragraph: the line is complete. */
    private static final String CLOSING = "。！？；：…”」』）)!?;:";
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分|[（(][一二三四五六七八九十]+[)）]|\\d+[.．、](?!\\d)|[（(]\\d+[)）])");

    /** Marks a line indented against the others of its page: it opens a paragraph. */
    static final char PARAGRAPH = '\uE000'; // private use: no text has it, and strip() keeps it


    private PdfText() {
    }

    static DecodedText extract(byte[] bytes) throws UndecodableException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UndecodableException("is a PDF whose text may not be extracted (its permissions forbid it)");
            }
            int pages = doc.getNumberOfPages();
            List<List<String>> pageLines = new ArrayList<>();
            IndentedLines stripper = new IndentedLines();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageLines.add(stripper.lines(doc));
            }
            String text = join(withoutFurniture(pageLines));
            if (text.codePoints().filter(Character::isLetterOrDigit).count() < MIN_TEXT) {
                throw new UndecodableException("has no text layer — scanned PDFs are not supported");
            }
            return new DecodedText(text, "PDF", List.of());
        } catch (InvalidPasswordException e) {
            throw new UndecodableException("is an encrypted PDF (it needs a password)");
        } catch (IOException e) {
            throw new UndecodableException("is not a readable PDF (" + String.valueOf(e.getMessage()) + ")");
        }
    }

    /** Drops page numbers, and first or last lines that recur (digits aside) on at least half the pages. */
    static List<String> withoutFurniture(List<List<String>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> lines : pages) {
            if (!lines.isEmpty()) {
                edgeCounts.merge(shape(lines.get(0)), 1, Integer::sum);
                if (lines.size() > 1) {
                    edgeCounts.merge(shape(lines.get(lines.size() - 1)), 1, Integer::sum);
                }
            }
        }
        int recurring = Math.max(2, (pages.size() + 1) / 2);
        List<String> kept = new ArrayList<>();
        for (List<String> lines : pages) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean edge = i == 0 || i == lines.size() - 1;
                if (PAGE_NUMBER.matcher(text(line)).matches()
                        || edge && pages.size() > 1 && edgeCounts.getOrDefault(shape(line), 0) >= recurring) {
                    continue;
                }
                kept.add(line);
            }
        }
        return kept;
    }

    private static String shape(String line) {
        return text(line).replaceAll("\\d+", "#");
    }

    /**
     * Joins a line to the next when the layout, not the author, ended it: it is about as long as a
     * full line and the next neither opens a paragraph (is indented) nor a heading. In a PDF with
     * no indented line at all, a line closing a sentence is taken to end its paragraph.
     */
    static String join(List<String> lines) {
        boolean marked = lines.stream().anyMatch(l -> l.charAt(0) == PARAGRAPH);
        int[] lengths = lines.stream().mapToInt(l -> text(l).length()).sorted().toArray();
        int full = lengths.length == 0 ? 0 : lengths[(int) (lengths.length * 0.75)];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = text(lines.get(i));
            text.append(line);
            if (i + 1 == lines.size()) {
                text.append('\n');
                break;
            }
            String next = lines.get(i + 1);
            boolean opensParagraph = marked ? next.charAt(0) == PARAGRAPH
                    : CLOSING.indexOf(line.charAt(line.length() - 1)) >= 0;
            boolean broken = line.length() >= full * 0.85 && !opensParagraph && !HEADING.matcher(text(next)).find();
            if (!broken) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String text(String line) {
        return line.charAt(0) == PARAGRAPH ? line.substring(1) : line;
    }

    /**
     * The lines of the pages asked for, each marked with {@link #PARAGRAPH} when it starts more
     * than one character's width to the right of the page's leftmost line.
     */
    private static final class IndentedLines extends PDFTextStripper {
        private final List<String> texts = new ArrayList<>();
        private final List<Float> starts = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private float lineStart = Float.NaN;
        private float charWidth;
        private int chars;

        IndentedLines() throws IOException {
        }

        List<String> lines(PDDocument doc) throws IOException {
            texts.clear();
            starts.clear();
            line.setLength(0);
            lineStart = Float.NaN;
            charWidth = 0;
            chars = 0;
            getText(doc);
            endLine();
            float left = Float.MAX_VALUE;
            for (float x : starts) {
                left = Math.min(left, x);
            }
            float indent = chars == 0 ? Float.MAX_VALUE : charWidth / chars;
            List<String> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                out.add(starts.get(i) - left > indent * 0.9f ? PARAGRAPH + texts.get(i) : texts.get(i));
            }
            return out;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (!positions.isEmpty() && Float.isNaN(lineStart)) {
                lineStart = positions.get(0).getXDirAdj();
            }
            for (TextPosition p : positions) {
                charWidth += p.getWidthDirAdj();
                chars++;
            }
            line.append(text);
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        private void endLine() {
            String text = line.toString().strip();
            if (!text.isEmpty()) {
                texts.add(text);
                starts.add(Float.isNaN(lineStart) ? 0f : lineStart);
            }
            line.setLength(0);
            lineStart = Float.NaN;
        }
    }
}
