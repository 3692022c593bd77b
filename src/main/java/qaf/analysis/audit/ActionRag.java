package qaf.analysis.audit;

/** An action's RAG as the tracker derives it ({@link ActionTracker}); cancelled actions are not rated. */
public enum ActionRag {
    RED("Red"), AMBER("Amber"), GREEN("Green"), NOT_RATED("Not rated (cancelled)");

    private final String label;

    ActionRag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
