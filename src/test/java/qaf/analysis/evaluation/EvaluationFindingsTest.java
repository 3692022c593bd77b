package qaf.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.analysis.evaluation.Fixtures.ENGLAND;
import static qaf.analysis.evaluation.Fixtures.d;
import static qaf.analysis.evaluation.Fixtures.evaluationCase;
import static qaf.analysis.evaluation.Fixtures.returned;
import static qaf.analysis.evaluation.Grade.GOOD;
import static qaf.analysis.evaluation.Grade.INADEQUATE;
import static qaf.analysis.evaluation.Grade.REQUIRES_IMPROVEMENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.calendar.ClockResult;
import qaf.calendar.Timetable;

/**
 * One awkward evaluation (full, 5 to 28 November 2018, measured as of Thursday 20 December 2018):
 * <pre>
 *  case  born         band at 28 Nov 2018  partnership  voice      gradings
 *  C1    10 Jan 2005  13: 11-15            good         evidenced  A good -> RI, no rationale, no chronology;
 *                                                                  B good (3 entries)
 *  C2    1 Mar 2016   2: 0-4               RI           partly     A inadequate (2 entries), form back 11 Dec
 *  C3    28 Nov 2001  17 that day: 16-17   -            -          nobody graded it
 *  C9    (not in the sample)                                       B good: flagged, left out of the figures
 * </pre>
 * In-sample finals: RI, good, inadequate -> 1 of 3 good or better; self good, good, inadequate -> 2 of 3.
 * Close the loop (due Wed 12 December): C1 A (final RI) nothing back -> overdue 13, 14, 17-20 Dec = 6;
 * C2 A returned 11 December -> on time.
 */
class EvaluationFindingsTest {
    private static final Evaluation E = Fixtures.evaluation("E1", Timetable.Kind.FULL, "Neglect", d(2018, 11, 5),
            d(2018, 11, 28));

    private static AgencyGrade grade(String caseRef, String agency, Grade self, Grade panel, int entries) {
        return new AgencyGrade("E1", caseRef, agency, "Agency " + agency, "police", null, self, panel, null, null,
                null, null, null, entries);
    }

    private static ActionRecord action(String ref, LocalDate due) {
        return new ActionRecord(ref, ActionSource.EVALUATION, "E1", null, "Do " + ref, d(2018, 11, 28), due, ActionStatus.IN_PROGRESS,
                null, null, null);
    }

    private static final EvaluationData AWKWARD = new EvaluationData(E,
            List.of(evaluationCase("E1", "C3", d(2001, 11, 28), null, null),
                    evaluationCase("E1", "C1", d(2005, 1, 10), GOOD, ChildVoice.EVIDENCED),
                    evaluationCase("E1", "C2", d(2016, 3, 1), REQUIRES_IMPROVEMENT, ChildVoice.PARTLY)),
            List.of(grade("C9", "B", GOOD, null, 1),
                    grade("C2", "A", INADEQUATE, null, 2),
                    grade("C1", "B", GOOD, null, 3),
                    grade("C1", "A", GOOD, REQUIRES_IMPROVEMENT, 0)),
            List.of(returned("E1", "C2", "A", d(2018, 12, 11))),
            List.of(action("ACT-2", d(2019, 1, 31)), action("ACT-1", d(2018, 12, 1))));

    private final EvaluationFindings f = EvaluationFindings.of(AWKWARD, ENGLAND, d(2018, 12, 20));

    @Test
    void casesAreInRefOrderWithAgeBandsAtThePanelDay() {
        assertEquals(List.of("C1", "C2", "C3"), f.cases().stream().map(c -> c.evaluationCase().caseRef()).toList());
        assertEquals(List.of(AgeBand.AGED_11_TO_15, AgeBand.UNDER_5, AgeBand.AGED_16_TO_17),
                f.cases().stream().map(CaseOutcome::ageBand).toList());
        assertEquals(List.of("A", "B"), f.cases().get(0).agencyCodes());
        assertTrue(f.cases().get(2).noAgencyGraded());
        assertEquals(1, f.cases().get(0).finals().count(REQUIRES_IMPROVEMENT));
        assertEquals(1, f.cases().get(0).finals().count(GOOD));
    }

    @Test
    void figuresLeaveOutTheGradeOnACaseOutsideTheSample() {
        assertEquals(3, f.overall().graded());
        assertEquals(new Share(1, 3), f.overall().finalGoodOrBetter());
        assertEquals(new Share(2, 3), f.overall().selfGoodOrBetter());
        assertEquals(1, f.overall().missingRationales());
        assertEquals(1, f.overall().regrading().down());
        assertEquals(List.of("A", "B"), f.byAgency().stream().map(GradeGroup::key).toList());
        assertEquals(List.of(new RatingBias("A", "Agency A", 2, 1, 1)), f.overRaters());
        assertEquals(List.of(), f.underRaters());
    }

