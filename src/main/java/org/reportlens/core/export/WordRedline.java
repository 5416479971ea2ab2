package org.reportlens.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMoveBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDateTime;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.reportlens.core.analysis.Analysis;
import org.reportlens.core.compare.Cancellation;
import org.reportlens.core.compare.PairComparison;
import org.reportlens.core.compare.TrackedPiece;
import org.reportlens.core.compare.TrackedText;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.report.Report;

/**
 * The newer report as a Word document (.docx) carrying tracked changes against the older one, for an
 * editor who finishes the work in Word or WPS: word changes as insertions and deletions
 * ({@code w:ins}, {@code w:del}), moved passages as moves ({@code w:moveFrom}, {@code w:moveTo}
 * inside named move ranges), line breaks that came or went as inserted or deleted paragraph marks,
 * all by the author {@value #AUTHOR} at one date. Accepting every change gives the newer report's
 * text, rejecting every one the older report's (see {@link TrackedText}); each report line is one
 * paragraph. Parts and sections of the outline are Heading 1 and Heading 2 (a heading that opens a
 * paragraph of body text keeps the paragraph's style, its title in bold, and is in the outline by
 * its outline level), so Word's navigation pane lists them; the title line is in the Title style.
 *
 * <p>Characters XML cannot carry (control characters other than tab, line breaks and form feed)
 * are left out; a form feed is a page break. Built with Apache POI's XWPF model: no zip or XML is
 * written by hand.
 */
public final class WordRedline {
    public static final String AUTHOR = "ReportLens";
    private static final String EAST_ASIAN_FONT = "SimSun";

    private WordRedline() {
    }

    /**
     * The .docx of the first compared pair of an analysis (of two reports: the newer against the
     * older), with its changes tracked.
     */
    public static byte[] write(Analysis analysis, Instant date) {
        Objects.requireNonNull(analysis, "analysis must not be null");
        PairComparison pair = analysis.comparison().pairs().get(0);
        Report older = analysis.report(pair.a());
        Report newer = analysis.report(pair.b());
        TrackedText tracked = TrackedText.of(pair, older.original(), newer.original(), Cancellation.NEVER);
        return write(older, newer, tracked, date);
    }

