package org.reportlens.core.load;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a web page declares for itself — in a {@code <meta charset>} or {@code <meta
 * http-equiv="Content-Type" content="…; charset=…">} tag before the body, or an XML declaration —
 * mapped as browsers map it (gb2312 and GBK are read as GB18030, their superset; a page cannot
 * declare UTF-16 in a tag it could only be read by as ASCII, so that means UTF-8). "charset=" in
 * the text of the page is no declaration.
 */
final class DeclaredCharset {
    /** Browsers look this far; real pages put the tag in the first few hundred bytes. */
    private static final int HEAD_BYTES = 4096;
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([^\"'\\s;/>]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern XML = Pattern.compile("^\\s*<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([^\"']+)[\"']");
    private static final Pattern BODY = Pattern.compile("<body\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> AS_BROWSERS_READ = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("gb_2312-80", "GB18030"), Map.entry("csgb2312", "GB18030"), Map.entry("chinese", "GB18030"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("utf-16", "UTF-8"), Map.entry("utf-16le", "UTF-8"), Map.entry("utf-16be", "UTF-8"),
            Map.entry("utf-32", "UTF-8"), Map.entry("unicode", "UTF-8"));

    /** What the page says, as it says it: {@code "gb2312"}, {@code "-x"}. */
    static Optional<String> name(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML.matcher(head);
        if (xml.find()) {
            return Optional.of(xml.group(1).strip());
        }
        Matcher body = BODY.matcher(head);
        if (body.find()) {
            head = head.substring(0, body.start());
        }
        for (Matcher meta = META.matcher(head); meta.find(); ) {
            Matcher charset = CHARSET.matcher(meta.group());
            if (charset.find()) {
                return Optional.of(charset.group(1));
            }
        }
        return Optional.empty();
    }

    /** The charset a declared name stands for, read as browsers read it; empty for a name Java does not know. */
    static Optional<Charset> charset(String declared) {
        String name = AS_BROWSERS_READ.getOrDefault(declared.toLowerCase(Locale.ROOT), declared);
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            // an illegal name ("-x") is no charset at all
            return Optional.empty();
        }
    }

    private DeclaredCharset() {
    }
}