    @Test
    void partnershipEffectivenessAndChildVoiceCountBlanksApart() {
        assertEquals(1, f.partnership().count(GOOD));
        assertEquals(1, f.partnership().count(REQUIRES_IMPROVEMENT));
        assertEquals(2, f.partnership().total());
        assertEquals(1, f.partnershipNotGraded());
        assertEquals(new VoiceCounts(1, 1, 0, 1), f.childVoice());
        assertEquals(new Share(1, 2), f.childVoice().evidencedShare());
    }

    @Test
    void theMatrixHasAnEmptyCellWhereAnAgencyDidNotGrade() {
        GradeMatrix m = f.matrix();
        assertEquals(List.of("C1", "C2", "C3"), m.caseRefs());
        assertEquals(List.of("A", "B"), m.rows().stream().map(GradeMatrix.Row::agencyCode).toList());
        List<Optional<AgencyGrade>> a = m.rows().get(0).cells();
        assertEquals(REQUIRES_IMPROVEMENT, a.get(0).orElseThrow().finalGrade());
        assertEquals(INADEQUATE, a.get(1).orElseThrow().finalGrade());
        assertTrue(a.get(2).isEmpty());
        List<Optional<AgencyGrade>> b = m.rows().get(1).cells();
        assertEquals(List.of(true, false, false), b.stream().map(Optional::isPresent).toList());
    }

    @Test
    void badInputIsFlaggedInPlainWords() {
        assertEquals(List.of(
                new Flag(Flag.Kind.CASE_NOT_GRADED, "E1", "C3", null,
                        "No agency has graded its involvement in case C3."),
                new Flag(Flag.Kind.REGRADE_WITHOUT_RATIONALE, "E1", "C1", "A",
                        "The panel regraded Agency A on case C1 from good to requires improvement but recorded no"
                                + " rationale."),
                new Flag(Flag.Kind.NO_CHRONOLOGY, "E1", "C1", "A",
                        "Agency A graded its involvement in case C1 but sent no chronology entries."),
                new Flag(Flag.Kind.CASE_NOT_IN_SAMPLE, "E1", "C9", "B",
                        "Agency B graded case C9, which is not in the evaluation's sample; the grade is left out of"
                                + " the figures.")), f.flags());
        for (Flag flag : f.flags()) {
            assertFalse(flag.message().contains("Child"), "flags name cases, not children: " + flag.message());
        }
    }

    @Test
    void closeTheLoopSubmissionsAndActions() {
        assertEquals(List.of("C1 A " + ClockResult.Status.OVERDUE + " 6", "C2 A " + ClockResult.Status.ON_TIME + " 0"),
                f.closeTheLoop().expected().stream().map(i -> i.grade().caseRef() + " " + i.grade().agencyCode() + " "
                        + i.status().orElseThrow() + " " + i.clock().orElseThrow().daysLate()).toList());
        // No submission dates at all: 3 in-sample gradings x 2 documents, all missing by 20 December.
        assertEquals(6, f.submissions().size());
        assertTrue(f.submissions().stream().allMatch(s -> s.status() == Submission.Status.MISSING));
        assertEquals(List.of("ACT-1", "ACT-2"), f.actions().stream().map(ActionRecord::actionRef).toList());
        assertTrue(f.actions().get(0).overdueAt(f.asOf()));
        assertFalse(f.actions().get(1).overdueAt(f.asOf()));
        assertEquals(2, f.gradesOf("A").size());
    }

    @Test
    void anEvaluationWithNoCasesStillHasFindings() {
        // The framework's May 2018 dates: a bank-holiday start, so the timetable note is flagged too.
        Evaluation may = Fixtures.evaluation("F1", Timetable.Kind.FULL, "Gangs", d(2018, 5, 7), d(2018, 6, 6));
        EvaluationFindings empty = EvaluationFindings.of(new EvaluationData(may, List.of(), List.of(), List.of(),
                List.of()), ENGLAND, d(2018, 7, 1));
        assertEquals(List.of(Flag.Kind.NO_CASES, Flag.Kind.TIMETABLE),
                empty.flags().stream().map(Flag::kind).toList());
        assertEquals("Evaluation F1 has no cases in its sample.", empty.flags().get(0).message());
        assertEquals(0, empty.overall().graded());
        assertTrue(empty.overall().finalGoodOrBetter().isEmpty());
        assertEquals(List.of(), empty.matrix().rows());
        assertEquals(List.of(), empty.closeTheLoop().expected());
        assertTrue(empty.closeTheLoop().onTimeShare().isEmpty());
        assertEquals(new VoiceCounts(0, 0, 0, 0), empty.childVoice());
    }

    @Test
    void anUnexpectedReturnIsFlagged() {
        EvaluationData data = new EvaluationData(E, List.of(evaluationCase("E1", "C1", d(2005, 1, 10), GOOD, null)),
                List.of(grade("C1", "B", GOOD, null, 3)), List.of(returned("E1", "C1", "B", d(2018, 12, 3))),
                List.of());
        EvaluationFindings g = EvaluationFindings.of(data, ENGLAND, d(2018, 12, 20));
        assertEquals(List.of(Flag.Kind.UNEXPECTED_CLOSE_THE_LOOP), g.flags().stream().map(Flag::kind).toList());
    }
}
