package qaf.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one overdue rule, which the tracker's red and the evaluation documents' "overdue" both follow. */
class ActionRecordTest {
    private static final LocalDate DUE = LocalDate.of(2019, 1, 31);

    private static ActionRecord action(ActionStatus status, LocalDate completedOn) {
        return new ActionRecord("ACT-9", ActionSource.CASE, "C-07", "POL", "Review the visits.",
                LocalDate.of(2018, 12, 1), DUE, status, completedOn, null, null);
    }

    @Test
    void openOrInProgressIsOverdueFromTheDayAfterItsDueDate() {
        for (ActionStatus status : new ActionStatus[] {ActionStatus.OPEN, ActionStatus.IN_PROGRESS}) {
            assertFalse(action(status, null).overdueAt(DUE), status + " due today");
            assertTrue(action(status, null).overdueAt(DUE.plusDays(1)), status + " a day late");
        }
    }

    @Test
    void completeOrCancelledIsNeverOverdue() {
        assertFalse(action(ActionStatus.COMPLETE, DUE.plusDays(40)).overdueAt(DUE.plusDays(60)));
        assertFalse(action(ActionStatus.CANCELLED, null).overdueAt(DUE.plusDays(60)));
    }

    @Test
    void theTrackersRedIsTheOverdueRule() {
        LocalDate late = DUE.plusDays(1);
        assertEquals(ActionRag.RED, ActionTracker.rag(action(ActionStatus.OPEN, null), late));
        assertEquals(ActionRag.AMBER, ActionTracker.rag(action(ActionStatus.OPEN, null), DUE));
        assertEquals(ActionRag.GREEN, ActionTracker.rag(action(ActionStatus.IN_PROGRESS, null), DUE));
    }

    @Test
    void aCompleteActionNeedsItsCompletionDate() {
        assertThrows(IllegalArgumentException.class, () -> action(ActionStatus.COMPLETE, null));
    }
}
