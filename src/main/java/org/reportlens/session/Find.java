package org.reportlens.session;

import java.util.Optional;
import org.reportlens.core.text.Span;

/** Find in a column: the next place of a text from where the user is, going round to the top. */
public final class Find {
    private Find() {
    }

    /**
     * The first place of {@code wanted} in {@code text} at or after {@code from}, else the first one
     * before it; empty when there is none, or nothing is wanted.
     */
    public static Optional<Span> next(String wanted, String text, int from) {
        if (wanted == null || wanted.isEmpty()) {
            return Optional.empty();
        }
        int at = text.indexOf(wanted, Math.max(0, Math.min(from, text.length())));
        if (at < 0) {
            at = text.indexOf(wanted);
        }
        return at < 0 ? Optional.empty() : Optional.of(new Span(at, at + wanted.length()));
    }

    /** Where a search starts: just after the start of a selection (so that it moves on), else at the caret. */
    public static int from(int selectionStart, int selectionLength, int caret) {
        return selectionLength > 0 ? selectionStart + 1 : caret;
    }
}
