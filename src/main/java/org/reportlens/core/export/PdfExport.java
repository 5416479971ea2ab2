package org.reportlens.core.export;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The comparison as a PDF: the HTML export's page (its A4-landscape print style, repeated column
 * headers, a new page for each part) laid out by Open HTML to PDF on PDFBox. Printing the page we
 * already write keeps one layout for screen, print and PDF. The page fetches nothing: the layout
 * engine is given the parsed document and no base address, and the page has no external resource.
 */
public final class PdfExport {
    /** The font families the page's style names; each is served by the Chinese font found. */
    static final List<String> FAMILIES = List.of("WenQuanYi Zen Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC",
            "sans-serif", "serif");

    private PdfExport() {
    }

    /**
     * @param html the HTML export's page ({@link HtmlExport#write})
     * @param font a font with Chinese glyphs, embedded as the subset the page uses
     * @throws IOException when the font cannot be loaded or the layout fails
     */
    public static byte[] write(String html, ChineseFont font) throws IOException {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument(); ChineseFont.Loaded loaded = font.load(document)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            for (String family : FAMILIES) {
                builder.useFont(new PDFontSupplier(loaded.font()), family);
            }
            builder.withW3cDocument(new W3CDom().fromJsoup(page), null);
            builder.withProducer("ReportLens");
            builder.toStream(out);
            builder.run();
        } catch (RuntimeException e) {
            // the layout engine throws unchecked exceptions on what it cannot lay out
            throw new IOException("the page could not be laid out (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        return out.toByteArray();
    }
}
