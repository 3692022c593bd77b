package qaf.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One clock measured: when it started, when it fell due, when (if ever) the thing was done, and
 * how late. {@code done} is null while outstanding.
 *
 * <p>{@code daysLate} is in the rule's {@link ClockRule#unit()}; it is 0 unless the status is LATE
 * or OVERDUE. In working days, something done (or, while OVERDUE, still outstanding at
 * {@code asOf}) on a weekend or bank holiday counts as done on the next working day, the usual
 * "received on a non-working day" convention; so a LATE or OVERDUE result is always at least one
 * day late, and a Saturday return after a Friday deadline is one working day late.
 */
public record ClockResult(ClockRule rule, LocalDate start, LocalDate due, LocalDate done, Status status,
        int daysLate) {

    public enum Status { ON_TIME, LATE, OVERDUE, NOT_YET_DUE }

    public ClockResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        if (daysLate < 0) {
            throw new IllegalArgumentException("daysLate must not be negative");
        }
        if ((done == null) != (status == Status.OVERDUE || status == Status.NOT_YET_DUE)) {
            throw new IllegalArgumentException("status " + status + " does not fit done " + done);
        }
    }

    /**
     * Measures {@code rule} from {@code start}. {@code done} may be null (still outstanding), in
     * which case {@code asOf} decides between OVERDUE and NOT_YET_DUE; {@code asOf} is ignored
     * when {@code done} is given and may then be null.
     */
    public static ClockResult evaluate(ClockRule rule, LocalDate start, LocalDate done, LocalDate asOf,
            WorkingDays wd) {
        Objects.requireNonNull(rule, "rule");
        LocalDate due = rule.due(start, wd);
        if (done != null) {
            if (done.isAfter(due)) {
                return new ClockResult(rule, start, due, done, Status.LATE, lateness(rule, due, done, wd));
            }
            return new ClockResult(rule, start, due, done, Status.ON_TIME, 0);
        }
        Objects.requireNonNull(asOf, "asOf is needed when the clock's work is not done");
        if (asOf.isAfter(due)) {
            return new ClockResult(rule, start, due, null, Status.OVERDUE, lateness(rule, due, asOf, wd));
        }
        return new ClockResult(rule, start, due, null, Status.NOT_YET_DUE, 0);
    }

    public boolean isLateOrOverdue() {
        return status == Status.LATE || status == Status.OVERDUE;
    }

    /** {@code when} is after {@code due}. */
    private static int lateness(ClockRule rule, LocalDate due, LocalDate when, WorkingDays wd) {
        return switch (rule.unit()) {
            case WORKING_DAYS -> wd.count(due, wd.onOrAfter(when));
            case CALENDAR_DAYS -> Math.toIntExact(ChronoUnit.DAYS.between(due, when));
        };
    }
}
