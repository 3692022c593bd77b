package qaf.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.analysis.evaluation.Fixtures.ENGLAND;
import static qaf.analysis.evaluation.Fixtures.d;
import static qaf.analysis.evaluation.Fixtures.grade;
import static qaf.analysis.evaluation.Fixtures.returned;
import static qaf.analysis.evaluation.Fixtures.submitted;
import static qaf.analysis.evaluation.Grade.GOOD;
import static qaf.analysis.evaluation.Grade.INADEQUATE;
import static qaf.analysis.evaluation.Grade.REQUIRES_IMPROVEMENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import qaf.calendar.ClockResult;
import qaf.calendar.Timetable;

/**
 * Dates worked by hand on the England and Wales calendar. The full evaluation starts Monday
 * 5 November 2018 with its panel on Wednesday 28 November (the framework's own schedule):
 * chronologies due Monday 19 November (day 11), self-evaluations Wednesday 21 November (day 13),
 * health Thursday 22 November (day 14); close-the-loop forms 10 working days after the panel:
 * 29, 30 Nov, 3, 4, 5, 6, 7, 10, 11, 12 Dec, so Wednesday 12 December.
 */
class TimelinessTest {
    private static final Evaluation FULL = Fixtures.evaluation("E1", Timetable.Kind.FULL, "Neglect", d(2018, 11, 5),
            d(2018, 11, 28));

    private static final List<AgencyGrade> SUBMITTED = List.of(
            submitted("E1", "C2", "POL", "police", null, null),
            submitted("E1", "C1", "SCH", "education", d(2018, 11, 24), d(2018, 11, 22)),
            submitted("E1", "C1", "POL", "police", d(2018, 11, 19), d(2018, 11, 23)),
            submitted("E1", "C1", "GP", "health", d(2018, 11, 16), d(2018, 11, 22)));

    private static List<Submission> submissions(Evaluation e, List<AgencyGrade> grades, LocalDate asOf) {
        return Timeliness.submissions(EvaluationTimetable.of(e, ENGLAND), grades, asOf, ENGLAND);
    }

    private static String row(Submission s) {
        return s.caseRef() + " " + s.agencyCode() + " " + s.document() + " due " + s.due() + " " + s.status() + " "
                + s.workingDaysLate();
    }

    @Test
    void submissionsAgainstTheFullTimetableWithHealthADayLater() {
        // As of Monday 26 November:
        // C1 GP  chronology 16 Nov <= 19 Nov on time; self-evaluation 22 Nov = health's 22 Nov, on time.
        // C1 POL chronology 19 Nov on time; self-evaluation Fri 23 Nov after Wed 21: 22, 23 -> 2 late.
        // C1 SCH chronology Sat 24 Nov counts as Mon 26: 20, 21, 22, 23, 26 -> 5 late;
        //        self-evaluation 22 Nov, not health so due 21 -> 1 late.
        // C2 POL nothing: chronology overdue 20-26 Nov -> missing, 5; self-evaluation 22, 23, 26 -> missing, 3.
        assertEquals(List.of(
                "C1 GP CHRONOLOGY due 2018-11-19 ON_TIME 0",
                "C1 GP SELF_EVALUATION due 2018-11-22 ON_TIME 0",
                "C1 POL CHRONOLOGY due 2018-11-19 ON_TIME 0",
                "C1 POL SELF_EVALUATION due 2018-11-21 LATE 2",
                "C1 SCH CHRONOLOGY due 2018-11-19 LATE 5",
                "C1 SCH SELF_EVALUATION due 2018-11-21 LATE 1",
                "C2 POL CHRONOLOGY due 2018-11-19 MISSING 5",
                "C2 POL SELF_EVALUATION due 2018-11-21 MISSING 3"),
                submissions(FULL, SUBMITTED, d(2018, 11, 26)).stream().map(TimelinessTest::row).toList());
    }

