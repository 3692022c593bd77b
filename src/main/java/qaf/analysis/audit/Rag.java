package qaf.analysis.audit;

import qaf.codes.Coded;

import java.util.Locale;

/** A red / amber / green rating as the dataset writes it ({@code rag} in DATA-FORMAT.md). */
public enum Rag implements Coded {
    RED, AMBER, GREEN;

    /** The dataset word: "red", "amber", "green". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "Red", "Amber", "Green": the word printed beside the colour, never the colour alone. */
    @Override
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The constant of a dataset word, ignoring case and surrounding space. */
    public static Rag fromId(String id) {
        return Coded.parse(Rag.class, id, "rag rating");
    }
}
