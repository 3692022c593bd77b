package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One action as recorded ({@code actions}), whatever process agreed it: the one action type of qaf
 * (the tracker, the audit overviews and the evaluation documents all read it).
 *
 * @param agencyCode the owning agency; null for a partnership-wide action
 * @param completedOn required when complete, otherwise may be null
 * @param evidence evidence of completion, may be null
 * @param impact evidence of impact, may be null
 * @param impactEvidenced the dataset's own yes/no; null when blank, so the impact text decides
 *     (DATA-FORMAT.md, Version 2)
 */
public record ActionRecord(String actionRef, ActionSource source, String sourceRef, String agencyCode,
        String description, LocalDate agreedOn, LocalDate dueOn, ActionStatus status, LocalDate completedOn,
        String evidence, String impact, Boolean impactEvidenced) {

    /** An action whose impact_evidenced is blank (a version 1 dataset). */
    public ActionRecord(String actionRef, ActionSource source, String sourceRef, String agencyCode,
            String description, LocalDate agreedOn, LocalDate dueOn, ActionStatus status, LocalDate completedOn,
            String evidence, String impact) {
        this(actionRef, source, sourceRef, agencyCode, description, agreedOn, dueOn, status, completedOn, evidence,
                impact, null);
    }
    public ActionRecord {
        Objects.requireNonNull(actionRef, "actionRef");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceRef, "sourceRef");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(agreedOn, "agreedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(status, "status");
        if (status == ActionStatus.COMPLETE && completedOn == null) {
            throw new IllegalArgumentException("action " + actionRef + " is complete but has no completion date");
        }
    }

    /**
     * Still open or in progress after its due date, as of {@code asOf} (an action due that day is not
     * yet overdue). The one overdue rule: {@link ActionTracker#rag} rates such an action red.
     */
    public boolean overdueAt(LocalDate asOf) {
        return (status == ActionStatus.OPEN || status == ActionStatus.IN_PROGRESS) && asOf.isAfter(dueOn);
    }

    /** Complete, with evidence of impact by the one rule ({@link ImpactEvidence}). */
    public boolean completeWithImpact() {
        return status == ActionStatus.COMPLETE && ImpactEvidence.evidenced(impactEvidenced, impact);
    }
}
