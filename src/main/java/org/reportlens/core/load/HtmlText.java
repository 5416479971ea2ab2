package org.reportlens.core.load;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a report saved as a web page, with jsoup: scripts, styles, navigation, headers,
 * footers, sidebars and forms left out; one line per block (paragraph, heading, list item, table
 * row, line break). The encoding comes from a byte order mark, or the page's {@code meta} charset
 * checked against its bytes ({@link DeclaredCharset}); a page that declares none is decoded like a
 * text file.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "tr", "section", "article", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "center");
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, object, svg, nav, header, footer,"
            + " aside, form, select, button";
    /** Page parts that are not the report, by id or class. */
    private static final Pattern FURNITURE = Pattern.compile("nav|menu|footer|header|breadcrumb|share|comment|sidebar"
            + "|banner|toolbar|copyright", Pattern.CASE_INSENSITIVE);

    private HtmlText() {
    }

    /** Whether a file looks like a web page: by its name, or by how its text begins. */
    static boolean looksLikeHtml(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3);
        }
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    static DecodedText extract(byte[] bytes) throws UndecodableException {
        DecodedText page = decodePage(bytes);
        String html = page.text();
        String encoding = page.encoding();
        Document doc;
        try {
            doc = Jsoup.parse(html);
        } catch (RuntimeException e) {
            throw new UndecodableException("is not a readable web page (" + e.getClass().getSimpleName() + ")");
        }
        doc.select(NOT_TEXT).remove();
        for (Element e : doc.body().select("[id], [class]")) {
            if (e.parent() != null && (FURNITURE.matcher(e.id()).find() || FURNITURE.matcher(e.className()).find())) {
                e.remove();
            }
        }
        StringBuilder text = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }
        });
        String result = text.toString().replaceAll("[ \\t\\u00a0\\u3000]*\\n[\\s\\u3000]*", "\n").strip();
        if (!TextPlausibility.hasVisibleText(result)) {
            throw new UndecodableException("is a web page with no report text");
        }
        return new DecodedText(result + "\n", "HTML (" + encoding + ")", page.warnings());
    }

    /**
     * The page's markup as text. A byte order mark outranks what the page says of itself; what it
     * says is checked against its bytes: bytes that are not valid in the declared charset, decode
     * to garbage in it, or are clearly UTF-8 or another Chinese encoding are decoded as what they
     * are, with a warning.
     */
    static DecodedText decodePage(byte[] bytes) throws UndecodableException {
        var declared = DeclaredCharset.name(bytes);
        if (TextDecoder.hasByteOrderMark(bytes) || declared.isEmpty()) {
            return TextDecoder.decode(bytes);
        }
        var charset = DeclaredCharset.charset(declared.get());
        if (charset.isEmpty()) {
            return TextDecoder.withWarning(TextDecoder.decode(bytes), "the page declares the unknown charset \""
                    + declared.get() + "\", which was ignored");
        }
        return TextDecoder.decodeAsDeclared(bytes, declared.get(), charset.get());
    }
}
