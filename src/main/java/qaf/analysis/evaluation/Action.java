package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An action on an evaluation's plan (actions.csv): source kind {@code evaluation} or
 * {@code thematic} naming the evaluation, or {@code case} naming one of its cases.
 * {@code agencyCode} null means partnership-wide; {@code completedOn}, {@code evidence},
 * {@code impact} may be null. {@code impactEvidenced} is the dataset's own yes/no, null when blank
 * (the impact text then decides, DATA-FORMAT.md).
 */
public record Action(String actionRef, String sourceKind, String sourceRef, String agencyCode, String description,
        LocalDate agreedOn, LocalDate dueOn, Status status, LocalDate completedOn, String evidence, String impact,
        Boolean impactEvidenced) {

    /** An action whose impact_evidenced is blank (a version 1 dataset). */
    public Action(String actionRef, String sourceKind, String sourceRef, String agencyCode, String description,
            LocalDate agreedOn, LocalDate dueOn, Status status, LocalDate completedOn, String evidence, String impact) {
        this(actionRef, sourceKind, sourceRef, agencyCode, description, agreedOn, dueOn, status, completedOn, evidence,
                impact, null);
    }

    public enum Status {
        OPEN("open", "Open"), IN_PROGRESS("in-progress", "In progress"), COMPLETE("complete", "Complete"),
        CANCELLED("cancelled", "Cancelled");

        private final String id;
        private final String label;

        Status(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public static Status fromId(String text) {
            String wanted = text == null ? "" : text.strip();
            for (Status status : values()) {
                if (status.id.equalsIgnoreCase(wanted)) {
                    return status;
                }
            }
            throw new IllegalArgumentException("unknown action status; use open, in-progress, complete or cancelled");
        }
    }

    public Action {
        Objects.requireNonNull(actionRef, "actionRef");
        Objects.requireNonNull(sourceKind, "sourceKind");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(agreedOn, "agreedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(status, "status");
    }

    /** Still open or in progress after its due date, as of {@code asOf}. */
    public boolean overdueAt(LocalDate asOf) {
        return (status == Status.OPEN || status == Status.IN_PROGRESS) && asOf.isAfter(dueOn);
    }
}