    @Test
    void perAgencyTallies() {
        // GP: both on time. POL: chronology 1 on time + 1 missing (5); self 1 late (2) + 1 missing (3).
        // SCH: chronology late 5, self late 1.
        List<AgencyTimeliness> t = Timeliness.byAgency(submissions(FULL, SUBMITTED, d(2018, 11, 26)));
        assertEquals(List.of(
                new AgencyTimeliness("GP", "Agency GP", new SubmissionTally(1, 0, 0, 0, 0, 0),
                        new SubmissionTally(1, 0, 0, 0, 0, 0)),
                new AgencyTimeliness("POL", "Agency POL", new SubmissionTally(1, 0, 1, 0, 0, 5),
                        new SubmissionTally(0, 1, 1, 0, 0, 3)),
                new AgencyTimeliness("SCH", "Agency SCH", new SubmissionTally(0, 1, 0, 0, 0, 5),
                        new SubmissionTally(0, 1, 0, 0, 0, 1))), t);
        assertEquals(new Share(1, 2), t.get(1).chronology().onTimeShare());
        assertEquals(new Share(0, 2), t.get(1).selfEvaluation().onTimeShare());
    }

    @Test
    void beforeTheDeadlineNothingIsMissing() {
        // As of Friday 16 November both of C2 POL's deadlines are still to come.
        List<Submission> s = submissions(FULL, List.of(SUBMITTED.get(0)), d(2018, 11, 16));
        assertEquals(List.of(Submission.Status.NOT_YET_DUE, Submission.Status.NOT_YET_DUE),
                s.stream().map(Submission::status).toList());
        assertTrue(Timeliness.byAgency(s).get(0).chronology().onTimeShare().isEmpty());
    }

    @Test
    void condensedTimetableHasOneDeadlineForEveryone() {
        // Start Monday 1 October 2018: day 6 is Monday 8 October (1-5 Oct are days 1-5).
        // Health's self-evaluation on 9 October is therefore 1 working day late.
        Evaluation condensed = Fixtures.evaluation("E2", Timetable.Kind.CONDENSED, "Neglect", d(2018, 10, 1),
                d(2018, 10, 11));
        List<Submission> s = submissions(condensed, List.of(
                submitted("E2", "C1", "GP", "health", d(2018, 10, 8), d(2018, 10, 9))), d(2018, 10, 20));
        assertEquals(List.of("C1 GP CHRONOLOGY due 2018-10-08 ON_TIME 0",
                "C1 GP SELF_EVALUATION due 2018-10-08 LATE 1"),
                s.stream().map(TimelinessTest::row).toList());
    }

    @Test
    void aStartOnABankHolidayCountsFromTheNextWorkingDayAndSaysSo() {
        // The framework's May 2018 evaluation started on Monday 7 May, the Early May bank holiday.
        // Day 1 becomes Tuesday 8 May: 8-11 May are days 1-4, 14-18 May days 5-9, 21 May day 10,
        // 22 May day 11 (chronologies), 23 day 12, 24 day 13 (self-evaluations), 25 day 14 (health).
        Evaluation may = Fixtures.evaluation("F1", Timetable.Kind.FULL, "Gangs", d(2018, 5, 7), d(2018, 6, 6));
        EvaluationTimetable t = EvaluationTimetable.of(may, ENGLAND);
        assertTrue(t.adjusted());
        assertEquals(d(2018, 5, 8), t.dayOne());
        Timetable timetable = t.timetable().orElseThrow();
        assertEquals(d(2018, 5, 22), timetable.chronologyDue());
        assertEquals(d(2018, 5, 24), timetable.evaluationDue());
        assertEquals(d(2018, 5, 25), timetable.healthEvaluationDue());
        assertEquals(d(2018, 6, 6), timetable.panelDay());
        assertTrue(t.note().contains("Monday 7 May 2018"), t.note());
        assertTrue(t.note().contains("Tuesday 8 May 2018"), t.note());
        assertTrue(t.note().contains("bank holiday"), t.note());
        assertFalse(EvaluationTimetable.of(FULL, ENGLAND).adjusted());
        assertEquals("", EvaluationTimetable.of(FULL, ENGLAND).note());
    }

