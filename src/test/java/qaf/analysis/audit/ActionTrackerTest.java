package qaf.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.audit.ActionRegister.AgencyCount;
import qaf.analysis.audit.ActionRegister.SourceCount;
import qaf.analysis.audit.ActionRegister.StatusCount;
import qaf.analysis.audit.ActionRegister.TrackedAction;

/**
 * The action register as of 1 April 2019 over nine hand-made actions.
 * <pre>
 * ref source        owner status       due         done / impact          RAG, working
 * R1  evaluation    A     open         2019-03-01                         RED, 1 Mar → 1 Apr = 31 days
 * R2  case          -     in-progress  2019-03-31                         RED, 1 day
 * R3  s11           B     open         2019-04-01                         AMBER (due today: not overdue)
 * R4  s11           A     in-progress  2019-05-01                         GREEN (progressing)
 * R5  evaluation    B     complete     2019-01-01  2019-01-05, impact      GREEN, 4 days late at completion
 * R6  thematic      -     complete     2019-02-01  2019-01-20, blank       GREEN, no impact evidence
 * R7  review        A     cancelled    2018-12-01                         NOT_RATED (never red)
 * R8  evaluation    A     in-progress  2019-03-01                         RED, 31 days
 * R9  school-audit  B     open         2019-02-15                         RED, 15 Feb → 1 Apr = 13 + 31 + 1 = 45
 * </pre>
 */
class ActionTrackerTest {
    private static final LocalDate AS_OF = LocalDate.of(2019, 4, 1);
    private static final Agency A = new Agency("A", "Agency A", "police", null);
    private static final Agency B = new Agency("B", "Agency B", "health", null);

    private static ActionRecord action(String ref, ActionSource source, String agency, ActionStatus status,
            String due, String done, String impact) {
        return new ActionRecord(ref, source, "SRC", agency, "Do it", LocalDate.of(2018, 11, 1), LocalDate.parse(due),
                status, done == null ? null : LocalDate.parse(done), null, impact);
    }

    private static List<ActionRecord> actions() {
        return List.of(
                action("R7", ActionSource.REVIEW, "A", ActionStatus.CANCELLED, "2018-12-01", null, null),
                action("R6", ActionSource.THEMATIC, null, ActionStatus.COMPLETE, "2019-02-01", "2019-01-20", "  "),
                action("R1", ActionSource.EVALUATION, "A", ActionStatus.OPEN, "2019-03-01", null, null),
                action("R2", ActionSource.CASE, null, ActionStatus.IN_PROGRESS, "2019-03-31", null, null),
                action("R3", ActionSource.S11, "B", ActionStatus.OPEN, "2019-04-01", null, null),
                action("R4", ActionSource.S11, "A", ActionStatus.IN_PROGRESS, "2019-05-01", null, null),
                action("R5", ActionSource.EVALUATION, "B", ActionStatus.COMPLETE, "2019-01-01", "2019-01-05",
                        "Fewer late referrals"),
                action("R9", ActionSource.SCHOOL_AUDIT, "B", ActionStatus.OPEN, "2019-02-15", null, null),
                action("R8", ActionSource.EVALUATION, "A", ActionStatus.IN_PROGRESS, "2019-03-01", null, null));
    }

    private static ActionRegister register() {
        return ActionTracker.register(actions(), List.of(B, A), AS_OF);
    }

    @Test
    void theRagRuleAtItsBoundaries() {
        ActionRecord open = action("X", ActionSource.CASE, null, ActionStatus.OPEN, "2019-04-01", null, null);
        ActionRecord progressing = action("Y", ActionSource.CASE, null, ActionStatus.IN_PROGRESS, "2019-04-01", null,
                null);
        // Due today: not overdue. The day after: overdue.
        assertEquals(ActionRag.AMBER, ActionTracker.rag(open, AS_OF));
        assertEquals(ActionRag.GREEN, ActionTracker.rag(progressing, AS_OF));
        assertEquals(ActionRag.RED, ActionTracker.rag(open, AS_OF.plusDays(1)));
        assertEquals(ActionRag.RED, ActionTracker.rag(progressing, AS_OF.plusDays(1)));
        // Complete late is still green; cancelled long past due is never red.
        ActionRecord late = action("Z", ActionSource.CASE, null, ActionStatus.COMPLETE, "2019-01-01", "2019-03-01",
                null);
        assertEquals(ActionRag.GREEN, ActionTracker.rag(late, AS_OF));
        ActionRecord cancelled = action("W", ActionSource.CASE, null, ActionStatus.CANCELLED, "2017-01-01", null,
                null);
        assertEquals(ActionRag.NOT_RATED, ActionTracker.rag(cancelled, AS_OF));
    }

