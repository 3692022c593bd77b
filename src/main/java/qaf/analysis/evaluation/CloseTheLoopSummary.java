package qaf.analysis.evaluation;

import java.util.List;
import qaf.calendar.ClockResult;

/**
 * Close-the-loop compliance of an evaluation: every expected form (by case ref, then agency code)
 * and any form returned although the final grade did not call for one ({@code unexpected}).
 */
public record CloseTheLoopSummary(List<CloseTheLoopItem> expected, List<CloseTheLoopReturn> unexpected) {
    public CloseTheLoopSummary {
        expected = List.copyOf(expected);
        unexpected = List.copyOf(unexpected);
    }

    public int count(ClockResult.Status status) {
        return (int) expected.stream().filter(i -> i.status().filter(s -> s == status).isPresent()).count();
    }

    /** Returned by the due day, out of the forms already due (on time, late or overdue). */
    public Share onTimeShare() {
        int onTime = count(ClockResult.Status.ON_TIME);
        return new Share(onTime, onTime + count(ClockResult.Status.LATE) + count(ClockResult.Status.OVERDUE));
    }
}