    @Test
    void aPanelOnASaturdayLeavesNoTimetableButCloseTheLoopStillRuns() {
        // Panel Saturday 1 December 2018: 10 working days on are 3-7 and 10-14 December, so due Friday 14th.
        Evaluation weekend = Fixtures.evaluation("E3", Timetable.Kind.FULL, "Neglect", d(2018, 11, 5), d(2018, 12, 1));
        EvaluationTimetable t = EvaluationTimetable.of(weekend, ENGLAND);
        assertTrue(t.timetable().isEmpty());
        assertTrue(t.note().startsWith("The timetable cannot be laid out"), t.note());
        assertEquals(List.of(), submissions(weekend, SUBMITTED, d(2018, 12, 20)));
        CloseTheLoopSummary ctl = Timeliness.closeTheLoop(weekend, List.of(grade("E3", "C1", "A", INADEQUATE, null)),
                List.of(returned("E3", "C1", "A", d(2018, 12, 14))), d(2018, 12, 20), ENGLAND);
        assertEquals(d(2018, 12, 14), ctl.expected().get(0).clock().orElseThrow().due());
        assertEquals(Optional.of(ClockResult.Status.ON_TIME), ctl.expected().get(0).status());
    }

    @Test
    void aStartBeforeTheBankHolidayDataIsReportedNotThrown() {
        Evaluation old = Fixtures.evaluation("E0", Timetable.Kind.FULL, "Neglect", d(2014, 11, 3), d(2014, 11, 26));
        EvaluationTimetable t = EvaluationTimetable.of(old, ENGLAND);
        assertTrue(t.timetable().isEmpty());
        assertTrue(t.note().contains("outside the bank-holiday data"), t.note());
    }

    private static final List<AgencyGrade> CLOSE_THE_LOOP_GRADES = List.of(
            grade("E1", "C2", "C", GOOD, null),
            grade("E1", "C3", "D", INADEQUATE, null),
            grade("E1", "C1", "B", INADEQUATE, null),
            grade("E1", "C2", "B", REQUIRES_IMPROVEMENT, GOOD),
            grade("E1", "C1", "A", GOOD, REQUIRES_IMPROVEMENT),
            grade("E1", "C2", "A", REQUIRES_IMPROVEMENT, INADEQUATE));

    private static final List<CloseTheLoopReturn> RETURNS = List.of(
            returned("E1", "C1", "A", d(2018, 12, 12)),
            returned("E1", "C1", "B", d(2018, 12, 14)),
            returned("E1", "C3", "D", d(2018, 12, 15)),
            returned("E1", "C2", "B", d(2018, 12, 3)));

    private static String row(CloseTheLoopItem i) {
        return i.grade().caseRef() + " " + i.grade().agencyCode() + " " + i.status().orElseThrow() + " "
                + i.clock().orElseThrow().daysLate();
    }

