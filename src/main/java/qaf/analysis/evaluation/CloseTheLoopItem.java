package qaf.analysis.evaluation;

import java.util.Objects;
import java.util.Optional;
import qaf.calendar.ClockResult;

/**
 * A close-the-loop form expected from an agency whose final grade on a case is requires improvement
 * or inadequate, with the form if returned and its clock (from the panel day). {@code clock} is
 * absent only when a date lies outside the bank-holiday data.
 */
public record CloseTheLoopItem(AgencyGrade grade, Optional<CloseTheLoopReturn> returned,
        Optional<ClockResult> clock) {
    public CloseTheLoopItem {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(returned, "returned");
        Objects.requireNonNull(clock, "clock");
    }

    /** ON_TIME, LATE, OVERDUE (outstanding past the due day) or NOT_YET_DUE; empty when unassessed. */
    public Optional<ClockResult.Status> status() {
        return clock.map(ClockResult::status);
    }
}
