package qaf.document;

/**
 * Who a document is for, which decides what personal data it may hold and how its pages are marked
 * (DESIGN.md, "Privacy, audiences and marking").
 */
public enum Audience {
    /** May name the child; every page marked, file readable by its owner only. */
    CASE("case", "OFFICIAL-SENSITIVE"),
    /** Pseudonyms and age bands only; marked. */
    BOARD("board", "OFFICIAL-SENSITIVE"),
    /** No personal data, no case-level detail, no marking. */
    PUBLIC("public", "");

    private final String id;
    private final String marking;

    Audience(String id, String marking) {
        this.id = id;
        this.marking = marking;
    }

    /** The lower-case name used in the manifest. */
    public String id() {
        return id;
    }

    /** The protective marking printed at the top and bottom of every page; empty for none. */
    public String marking() {
        return marking;
    }
}