    @Test
    void trackerOrderIsOverdueFirstThenSourceAgencyRef() {
        List<TrackedAction> t = register().actions();
        // RED: R9 45, R1 31 and R8 31 (same source and agency: by ref), R2 1.
        // The rest by source: evaluation R5; review R7; s11 R4 (A) then R3 (B); thematic R6.
        assertEquals(List.of("R9", "R1", "R8", "R2", "R5", "R7", "R4", "R3", "R6"),
                t.stream().map(x -> x.action().actionRef()).toList());
        assertEquals(List.of(45, 31, 31, 1, 0, 0, 0, 0, 0), t.stream().map(TrackedAction::daysOverdue).toList());
        assertEquals(List.of(ActionRag.RED, ActionRag.RED, ActionRag.RED, ActionRag.RED, ActionRag.GREEN,
                ActionRag.NOT_RATED, ActionRag.GREEN, ActionRag.AMBER, ActionRag.GREEN),
                t.stream().map(TrackedAction::rag).toList());
        // R5 completed 1 Jan → 5 Jan = 4 days late; R6 completed early.
        assertEquals(4, t.get(4).daysLateAtCompletion());
        assertEquals(0, t.get(8).daysLateAtCompletion());
        assertEquals("Partnership-wide", t.get(3).owner());
        assertNull(t.get(3).agency());
        assertEquals("Agency B", t.get(0).owner());
    }

    @Test
    void countsBySourceAgencyAndStatus() {
        ActionRegister r = register();
        // Red R1 R2 R8 R9; amber R3; green R4 R5 R6; not rated R7.
        assertEquals(new RagCounts(4, 1, 3, 1), r.totals());
        assertEquals(4, r.overdue());
        assertEquals(List.of(
                new SourceCount(ActionSource.EVALUATION, new RagCounts(2, 0, 1, 0)),
                new SourceCount(ActionSource.CASE, new RagCounts(1, 0, 0, 0)),
                new SourceCount(ActionSource.REVIEW, new RagCounts(0, 0, 0, 1)),
                new SourceCount(ActionSource.S11, new RagCounts(0, 1, 1, 0)),
                new SourceCount(ActionSource.SCHOOL_AUDIT, new RagCounts(1, 0, 0, 0)),
                new SourceCount(ActionSource.SINGLE_AGENCY_AUDIT, RagCounts.EMPTY),
                new SourceCount(ActionSource.THEMATIC, new RagCounts(0, 0, 1, 0))), r.bySource());
        // A: R1 red, R4 green, R7 not rated, R8 red. B: R3 amber, R5 green, R9 red. None: R2 red, R6 green.
        assertEquals(List.of(
                new AgencyCount(A, "Agency A", new RagCounts(2, 0, 1, 1)),
                new AgencyCount(B, "Agency B", new RagCounts(1, 1, 1, 0)),
                new AgencyCount(null, "Partnership-wide", new RagCounts(1, 0, 1, 0))), r.byAgency());
        // open R1 R3 R9; in progress R2 R4 R8; complete R5 R6; cancelled R7.
        assertEquals(List.of(
                new StatusCount(ActionStatus.OPEN, new RagCounts(2, 1, 0, 0)),
                new StatusCount(ActionStatus.IN_PROGRESS, new RagCounts(2, 0, 1, 0)),
                new StatusCount(ActionStatus.COMPLETE, new RagCounts(0, 0, 2, 0)),
                new StatusCount(ActionStatus.CANCELLED, new RagCounts(0, 0, 0, 1))), r.byStatus());
    }

    @Test
    void completionAndEvidenceOfImpact() {
        ActionRegister r = register();
        // Complete R5, R6 of the 8 not cancelled; only R5 has impact (R6's is blank).
        assertEquals(new Ratio(2, 8), r.completion());
        assertEquals(new Ratio(1, 2), r.completedWithImpact());
        assertEquals(25, r.completion().wholePercent());
    }

    @Test
    void anEmptyRegisterIsStatedNotHidden() {
        ActionRegister r = ActionTracker.register(List.of(), List.of(A), AS_OF);
        assertEquals(List.of("No action is recorded."), r.dataNotes());
        assertEquals(7, r.bySource().size());
        assertEquals(List.of(), r.byAgency());
        assertEquals(true, r.completion().isUndefined());
    }

    @Test
    void anUnknownOwnerOrARepeatedRefIsRejected() {
        ActionRecord stray = action("R1", ActionSource.CASE, "Q", ActionStatus.OPEN, "2019-04-01", null, null);
        assertEquals("action R1 names agency Q, which is not in the agency list", assertThrows(
                IllegalArgumentException.class, () -> ActionTracker.register(List.of(stray), List.of(A), AS_OF))
                .getMessage());
        ActionRecord one = action("R1", ActionSource.CASE, null, ActionStatus.OPEN, "2019-04-01", null, null);
        assertThrows(IllegalArgumentException.class,
                () -> ActionTracker.register(List.of(one, one), List.of(A), AS_OF));
    }
}
