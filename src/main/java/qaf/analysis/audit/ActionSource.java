package qaf.analysis.audit;

/** Where an action came from ({@code source_kind}); declaration order is the tracker's order. */
public enum ActionSource {
    EVALUATION("evaluation", "Multi-agency case evaluation"),
    CASE("case", "Case"),
    REVIEW("review", "Review"),
    S11("s11", "Section 11 audit"),
    SCHOOL_AUDIT("school-audit", "School audit"),
    SINGLE_AGENCY_AUDIT("single-agency-audit", "Single agency audit"),
    THEMATIC("thematic", "Thematic action plan");

    private final String id;
    private final String label;

    ActionSource(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The dataset word. */
    public String id() {
        return id;
    }

    /** For tables and charts. */
    public String label() {
        return label;
    }

    public static ActionSource fromId(String id) {
        for (ActionSource s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not an action source_kind: " + id);
    }
}
