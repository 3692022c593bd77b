package qaf.privacy;

import java.util.List;

/**
 * A place in a text that identifies a child. The span {@code [start, end)} is for replacing only:
 * nothing that describes a hit — {@link #describe()}, {@link #toString()} — holds the matched text,
 * so a hit can be logged or reported as it is.
 *
 * @param childRefs the children it may identify, in ref order: more than one when children share
 *     the name part (siblings share a family name) or the whole name
 */
public record Hit(Kind kind, List<String> childRefs, int start, int end) {

    /** What was found. */
    public enum Kind {
        /** Given and family name together, in either order. */
        FULL_NAME("full name"),
        /** A given or family name (or one piece of a double-barrelled one) standing alone. */
        NAME("given or family name"),
        DATE_OF_BIRTH("date of birth");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Hit {
        childRefs = List.copyOf(childRefs);
        if (childRefs.isEmpty() || start < 0 || end <= start) {
            throw new IllegalArgumentException("a hit names at least one child and spans at least one character");
        }
    }

    /** "CH1002: full name", "CH1002, CH1040: given or family name": refs and the kind, never the text. */
    public String describe() {
        return String.join(", ", childRefs) + ": " + kind.label();
    }

    boolean overlaps(Hit other) {
        return start < other.end && other.start < end;
    }
}