    /**
     * The .docx of {@code newer} with its changes against {@code older} tracked.
     *
     * @param tracked the tracked text of the two reports ({@link TrackedText#of})
     * @param date    the date every change carries (to the second)
     */
    public static byte[] write(Report older, Report newer, TrackedText tracked, Instant date) {
        Objects.requireNonNull(older, "older must not be null");
        Objects.requireNonNull(newer, "newer must not be null");
        Objects.requireNonNull(tracked, "tracked must not be null");
        Objects.requireNonNull(date, "date must not be null");
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            styles(doc);
            doc.getProperties().getCoreProperties().setCreator(AUTHOR);
            doc.getProperties().getCoreProperties().setTitle(title(newer));
            doc.getProperties().getCoreProperties().setDescription("Tracked changes against " + older.file());
            new Writer(doc, older, newer, tracked, date).write();
            doc.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            // written to memory: an I/O failure here is a defect, not the user's disk
            throw new UncheckedIOException(e);
        }
    }

    private static String title(Report r) {
        return r.metadata().title() != null ? r.metadata().title() : r.file();
    }

    /** Writes the pieces paragraph by paragraph: a line break ends a paragraph, its mark tracked like the text around it. */
    private static final class Writer {
        private final XWPFDocument doc;
        private final TrackedText tracked;
        /** The date as Word writes it, to the second ({@code 2026-03-05T09:30:00Z}): Calendar would add milliseconds. */
        private final STDateTime date;
        private final Headings olderHeadings;
        private final Headings newerHeadings;
        private CTP paragraph;
        /** Whether the paragraph has had a character that is not a space: its first one decides its style. */
        private boolean styled;
        private long ids;

        Writer(XWPFDocument doc, Report older, Report newer, TrackedText tracked, Instant date) {
            this.doc = doc;
            this.tracked = tracked;
            this.date = STDateTime.Factory.newInstance();
            this.date.setStringValue(date.truncatedTo(ChronoUnit.SECONDS).toString());
            this.olderHeadings = new Headings(older);
            this.newerHeadings = new Headings(newer);
        }

        void write() {
            paragraph = doc.createParagraph().getCTP();
            for (TrackedPiece piece : tracked.pieces()) {
                String text = tracked.text(piece);
                Headings headings = piece.kind().older() ? olderHeadings : newerHeadings;
                if (piece.move() > 0) {
                    moveRange(piece, true);
                }
                int from = 0;
                for (int i = 0; i <= text.length(); i++) {
                    boolean lineEnd = i < text.length() && isLineBreak(text, i);
                    if (i == text.length() || lineEnd) {
                        runs(piece, text, from, i, headings);
                    }
                    if (lineEnd) {
                        endParagraph(piece);
                        if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                            i++; // CR LF is one line break
                        }
                        from = i + 1;
                    }
                }
                if (piece.move() > 0) {
                    moveRange(piece, false);
                }
            }
        }

        private static boolean isLineBreak(String text, int i) {
            char c = text.charAt(i);
            return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
        }

        /** {@code text[from, to)} of a piece, cut where bold (a heading's title) starts or stops. */
        private void runs(TrackedPiece piece, String text, int from, int to, Headings headings) {
            int start = from;
            for (int i = from; i <= to; i++) {
                if (i < to && !styled && !Character.isWhitespace(text.charAt(i))) {
                    styled = true;
                    style(headings, piece.start() + i);
                }
                if (i == to || i > start && headings.bold(piece.start() + i) != headings.bold(piece.start() + start)) {
                    if (i > start) {
                        run(piece, text.substring(start, i), headings.bold(piece.start() + start));
                    }
                    start = i;
                }
            }
        }

        private void style(Headings headings, int at) {
            int level = headings.level(at);
            if (level > 0 && headings.wholeLine(at)) {
                paragraph().addNewPStyle().setVal("Heading" + level);
            } else if (level > 0) {
                paragraph().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            } else if (headings.title(at)) {
                paragraph().addNewPStyle().setVal("Title");
            }
        }

        private org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr paragraph() {
            return paragraph.isSetPPr() ? paragraph.getPPr() : paragraph.addNewPPr();
        }

        private void run(TrackedPiece piece, String text, boolean bold) {
            CTR r = switch (piece.kind()) {
                case KEPT -> paragraph.addNewR();
                case INSERTED -> tracked(paragraph.addNewIns()).addNewR();
                case DELETED -> tracked(paragraph.addNewDel()).addNewR();
                case MOVED_FROM -> tracked(paragraph.addNewMoveFrom()).addNewR();
                case MOVED_TO -> tracked(paragraph.addNewMoveTo()).addNewR();
            };
            if (bold) {
                CTRPr properties = r.addNewRPr();
                properties.addNewB();
                properties.addNewBCs();
            }
            StringBuilder part = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\t' || c == '\f') {
                    text(r, part, piece.kind() == TrackedPiece.Kind.DELETED);
                    if (c == '\t') {
                        r.addNewTab();
                    } else {
                        r.addNewBr().setType(STBrType.PAGE);
                    }
                } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c)
                        || Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                        || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
                    part.append(c);
                }
            }
            text(r, part, piece.kind() == TrackedPiece.Kind.DELETED);
        }

        private static void text(CTR r, StringBuilder part, boolean deleted) {
            if (part.length() > 0) {
                CTText t = deleted ? r.addNewDelText() : r.addNewT();
                t.setStringValue(part.toString());
                if (!part.toString().strip().equals(part.toString())) {
                    // xml:space="preserve" keeps the spaces at either end
                    org.apache.xmlbeans.XmlCursor c = t.newCursor();
                    c.setAttributeText(new javax.xml.namespace.QName("http://www.w3.org/XML/1998/namespace", "space"), "preserve");
                    c.close();
                }
                part.setLength(0);
            }
        }

        /** Ends the paragraph; its mark is inserted, deleted or moved when the line break was. */
        private void endParagraph(TrackedPiece piece) {
            if (piece.kind() != TrackedPiece.Kind.KEPT) {
                CTParaRPr mark = paragraph().isSetRPr() ? paragraph().getRPr() : paragraph().addNewRPr();
                switch (piece.kind()) {
                    case INSERTED -> tracked(mark.addNewIns());
                    case DELETED -> tracked(mark.addNewDel());
                    case MOVED_FROM -> tracked(mark.addNewMoveFrom());
                    case MOVED_TO -> tracked(mark.addNewMoveTo());
                    default -> throw new IllegalStateException(piece.kind().id());
                }
            }
            paragraph = doc.createParagraph().getCTP();
            styled = false;
        }

        private <T extends CTTrackChange> T tracked(T change) {
            change.setId(BigInteger.valueOf(++ids));
            change.setAuthor(AUTHOR);
            change.xsetDate(date);
            return change;
        }

        /** Word pairs a move's two places by the name of the ranges around them. */
        private void moveRange(TrackedPiece piece, boolean start) {
            boolean from = piece.kind() == TrackedPiece.Kind.MOVED_FROM;
            long id = rangeId(piece, from);
            if (start) {
                CTMoveBookmark mark = from ? paragraph.addNewMoveFromRangeStart() : paragraph.addNewMoveToRangeStart();
                mark.setId(BigInteger.valueOf(id));
                mark.setName("move" + piece.move());
                mark.setAuthor(AUTHOR);
                mark.xsetDate(date);
            } else {
                CTMarkup mark = from ? paragraph.addNewMoveFromRangeEnd() : paragraph.addNewMoveToRangeEnd();
                mark.setId(BigInteger.valueOf(id));
            }
        }

        /** Range ids apart from the change ids: 1,000,000 up, two per move. */
        private static long rangeId(TrackedPiece piece, boolean from) {
            return 1_000_000L + 2L * piece.move() + (from ? 0 : 1);
        }
    }

    /** The parts and sections of a report's outline by where their number starts. */
    private static final class Headings {
        private static final int TITLE_WITHIN = 1000;
        private final java.util.Map<Integer, OutlineNode> byStart = new java.util.HashMap<>();
        private final java.util.BitSet bold = new java.util.BitSet();
        private final String text;
        /** Where the title line starts; -1 when the report has none. */
        private final int titleStart;

        Headings(Report report) {
            text = report.original();
            collect(report.outline());
            String title = report.metadata().title();
            int at = title == null ? -1 : text.indexOf(title);
            // the title line, after page furniture at most: near the start, alone on its line
            int lineStart = at < 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
            titleStart = at >= 0 && at < TITLE_WITHIN && text.substring(lineStart, at).isBlank() ? at : -1;
        }

        /** Whether the report's title line starts at {@code at}. */
        boolean title(int at) {
            return at == titleStart;
        }

        private void collect(List<OutlineNode> nodes) {
            for (OutlineNode n : nodes) {
                if (!n.lead() && n.level() <= 2) {
                    byStart.put(n.start(), n);
                    if (!wholeLine(n)) {
                        bold.set(n.start(), n.headingEnd());
                    }
                }
                collect(n.children());
            }
        }

        /** 1 or 2 for a part or a section starting at {@code at}, else 0. */
        int level(int at) {
            OutlineNode n = byStart.get(at);
            return n == null ? 0 : n.level();
        }

        boolean wholeLine(int at) {
            OutlineNode n = byStart.get(at);
            return n != null && wholeLine(n);
        }

        /** Whether nothing but spaces follows the heading on its line. */
        private boolean wholeLine(OutlineNode n) {
            for (int i = n.headingEnd(); i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return true;
        }

        boolean bold(int at) {
            return bold.get(at);
        }
    }

    /** Normal, Title, Heading 1 and 2, with Chinese text in a Chinese font and language. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setEastAsia(EAST_ASIAN_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
        styles.setSpellingLanguage("zh-CN");
        styles.addStyle(new XWPFStyle(style("Normal", "Normal", 0, 24, false, null), styles));
        styles.addStyle(new XWPFStyle(style("Title", "Title", -1, 36, true, STJc.CENTER), styles));
        styles.addStyle(new XWPFStyle(style("Heading1", "heading 1", 0, 32, true, null), styles));
        styles.addStyle(new XWPFStyle(style("Heading2", "heading 2", 1, 28, true, null), styles));
    }

    /**
     * @param outline the outline level (0 for Heading 1), -1 for none; Normal is the default style
     * @param size    in half points
     */
    private static CTStyle style(String id, String name, int outline, int size, boolean bold, STJc.Enum alignment) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        boolean normal = id.equals("Normal");
        if (normal) {
            style.setDefault(Boolean.TRUE);
        } else {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        }
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(normal ? 120 : 240));
        if (!normal) {
            paragraph.addNewKeepNext();
        }
        if (outline >= 0 && !normal) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        if (alignment != null) {
            paragraph.addNewJc().setVal(alignment);
        }
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
            run.addNewBCs();
        }
        run.addNewSz().setVal(BigInteger.valueOf(size));
        run.addNewSzCs().setVal(BigInteger.valueOf(size));
        return style;
    }
}
