package org.reportlens.core.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font with Chinese glyphs for the PDF, found among the fonts installed on this machine. A PDF
 * must carry its glyphs, and a CJK font is 10–20 MB, too heavy to ship in the program; every
 * system our users run has one (WenQuanYi or Noto CJK on Linux, Microsoft YaHei, SimHei or SimSun
 * on Windows, PingFang or Heiti on macOS). Only TrueType outlines are embedded by PDFBox, so the
 * CFF-based OpenType fonts (Noto Sans CJK's .otf and .ttc) are not on the list: a machine with only
 * those is told to install a TrueType one.
 *
 * @param file the font file (.ttf or .ttc)
 */
public record ChineseFont(Path file) {
    /** File names of fonts that hold the common Chinese characters, in order of preference. */
    static final List<String> KNOWN = List.of("wqy-zenhei.ttc", "wqy-microhei.ttc", "msyh.ttc", "msyh.ttf", "simhei.ttf",
            "simsun.ttc", "pingfang.ttc", "stheiti light.ttc", "stheiti medium.ttc", "hiragino sans gb.ttc",
            "notosanscjksc-regular.ttf", "droidsansfallbackfull.ttf", "droidsansfallback.ttf", "arialuni.ttf");
    /** Where systems keep fonts; searched a few levels down. */
    static final List<String> FOLDERS = List.of("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts",
            "~/.fonts", "C:\\Windows\\Fonts", "~/AppData/Local/Microsoft/Windows/Fonts", "/System/Library/Fonts",
            "/Library/Fonts", "~/Library/Fonts");
    private static final int DEPTH = 4;
    /** A character every report has: a font without it is no Chinese font. */
    private static final int PROBE = '国';

    public ChineseFont {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
    }

    /** The first known Chinese font installed here, or empty. */
    public static Optional<ChineseFont> installed() {
        List<Path> folders = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        for (String folder : FOLDERS) {
            folders.add(Path.of(folder.startsWith("~") ? home + folder.substring(1) : folder));
        }
        return find(folders);
    }

    /** The first font of {@link #KNOWN} (in that order) found under {@code folders}. */
    static Optional<ChineseFont> find(List<Path> folders) {
        List<Path> found = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.find(folder, DEPTH, (p, a) -> a.isRegularFile()
                    && KNOWN.contains(p.getFileName().toString().toLowerCase(Locale.ROOT)))) {
                files.forEach(found::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable font folder only means fewer fonts to choose from
            }
        }
        return found.stream()
                .min(java.util.Comparator.comparingInt(p -> KNOWN.indexOf(p.getFileName().toString().toLowerCase(Locale.ROOT))))
                .map(ChineseFont::new);
    }

    /**
     * The font loaded into {@code document} for embedding (only the glyphs used). Closing the
     * returned {@link Loaded} (the font file stays open while glyphs are subset) is the caller's, after
     * the document is saved.
     *
     * @throws IOException when the file is not a TrueType font or collection holding Chinese glyphs
     */
    Loaded load(PDDocument document) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                TrueTypeFont[] chosen = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (chosen[0] == null && hasChinese(font)) {
                        chosen[0] = font;
                    }
                });
                if (chosen[0] == null) {
                    throw new IOException(file + " holds no font with Chinese characters");
                }
                return new Loaded(PDType0Font.load(document, chosen[0], true), collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw failed(e);
            }
        }
        RandomAccessReadBufferedFile read = new RandomAccessReadBufferedFile(file.toFile());
        try {
            TrueTypeFont font = new TTFParser().parse(read);
            if (!hasChinese(font)) {
                throw new IOException(file + " has no Chinese characters");
            }
            return new Loaded(PDType0Font.load(document, font, true), read);
        } catch (IOException | RuntimeException e) {
            read.close();
            throw failed(e);
        }
    }

    /** The reason, naming the font file once. */
    private IOException failed(Exception e) {
        String message = String.valueOf(e.getMessage());
        return e instanceof IOException io && message.contains(file.toString()) ? io
                : new IOException(file + " cannot be used as a font (" + message + ")", e);
    }

    private static boolean hasChinese(TrueTypeFont font) throws IOException {
        return font.getUnicodeCmapLookup(false) != null && font.getUnicodeCmapLookup(false).getGlyphId(PROBE) > 0;
    }

    /** A font ready in a document, and the file it is read from, to close after saving. */
    record Loaded(PDType0Font font, java.io.Closeable source) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
