package qaf.analysis.audit;

import java.util.Locale;

/** A red / amber / green rating as the dataset writes it ({@code rag} in DATA-FORMAT.md). */
public enum Rag {
    RED, AMBER, GREEN;

    /** The dataset word: "red", "amber", "green". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Rag fromId(String id) {
        for (Rag r : values()) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("not a rag rating: " + id);
    }
}
