package qaf.analysis.due;

/** Where a clock stands on the as-at day; declaration order is the table's order (overdue first). */
public enum DueStatus {
    /** Not done and the due day has passed. */
    OVERDUE("Overdue"),
    /** Not done, due today or within the next 5 working days. */
    DUE_SOON("Due within 5 working days"),
    /** Not done, due later than that. */
    LATER("Later"),
    /** Done after the due day. */
    MISSED("Missed"),
    /** Done on or before the due day. */
    MET("Met");

    private final String label;

    DueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Not done as at the as-at day. */
    public boolean outstanding() {
        return this == OVERDUE || this == DUE_SOON || this == LATER;
    }
}
