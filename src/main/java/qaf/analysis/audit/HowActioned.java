package qaf.analysis.audit;

/** How an agency asked the board to action its single agency audit (appendix E, "How to be actioned"). */
public enum HowActioned {
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

    public static HowActioned fromId(String id) {
        for (HowActioned h : values()) {
            if (h.id.equals(id)) {
                return h;
            }
        }
        throw new IllegalArgumentException("not a how_actioned value: " + id);
    }
}
