package qaf.analysis.audit;

import qaf.codes.Coded;

/** An action's recorded status; declaration order is the order of the counts by status. */
public enum ActionStatus implements Coded {
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

    /** The constant of a dataset word, ignoring case and surrounding space. */
    public static ActionStatus fromId(String id) {
        return Coded.parse(ActionStatus.class, id, "action status");
    }
}
