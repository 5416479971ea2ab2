package org.reportlens.core.load;

import java.util.List;
import java.util.Objects;

/**
 * The text of a file as decoded, without its byte-order mark.
 *
 * @param text     the decoded text; every offset in the analysis indexes into it
 * @param encoding the canonical name of the charset used, e.g. {@code UTF-8}, {@code GB18030}
 * @param warnings problems that did not stop decoding (a truncated last character, a few
 *                 invalid bytes replaced), each a short sentence; never null
 */
public record DecodedText(String text, String encoding, List<String> warnings) {
    public DecodedText {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(encoding, "encoding must not be null");
        warnings = List.copyOf(warnings);
    }
}
