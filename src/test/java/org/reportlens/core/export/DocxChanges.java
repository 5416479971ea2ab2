package org.reportlens.core.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a .docx back as Word would show it with every tracked change accepted, or every one
 * rejected: accepting drops deleted and moved-from text and keeps inserted and moved-to text,
 * rejecting the reverse; a paragraph whose mark is dropped runs on into the next. Read from the
 * document's own XML with the JDK's parser, not from anything the writer knows.
 */
public final class DocxChanges {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private final List<Element> paragraphs = new ArrayList<>();

    public DocxChanges(byte[] docx) throws IOException {
        byte[] xml = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    xml = zip.readAllBytes();
                }
            }
        }
        if (xml == null) {
            throw new IOException("no word/document.xml in the package");
        }
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("word/document.xml is no XML: " + e.getMessage(), e);
        }
        Element body = child(document.getDocumentElement(), "body");
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals("p")) {
                paragraphs.add(e);
            }
        }
    }

    public String accepted() {
        return text(true);
    }

    public String rejected() {
        return text(false);
    }

    /** The paragraphs' style ids, in order ("" for none). */
    List<String> styles() {
        List<String> out = new ArrayList<>();
        for (Element p : paragraphs) {
            Element pPr = child(p, "pPr");
            Element style = pPr == null ? null : child(pPr, "pStyle");
            out.add(style == null ? "" : style.getAttributeNS(W, "val"));
        }
        return out;
    }

    /** The paragraphs' outline levels set on the paragraph itself, in order (-1 for none). */
    List<Integer> outlineLevels() {
        List<Integer> out = new ArrayList<>();
        for (Element p : paragraphs) {
            Element pPr = child(p, "pPr");
            Element level = pPr == null ? null : child(pPr, "outlineLvl");
            out.add(level == null ? -1 : Integer.parseInt(level.getAttributeNS(W, "val")));
        }
        return out;
    }

    /** The values of a w: attribute on every element of this name. */
    List<String> attributes(String name, String attribute) {
        List<String> out = new ArrayList<>();
        for (Element p : paragraphs) {
            var found = p.getElementsByTagNameNS(W, name);
            for (int i = 0; i < found.getLength(); i++) {
                out.add(((Element) found.item(i)).getAttributeNS(W, attribute));
            }
        }
        return out;
    }

    /** How many elements of this name (ins, del, moveFrom, moveTo…) the paragraphs hold. */
    int count(String name) {
        int n = 0;
        for (Element p : paragraphs) {
            n += p.getElementsByTagNameNS(W, name).getLength();
        }
        return n;
    }

    private String text(boolean accept) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            Element p = paragraphs.get(i);
            for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e)) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "r" -> runs(e, out);
                    case "ins", "moveTo" -> {
                        if (accept) {
                            runs(e, out);
                        }
                    }
                    case "del", "moveFrom" -> {
                        if (!accept) {
                            runs(e, out);
                        }
                    }
                    default -> { }
                }
            }
            if (i < paragraphs.size() - 1 && keepsMark(p, accept)) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static boolean keepsMark(Element p, boolean accept) {
        Element pPr = child(p, "pPr");
        Element rPr = pPr == null ? null : child(pPr, "rPr");
        if (rPr == null) {
            return true;
        }
        boolean older = child(rPr, "del") != null || child(rPr, "moveFrom") != null;
        boolean newer = child(rPr, "ins") != null || child(rPr, "moveTo") != null;
        return accept ? !older : !newer;
    }

    private static void runs(Element parent, StringBuilder out) {
        List<Element> runs = new ArrayList<>();
        if (parent.getLocalName().equals("r")) {
            runs.add(parent);
        } else {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getLocalName().equals("r")) {
                    runs.add(e);
                }
            }
        }
        for (Element r : runs) {
            for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    switch (e.getLocalName()) {
                        case "t", "delText" -> out.append(e.getTextContent());
                        case "tab" -> out.append('\t');
                        case "br" -> out.append('\f');
                        default -> { }
                    }
                }
            }
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name) && W.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }
}
