package qaf.analysis.evaluation;

import qaf.codes.Coded;

/** The panel's view of whether the child's voice was heard in the case (evaluation_cases.child_voice). */
public enum ChildVoice implements Coded {
    EVIDENCED("evidenced", "Evidenced"),
    PARTLY("partly", "Partly evidenced"),
    NOT_EVIDENCED("not-evidenced", "Not evidenced");

    private final String id;
    private final String label;

    ChildVoice(String id, String label) {
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
    public static ChildVoice fromId(String text) {
        return Coded.parse(ChildVoice.class, text, "child_voice");
    }
}
