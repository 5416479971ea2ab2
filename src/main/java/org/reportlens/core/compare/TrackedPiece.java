package org.reportlens.core.compare;

import java.util.Locale;
import java.util.Objects;

/**
 * One stretch of a {@link TrackedText}: text kept, inserted, deleted, or moved away from or to its
 * place. The span {@code [start, end)} is in the newer report's original text for {@code KEPT},
 * {@code INSERTED} and {@code MOVED_TO}, in the older one's for {@code DELETED} and
 * {@code MOVED_FROM}; a kept stretch has exactly the same text in both reports.
 *
 * @param move for {@code MOVED_FROM} and {@code MOVED_TO}, the number (from 1) that pairs a
 *             passage's old place with its new one; 0 for the other kinds
 */
public record TrackedPiece(Kind kind, int start, int end, int move) {
    /** What became of the stretch. */
    public enum Kind {
        KEPT, INSERTED, DELETED, MOVED_FROM, MOVED_TO;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Whether the text is the older report's (and appears only when every change is rejected). */
        public boolean older() {
            return this == DELETED || this == MOVED_FROM;
        }

        /** Whether the text is in the newer report, so it stays when every change is accepted. */
        public boolean newer() {
            return !older();
        }
    }

    public TrackedPiece {
        Objects.requireNonNull(kind, "kind must not be null");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ") of a " + kind.id() + " piece");
        }
        if ((move > 0) != (kind == Kind.MOVED_FROM || kind == Kind.MOVED_TO) || move < 0) {
            throw new IllegalArgumentException("a " + kind.id() + " piece with move number " + move);
        }
    }
}
