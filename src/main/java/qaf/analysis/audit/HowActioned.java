package qaf.analysis.audit;

import qaf.codes.Coded;

/** How an agency asked the board to action its single agency audit (appendix E, "How to be actioned"). */
public enum HowActioned implements Coded {
    AUTHOR_ATTENDING("author-attending", "Author attending"),
    DISCUSSION("discussion", "Discussion"),
    PRESENTATION("presentation", "Presentation"),
    WORKSHOP("workshop", "Workshop"),
    CIRCULATE("circulate", "Circulate");

    private final String id;
    private final String label;

    HowActioned(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The constant of a dataset word, ignoring case and surrounding space. */
    public static HowActioned fromId(String id) {
        return Coded.parse(HowActioned.class, id, "how_actioned value");
    }
}
