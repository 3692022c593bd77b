package qaf.analysis.audit;

/** An action's recorded status; declaration order is the order of the counts by status. */
public enum ActionStatus {
    OPEN("open", "Open"),
    IN_PROGRESS("in-progress", "In progress"),
    COMPLETE("complete", "Complete"),
    CANCELLED("cancelled", "Cancelled");

    private final String id;
    private final String label;

    ActionStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static ActionStatus fromId(String id) {
        for (ActionStatus s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not an action status: " + id);
    }
}
