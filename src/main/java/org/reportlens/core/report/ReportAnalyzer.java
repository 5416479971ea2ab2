package org.reportlens.core.report;

import java.nio.file.Path;
import java.util.List;
import org.reportlens.core.load.DecodedText;
import org.reportlens.core.meta.MetadataDetector;
import org.reportlens.core.meta.ReportMetadata;
import org.reportlens.core.outline.OutlineNode;
import org.reportlens.core.outline.OutlineParser;
import org.reportlens.core.text.NormalizedText;
import org.reportlens.core.text.TextNormalizer;

/** Turns decoded text into a {@link Report}: normalize, outline, metadata. */
public final class ReportAnalyzer {

    private ReportAnalyzer() {
    }

    /** Called after each phase of the analysis, so a benchmark can time them without copying them. */
    @FunctionalInterface
    public interface PhaseListener {
        PhaseListener NONE = phase -> { };

        void phaseDone(String phase);
    }

    public static Report analyze(String id, String file, DecodedText decoded) {
        return analyze(id, file, decoded, PhaseListener.NONE);
    }

    public static Report analyze(String id, String file, DecodedText decoded, PhaseListener listener) {
        NormalizedText text = TextNormalizer.normalize(decoded.text());
        listener.phaseDone("normalize");
        List<OutlineNode> outline = OutlineParser.parse(text);
        listener.phaseDone("outline");
        Path name = Path.of(file).getFileName();
        ReportMetadata metadata = MetadataDetector.detect(text, outline, name == null ? null : name.toString());
        listener.phaseDone("metadata");
        return new Report(id, file, decoded.encoding(), decoded.warnings(), text, metadata, outline);
    }
}
