package org.reportlens.core.load;

import java.util.List;
import java.util.Locale;

/** The file names read as reports when a directory is opened: text, Word, web pages and PDF. */
public final class ReportFileTypes {
    public static final List<String> EXTENSIONS = List.of("txt", "text", "docx", "html", "htm", "pdf");

    private ReportFileTypes() {
    }

    public static boolean isReport(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return false;
        }
        return EXTENSIONS.stream().anyMatch(e -> name.endsWith("." + e));
    }

    /** "*.txt", "*.docx", … for a file chooser. */
    public static List<String> globs() {
        return EXTENSIONS.stream().map(e -> "*." + e).toList();
    }
}
