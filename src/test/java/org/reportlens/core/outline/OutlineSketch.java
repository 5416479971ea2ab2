package org.reportlens.core.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.reportlens.core.text.TextNormalizer;

/** A text's outline written compactly for tests: one line per node, indented two spaces a level. */
final class OutlineSketch {
    private OutlineSketch() {
    }

    static List<OutlineNode> parse(String text) {
        return OutlineParser.parse(TextNormalizer.normalize(text));
    }

    /** The outline of {@code text}, each node as {@code line} writes it; a node it writes as null is left out with its children. */
    static String of(String text, Function<OutlineNode, String> line) {
        List<String> lines = new ArrayList<>();
        write(parse(text), "", line, lines);
        return String.join("\n", lines);
    }

    private static void write(List<OutlineNode> nodes, String indent, Function<OutlineNode, String> line, List<String> out) {
        for (OutlineNode n : nodes) {
            String written = line.apply(n);
            if (written != null) {
                out.add(indent + written);
                write(n.children(), indent + "  ", line, out);
            }
        }
    }
}
