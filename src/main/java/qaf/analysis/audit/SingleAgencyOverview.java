package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A year's single agency audits, made by {@link SingleAgencyAuditAnalysis}. Lists are unmodifiable
 * and in display order.
 *
 * @param due the due date the statuses were measured against
 * @param submittedRate audits submitted / audits asked for (the year's rows)
 * @param onTimeRate audits submitted on or before {@code due} / audits asked for
 * @param lines one per row, by agency code
 * @param howActioned the five ways of actioning, in appendix E's order: how many submitted audits ticked each
 *     (appendix E is a tick list, so an audit may count under several)
 * @param howActionedNotStated submitted audits that did not say how to action them
 * @param notAsked agencies other than schools with no row for the year, by code
 * @param dataNotes plain sentences about gaps and oddities, for the document to print
 * @param moderationPanel agencies invited to the peer review moderation panel, by code
 */
public record SingleAgencyOverview(String year, LocalDate due, Ratio submittedRate, Ratio onTimeRate,
        List<AuditLine> lines, List<HowActionedCount> howActioned, int howActionedNotStated, List<Agency> notAsked,
        List<String> dataNotes, List<Agency> moderationPanel) {
    public SingleAgencyOverview {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(due, "due");
        lines = List.copyOf(lines);
        howActioned = List.copyOf(howActioned);
        notAsked = List.copyOf(notAsked);
        dataNotes = List.copyOf(dataNotes);
        moderationPanel = List.copyOf(moderationPanel);
    }

    public enum SubmissionStatus {
        ON_TIME("On time"), LATE("Late"), OVERDUE("Missing (overdue)"), NOT_YET_DUE("Not yet due");

        private final String label;

        SubmissionStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean submitted() {
            return this == ON_TIME || this == LATE;
        }
    }

    /**
     * @param daysLate calendar days after {@code due}: to submission when LATE, to the as-of date
     *     when OVERDUE, otherwise 0
     * @param audit the row itself, for the document's per-agency sections
     */
    public record AuditLine(Agency agency, SubmissionStatus status, int daysLate, SingleAgencyAudit audit) {
    }

    public record HowActionedCount(HowActioned how, int count) {
    }
}
