package org.reportlens.core.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
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

    static DecodedText extract(byte[] bytes, ReadLimits limits, Deadline deadline) throws UndecodableException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UndecodableException("is a PDF whose text may not be extracted (its permissions forbid it)");
            }
            int objects = doc.getDocument().getXrefTable().size();
            if (objects > limits.maxPdfObjects()) {
                throw new UndecodableException(String.format(Locale.ROOT,
                        "is refused: it has %,d objects (the limit is %,d)", objects, limits.maxPdfObjects()));
            }
            int pages = doc.getNumberOfPages();
            if (pages > limits.maxPdfPages()) {
                throw new UndecodableException(String.format(Locale.ROOT,
                        "is refused: it has %,d pages (the limit is %,d)", pages, limits.maxPdfPages()));
            }
            // the page tree may list more pages than it claims (one page 100,000 times): count before reading
            int listed = 0;
            for (PDPage page : doc.getPages()) {
                if (++listed > limits.maxPdfPages()) {
                    throw new UndecodableException(String.format(Locale.ROOT,
                            "is refused: it has more than %,d pages (the limit)", limits.maxPdfPages()));
                }
                if (listed % 1000 == 0) {
                    deadline.check();
                }
            }
            IndentedLines stripper = new IndentedLines(limits, deadline);
            stripper.setSortByPosition(true);
            String text = join(withoutFurniture(stripper.pages(doc)));
            if (text.codePoints().filter(Character::isLetterOrDigit).count() < MIN_TEXT) {
                throw new UndecodableException("has no text layer — scanned PDFs are not supported");
            }
            return new DecodedText(text, "PDF", List.of());
        } catch (InvalidPasswordException e) {
            throw new UndecodableException("is an encrypted PDF (it needs a password)");
        } catch (IOException e) {
            throw new UndecodableException("is not a readable PDF (" + firstLine(e.getMessage()) + ")");
        } catch (Deadline.BudgetExceeded e) {
            throw e;
        } catch (RuntimeException e) {
            // PDFBox meets damage it has no message for with a ClassCastException, an NPE …
            throw new UndecodableException("is not a readable PDF (damaged: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")");
        }
    }

    private static String firstLine(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /**
     * Drops page numbers, and first or last lines that recur (digits aside) on at least half the
     * pages. Only a page with other lines has a header or footer: the only line of a page is text
     * (a PDF with one line a page would otherwise lose every line as a "running header").
     */
    static List<String> withoutFurniture(List<List<String>> pages) {
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<String> lines : pages) {
            if (lines.size() > 1) {
                edgeCounts.merge(shape(lines.get(0)), 1, Integer::sum);
                edgeCounts.merge(shape(lines.get(lines.size() - 1)), 1, Integer::sum);
            }
        }
        int recurring = Math.max(2, (pages.size() + 1) / 2);
        List<String> kept = new ArrayList<>();
        for (List<String> lines : pages) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean edge = lines.size() > 1 && (i == 0 || i == lines.size() - 1);
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
     * The lines of every page, read in one pass over the document, each marked with
     * {@link #PARAGRAPH} when it starts more than one character's width to the right of its page's
     * leftmost line. Stops at the page, text and time budgets.
     */
    private static final class IndentedLines extends PDFTextStripper {
        private final ReadLimits limits;
        private final Deadline deadline;
        private final List<List<String>> pages = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        private final List<Float> starts = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private float lineStart = Float.NaN;
        private float charWidth;
        private int chars;
        private long totalChars;

        IndentedLines(ReadLimits limits, Deadline deadline) throws IOException {
            this.limits = limits;
            this.deadline = deadline;
        }

        List<List<String>> pages(PDDocument doc) throws IOException {
            getText(doc);
            return pages;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            deadline.check();
            if (pages.size() >= limits.maxPdfPages()) {
                throw new Deadline.BudgetExceeded(String.format(Locale.ROOT,
                        "is refused: it has more than %,d pages (the limit)", limits.maxPdfPages()));
            }
            texts.clear();
            starts.clear();
            line.setLength(0);
            lineStart = Float.NaN;
            charWidth = 0;
            chars = 0;
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
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
            pages.add(out);
            super.endPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            deadline.check();
            totalChars += text.length();
            if (totalChars > limits.maxTextChars()) {
                throw new Deadline.BudgetExceeded(String.format(Locale.ROOT,
                        "holds too much text (more than %,d characters, the limit)", limits.maxTextChars()));
            }
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