    @Test
    void closeTheLoopIsExpectedForFinalGradesBelowGood() {
        // Final grades: C1 A RI (panel), C1 B inadequate (self), C2 A inadequate (panel), C3 D inadequate;
        // C2 B was regraded up to good and C2 C is good: no form expected from them.
        // Due Wed 12 December; as of Thursday 20 December:
        // C1 A returned 12 Dec: on time. C1 B Fri 14 Dec: 13, 14 -> 2 late.
        // C2 A nothing: 13, 14, 17, 18, 19, 20 -> overdue by 6. C3 D Sat 15 Dec counts as Mon 17: 13, 14, 17 -> 3 late.
        // C2 B's return was not expected.
        CloseTheLoopSummary s = Timeliness.closeTheLoop(FULL, CLOSE_THE_LOOP_GRADES, RETURNS, d(2018, 12, 20), ENGLAND);
        assertEquals(List.of("C1 A ON_TIME 0", "C1 B LATE 2", "C2 A OVERDUE 6", "C3 D LATE 3"),
                s.expected().stream().map(TimelinessTest::row).toList());
        assertEquals(d(2018, 12, 12), s.expected().get(0).clock().orElseThrow().due());
        assertEquals(List.of("C2 B"), s.unexpected().stream().map(r -> r.caseRef() + " " + r.agencyCode()).toList());
        assertEquals(1, s.count(ClockResult.Status.ON_TIME));
        assertEquals(2, s.count(ClockResult.Status.LATE));
        assertEquals(1, s.count(ClockResult.Status.OVERDUE));
        assertEquals(new Share(1, 4), s.onTimeShare());
        assertTrue(s.expected().get(2).returned().isEmpty());
        assertEquals(d(2018, 12, 14), s.expected().get(1).returned().orElseThrow().returnedOn());
    }

    @Test
    void anOutstandingFormIsNotYetDueBeforeItsDay() {
        // As of Monday 10 December C2 A's form (due 12 December) is not yet due: 1 on time of 3 due.
        CloseTheLoopSummary s = Timeliness.closeTheLoop(FULL, CLOSE_THE_LOOP_GRADES, RETURNS, d(2018, 12, 10), ENGLAND);
        assertEquals(Optional.of(ClockResult.Status.NOT_YET_DUE), s.expected().get(2).status());
        assertEquals(new Share(1, 3), s.onTimeShare());
    }

    @Test
    void aReturnDatedBeyondTheBankHolidayDataIsUnassessedNotACrash() {
        CloseTheLoopSummary s = Timeliness.closeTheLoop(FULL, List.of(grade("E1", "C1", "A", INADEQUATE, null)),
                List.of(returned("E1", "C1", "A", d(2031, 1, 6))), d(2018, 12, 20), ENGLAND);
        assertTrue(s.expected().get(0).status().isEmpty());
        assertTrue(s.onTimeShare().isEmpty());
    }

    /**
     * Issue 14: the dates the partnership issued were not used, so late returns showed as on time. Here
     * chronologies were issued as due on Thursday 15 November, before the timetable's Monday 19th: one
     * sent on the 16th is late by one working day against what the agency was told.
     */
    @Test
    void lateAgainstTheIssuedDateIsLateThoughTheTimetableIsLater() {
        Evaluation issued = new Evaluation("E1", Timetable.Kind.FULL, "Neglect", d(2018, 11, 5), d(2018, 11, 28), null,
                new IssuedDates(null, d(2018, 11, 15), null, null, null, null, null));
        EvaluationTimetable timetable = EvaluationTimetable.of(issued, ENGLAND);
        assertEquals(new EvaluationTimetable.Due(d(2018, 11, 15), EvaluationTimetable.Source.ISSUED),
                timetable.chronologyDue().orElseThrow());
        assertEquals(new EvaluationTimetable.Due(d(2018, 11, 21), EvaluationTimetable.Source.TIMETABLE),
                timetable.evaluationDue().orElseThrow());
        List<AgencyGrade> gp = List.of(submitted("E1", "C1", "GP", "health", d(2018, 11, 16), d(2018, 11, 22)));
        Submission chronology = Timeliness.submissions(timetable, gp, d(2019, 3, 31), ENGLAND).get(0);
        assertEquals(Submission.Document.CHRONOLOGY, chronology.document());
        assertEquals(d(2018, 11, 15), chronology.due());
        assertEquals(Submission.Status.LATE, chronology.status());
        Submission sameWithoutIssued = submissions(FULL, gp, d(2019, 3, 31)).get(0);
        assertEquals(Submission.Status.ON_TIME, sameWithoutIssued.status());
    }
}
