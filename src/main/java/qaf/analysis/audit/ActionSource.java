package qaf.analysis.audit;

import qaf.codes.Coded;

/** Where an action came from ({@code source_kind}); declaration order is the tracker's order. */
public enum ActionSource implements Coded {
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

    /** The constant of a dataset word, ignoring case and surrounding space. */
    public static ActionSource fromId(String id) {
        return Coded.parse(ActionSource.class, id, "action source_kind");
    }
}
