package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every action across every source, rated as of one date by {@link ActionTracker}. Lists are
 * unmodifiable and in display order.
 *
 * @param actions in tracker order: overdue first (most days overdue first), then by source (in
 *     {@link ActionSource} order), owning agency (by code, partnership-wide last) and action ref
 * @param totals every action by RAG
 * @param bySource all seven sources, in {@link ActionSource} order, zeros included
 * @param byAgency each owning agency with at least one action, by code; partnership-wide actions
 *     last, under {@link ActionTracker#PARTNERSHIP_WIDE}
 * @param byStatus all four recorded statuses, in {@link ActionStatus} order, zeros included
 * @param completion complete / actions not cancelled
 * @param completedWithImpact complete with evidence of impact / complete
 * @param dataNotes plain sentences about gaps, for the document to print
 */
public record ActionRegister(LocalDate asOf, List<TrackedAction> actions, RagCounts totals,
        List<SourceCount> bySource, List<AgencyCount> byAgency, List<StatusCount> byStatus, Ratio completion,
        Ratio completedWithImpact, List<String> dataNotes) {
    public ActionRegister {
        Objects.requireNonNull(asOf, "asOf");
        actions = List.copyOf(actions);
        bySource = List.copyOf(bySource);
        byAgency = List.copyOf(byAgency);
        byStatus = List.copyOf(byStatus);
        dataNotes = List.copyOf(dataNotes);
    }

    /** Actions past due and not complete (the red ones). */
    public int overdue() {
        return totals.red();
    }

    /**
     * One action with its derived RAG.
     *
     * @param agency the owning agency, or null when partnership-wide
     * @param daysOverdue calendar days from the due date to the as-of date when RED, otherwise 0
     * @param daysLateAtCompletion calendar days from the due date to completion when completed late,
     *     otherwise 0
     */
    public record TrackedAction(ActionRecord action, Agency agency, ActionRag rag, int daysOverdue,
            int daysLateAtCompletion) {
        public TrackedAction {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(rag, "rag");
        }

        public boolean partnershipWide() {
            return agency == null;
        }

        /** The agency's name, or {@link ActionTracker#PARTNERSHIP_WIDE}. */
        public String owner() {
            return agency == null ? ActionTracker.PARTNERSHIP_WIDE : agency.name();
        }
    }

    public record SourceCount(ActionSource source, RagCounts counts) {
    }

    /** @param agency null for the partnership-wide row */
    public record AgencyCount(Agency agency, String label, RagCounts counts) {
    }

    public record StatusCount(ActionStatus status, RagCounts counts) {
    }
}
