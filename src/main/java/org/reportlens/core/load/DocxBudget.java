package org.reportlens.core.load;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks a .docx before Apache POI builds it in memory, streaming through it once: how much each
 * part unpacks to (a zip bomb is named as one), how deep the elements of the document nest (POI
 * walks them recursively: 10,000 levels overflow its stack) and how many characters of text the
 * document holds (a small file can hold tens of millions of characters, which POI would need
 * gigabytes for). Nothing is kept but counts.
 */
final class DocxBudget {
    /** No part of a real report comes near this once unpacked. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;
    /** Real documents unpack to a few times their size; a hundred times is a zip bomb (POI's guard says so too). */
    private static final long MAX_INFLATION = 100;
    /** A Word document has a few dozen parts. */
    static final int MAX_PARTS = 10_000;
    private static final String DOCUMENT = "word/document.xml";
    private static final String WORDML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxBudget() {
    }

    static void check(byte[] bytes, ReadLimits limits) throws UndecodableException {
        // first what each part unpacks to, then the document's XML: a bomb of zeros is a bomb, not bad XML
        readParts(bytes, limits, false);
        readParts(bytes, limits, true);
    }

    private static void readParts(byte[] bytes, ReadLimits limits, boolean parse) throws UndecodableException {
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw new UndecodableException(String.format(Locale.ROOT,
                            "is not a readable Word document: it holds more than %,d parts", MAX_PARTS));
                }
                CountingStream part = new CountingStream(zip, bytes.length);
                if (parse && entry.getName().equals(DOCUMENT)) {
                    checkDocument(part, limits);
                } else if (!parse) {
                    part.skipRest();
                }
            }
        } catch (ZipBombException e) {
            throw new UndecodableException(e.getMessage());
        } catch (ZipException e) {
            throw new UndecodableException("is not a readable Word document (a damaged ZIP archive: "
                    + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            // java.util.zip throws IllegalArgumentException for a part name that is not UTF-8
            throw new UndecodableException("is not a readable Word document (a damaged ZIP archive: "
                    + e.getMessage() + ")");
        }
    }

    private static void checkDocument(InputStream xml, ReadLimits limits) throws UndecodableException, IOException {
        DocumentCounter counter = new DocumentCounter(limits);
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            // the handler is the error handler too: a parser without one prints "[Fatal Error]" to stderr
            factory.newSAXParser().parse(xml, counter);
        } catch (OverBudget e) {
            throw new UndecodableException(e.getMessage());
        } catch (SAXException e) {
            throw new UndecodableException("is not a readable Word document (damaged XML in " + DOCUMENT + ": "
                    + e.getMessage() + ")");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the platform's XML parser cannot be made safe", e);
        } catch (ZipBombException e) {
            throw e;
        } catch (IOException e) {
            // the XML parser's reader reports bytes that are not UTF-8 as an IOException
            throw new UndecodableException("is not a readable Word document (damaged XML in " + DOCUMENT + ": "
                    + e.getMessage() + ")");
        }
    }

    /** A budget the document goes over: stops the parser, with the problem for the user. */
    private static final class OverBudget extends SAXException {
        OverBudget(String problem) {
            super(problem);
        }
    }

    /** Counts how deep the elements nest and the characters of text ({@code w:t}), stopping at the limits. */
    private static final class DocumentCounter extends DefaultHandler {
        private final ReadLimits limits;
        private long chars;
        private int depth;
        private int inText;

        DocumentCounter(ReadLimits limits) {
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (++depth > limits.maxNesting()) {
                throw new OverBudget(String.format(Locale.ROOT, "is refused: its elements nest"
                        + " more than %,d deep (a damaged or hostile document)", limits.maxNesting()));
            }
            if (isText(uri, localName)) {
                inText++;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
            if (isText(uri, localName)) {
                inText--;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inText > 0) {
                chars += length;
                if (chars > limits.maxTextChars()) {
                    throw new OverBudget(String.format(Locale.ROOT,
                            "holds too much text (more than %,d characters, the limit)", limits.maxTextChars()));
                }
            }
        }

        private static boolean isText(String uri, String localName) {
            return localName.equals("t") && WORDML.equals(uri);
        }
    }

    /** Counts what a part unpacks to and stops it at {@link #MAX_PART_BYTES}. */
    private static final class CountingStream extends FilterInputStream {
        private final long archiveBytes;
        private long count;

        CountingStream(InputStream in, long archiveBytes) {
            super(in);
            this.archiveBytes = archiveBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the ZIP stream goes on to the next part
        }

        void skipRest() throws IOException {
            byte[] buffer = new byte[64 * 1024];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counting only
            }
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > MAX_PART_BYTES) {
                throw new ZipBombException(archiveBytes);
            }
        }
    }

    /** An IOException so it passes through the XML parser; the message is the problem for the user. */
    static final class ZipBombException extends IOException {
        ZipBombException(long archiveBytes) {
            super(archiveBytes * MAX_INFLATION < MAX_PART_BYTES
                    ? String.format(Locale.ROOT, "is refused as a zip bomb: a part of its %,d bytes unpacks to more"
                    + " than %,d MB", archiveBytes, MAX_PART_BYTES / (1024 * 1024))
                    : String.format(Locale.ROOT, "is refused: a part of it unpacks to more than %,d MB",
                    MAX_PART_BYTES / (1024 * 1024)));
        }
    }
}
