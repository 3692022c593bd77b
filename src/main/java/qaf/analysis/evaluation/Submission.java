package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import qaf.calendar.ClockResult;

/**
 * One agency's chronology or self-evaluation for one case, measured against the timetable.
 * {@code clock} is absent only when {@code status} is {@link Status#UNASSESSED}.
 */
public record Submission(String caseRef, String agencyCode, String agencyName, Document document, LocalDate due,
        LocalDate submittedOn, Status status, Optional<ClockResult> clock) {

    public enum Document {
        CHRONOLOGY("Chronology"), SELF_EVALUATION("Self-evaluation");

        private final String label;

        Document(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * MISSING: not submitted and the deadline has passed as of the as-of date. UNASSESSED: a date
     * lies outside the bank-holiday data, so working days cannot be counted.
     */
    public enum Status { ON_TIME, LATE, MISSING, NOT_YET_DUE, UNASSESSED }

    public Submission {
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(clock, "clock");
    }

    /** Working days late (LATE) or overdue as of the as-of date (MISSING); otherwise 0. */
    public int workingDaysLate() {
        return clock.map(ClockResult::daysLate).orElse(0);
    }
}
