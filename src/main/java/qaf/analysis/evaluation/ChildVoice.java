package qaf.analysis.evaluation;

/** The panel's view of whether the child's voice was heard in the case (evaluation_cases.child_voice). */
public enum ChildVoice {
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

    /** Matches ignoring case and surrounding space. */
    public static ChildVoice fromId(String text) {
        String wanted = text == null ? "" : text.strip();
        for (ChildVoice voice : values()) {
            if (voice.id.equalsIgnoreCase(wanted)) {
                return voice;
            }
        }
        throw new IllegalArgumentException("unknown child_voice; use evidenced, partly or not-evidenced");
    }
}
