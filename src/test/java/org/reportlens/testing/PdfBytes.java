package org.reportlens.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A PDF written object by object, with a correct cross-reference table: for hostile PDFs that no
 * library would write (a page tree listing one page 100,000 times) and for very long ones, written
 * in milliseconds. Object 1 is the first added.
 */
public final class PdfBytes {
    private final List<String> objects = new ArrayList<>();

    /** Adds an object's body ("<< /Type /Page … >>") and returns its number. */
    public int add(String body) {
        objects.add(body);
        return objects.size();
    }

    /** Adds a content stream and returns its number. */
    public int addStream(String content) {
        return add("<< /Length " + content.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + content
                + "\nendstream");
    }

    /** Replaces the body of object {@code number}, for objects that refer to ones added after them. */
    public void set(int number, String body) {
        objects.set(number - 1, body);
    }

    /** The file, with object {@code root} as the catalog. */
    public byte[] bytes(int root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        write(out, table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root " + root + " 0 R >>\nstartxref\n"
                + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /**
     * A PDF of {@code lines.size()} pages with one line of ASCII text each, in Helvetica: the shape
     * of the 20,000-page report whose every line was once taken for a running header.
     */
    public static byte[] oneLineAPage(List<String> lines) {
        PdfBytes pdf = new PdfBytes();
        int catalog = pdf.add("");
        int pages = pdf.add("");
        int font = pdf.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder kids = new StringBuilder();
        for (String line : lines) {
            int content = pdf.addStream("BT /F1 12 Tf 72 720 Td (" + line + ") Tj ET");
            int page = pdf.add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                    + " 0 R /Resources << /Font << /F1 " + font + " 0 R >> >> >>");
            kids.append(page).append(" 0 R ");
        }
        pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
        pdf.set(pages, "<< /Type /Pages /Count " + lines.size() + " /Kids [" + kids + "] >>");
        return pdf.bytes(catalog);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
