package qaf.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qaf.calendar.ClockResult.Status;

/** Every answer here was worked out by hand from a 2018-2021 calendar; the working is in the comments. */
class ClockResultTest {
    private final WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private ClockResult eval(ClockRule rule, LocalDate start, LocalDate done, LocalDate asOf) {
        return ClockResult.evaluate(rule, start, done, asOf, wd);
    }

    private static void assertResult(Status status, int daysLate, ClockResult r) {
        assertEquals(status, r.status(), r.toString());
        assertEquals(daysLate, r.daysLate(), r.toString());
    }

    @Test
    void notificationIsFiveWorkingDays() {
        // Aware Thu 29/03/2018; Good Friday and Easter Monday skipped: 3, 4, 5, 6, 9 April.
        LocalDate aware = d(2018, 3, 29);
        assertEquals(d(2018, 4, 9), ClockRule.NOTIFICATION.due(aware, wd));
        assertResult(Status.ON_TIME, 0, eval(ClockRule.NOTIFICATION, aware, d(2018, 4, 9), null));
        assertResult(Status.ON_TIME, 0, eval(ClockRule.NOTIFICATION, aware, d(2018, 3, 30), null));
        assertResult(Status.LATE, 1, eval(ClockRule.NOTIFICATION, aware, d(2018, 4, 10), null));
        // Done Sat 14/04 counts as Mon 16/04: 10, 11, 12, 13, 16 = 5 working days late.
        assertResult(Status.LATE, 5, eval(ClockRule.NOTIFICATION, aware, d(2018, 4, 14), null));
        assertResult(Status.NOT_YET_DUE, 0, eval(ClockRule.NOTIFICATION, aware, null, d(2018, 4, 9)));
        assertResult(Status.OVERDUE, 2, eval(ClockRule.NOTIFICATION, aware, null, d(2018, 4, 11)));
    }

    @Test
    void rapidReviewIsFifteenWorkingDays() {
        // Aware Mon 21/05/2018: 22-25 May (4), Mon 28 spring holiday, 29 May-1 June (8),
        // 4-8 June (13), 11 (14), Tue 12 June (15).
        LocalDate aware = d(2018, 5, 21);
        assertEquals(d(2018, 6, 12), ClockRule.RAPID_REVIEW.due(aware, wd));
        assertResult(Status.ON_TIME, 0, eval(ClockRule.RAPID_REVIEW, aware, d(2018, 6, 1), null));
        assertResult(Status.LATE, 1, eval(ClockRule.RAPID_REVIEW, aware, d(2018, 6, 13), null));
        assertResult(Status.NOT_YET_DUE, 0, eval(ClockRule.RAPID_REVIEW, aware, null, d(2018, 5, 30)));
    }

    @Test
    void closeTheLoopIsTenWorkingDaysAfterThePanel() {
        LocalDate panel = d(2018, 6, 6);
        assertEquals(d(2018, 6, 20), ClockRule.CLOSE_THE_LOOP.due(panel, wd));
        // Fri 22/06: 21, 22 = 2 late.
        assertResult(Status.LATE, 2, eval(ClockRule.CLOSE_THE_LOOP, panel, d(2018, 6, 22), null));
        // Still out on Sat 23/06, counted as Mon 25/06: 21, 22, 25 = 3.
        assertResult(Status.OVERDUE, 3, eval(ClockRule.CLOSE_THE_LOOP, panel, null, d(2018, 6, 23)));
        // Panel Wed 16/12/2020: 17, 18, 21, 22, 23, 24 (6), Fri 25 and Mon 28 holidays, 29, 30, 31 (9),
        // Fri 1 January holiday, Mon 4 January 2021 (10).
        assertEquals(d(2021, 1, 4), ClockRule.CLOSE_THE_LOOP.due(d(2020, 12, 16), wd));
    }

    @Test
    void singleAgencyReviewIsThreeCalendarWeeks() {
        LocalDate letter = d(2018, 6, 6);
        assertEquals(d(2018, 6, 27), ClockRule.SINGLE_AGENCY_REVIEW.due(letter, wd));
        assertResult(Status.ON_TIME, 0, eval(ClockRule.SINGLE_AGENCY_REVIEW, letter, d(2018, 6, 27), null));
        // Calendar days: 28, 29, 30 June, 1, 2 July = 5.
        assertResult(Status.LATE, 5, eval(ClockRule.SINGLE_AGENCY_REVIEW, letter, d(2018, 7, 2), null));
        assertResult(Status.OVERDUE, 3, eval(ClockRule.SINGLE_AGENCY_REVIEW, letter, null, d(2018, 6, 30)));
        // Holidays do not stretch a calendar clock.
        assertEquals(d(2019, 1, 10), ClockRule.SINGLE_AGENCY_REVIEW.due(d(2018, 12, 20), wd));
    }

    @Test
    void seriousCaseReviewIsSixCalendarMonths() {
        assertEquals(d(2018, 7, 15), ClockRule.SCR.due(d(2018, 1, 15), wd));
        assertResult(Status.LATE, 1, eval(ClockRule.SCR, d(2018, 1, 15), d(2018, 7, 16), null));
        assertResult(Status.ON_TIME, 0, eval(ClockRule.SCR, d(2018, 1, 15), d(2018, 7, 15), null));
        // A start on the 31st falls due on the last day of the shorter month.
        assertEquals(d(2019, 2, 28), ClockRule.SCR.due(d(2018, 8, 31), wd));
        assertEquals(d(2020, 2, 29), ClockRule.SCR.due(d(2019, 8, 31), wd));
        // Due Thu 28/02/2019; still out on 30/04/2019: 31 days of March + 30 of April = 61.
        assertResult(Status.OVERDUE, 61, eval(ClockRule.SCR, d(2018, 8, 31), null, d(2019, 4, 30)));
        // An LCSPR's six months are counted alike, from its own start (the decision to initiate).
        assertEquals(d(2019, 2, 28), ClockRule.LCSPR.due(d(2018, 8, 31), wd));
        assertResult(Status.ON_TIME, 0, eval(ClockRule.LCSPR, d(2018, 7, 23), d(2019, 1, 23), null));
        assertResult(Status.LATE, 1, eval(ClockRule.LCSPR, d(2018, 7, 23), d(2019, 1, 24), null));
    }

    @Test
    void sectionElevenReturnIsDueOnItsOwnDate() {
        LocalDate due = d(2018, 9, 30);
        assertEquals(due, ClockRule.SECTION_11_RETURN.due(due, wd));
        assertResult(Status.ON_TIME, 0, eval(ClockRule.SECTION_11_RETURN, due, d(2018, 9, 28), null));
        assertResult(Status.LATE, 1, eval(ClockRule.SECTION_11_RETURN, due, d(2018, 10, 1), null));
        assertResult(Status.OVERDUE, 10, eval(ClockRule.SECTION_11_RETURN, due, null, d(2018, 10, 10)));
        assertResult(Status.NOT_YET_DUE, 0, eval(ClockRule.SECTION_11_RETURN, due, null, d(2018, 9, 30)));
    }

    @Test
    void submissionsAreLateInWorkingDays() {
        LocalDate chronologies = d(2018, 11, 19);
        assertEquals(chronologies, ClockRule.CHRONOLOGY_SUBMISSION.due(chronologies, wd));
        assertResult(Status.LATE, 1, eval(ClockRule.CHRONOLOGY_SUBMISSION, chronologies, d(2018, 11, 20), null));
        // Fri 23/11: 20, 21, 22, 23 = 4; Sat 24/11 counts as Mon 26/11 = 5.
        assertResult(Status.LATE, 4, eval(ClockRule.CHRONOLOGY_SUBMISSION, chronologies, d(2018, 11, 23), null));
        assertResult(Status.LATE, 5, eval(ClockRule.CHRONOLOGY_SUBMISSION, chronologies, d(2018, 11, 24), null));
        // Due Thu 29/03/2018, in on Tue 03/04: five calendar days but one working day over Easter.
        assertResult(Status.LATE, 1, eval(ClockRule.EVALUATION_SUBMISSION, d(2018, 3, 29), d(2018, 4, 3), null));
        assertResult(Status.ON_TIME, 0, eval(ClockRule.EVALUATION_SUBMISSION, d(2018, 3, 29), d(2018, 3, 20), null));
        // A deadline given on a Saturday, met on the Sunday: counted as Monday, one working day late.
        assertResult(Status.LATE, 1, eval(ClockRule.CHRONOLOGY_SUBMISSION, d(2018, 6, 9), d(2018, 6, 10), null));
    }

    @Test
    void everyRuleHasItsOwnLabelAndTheDocumentedUnit() {
        Set<String> labels = new HashSet<>();
        for (ClockRule rule : ClockRule.values()) {
            assertFalse(rule.label().isBlank());
            assertTrue(labels.add(rule.label()), rule.label());
        }
        Set<ClockRule> calendar = Set.of(ClockRule.SINGLE_AGENCY_REVIEW, ClockRule.SCR,
                ClockRule.LCSPR, ClockRule.SECTION_11_RETURN);
        for (ClockRule rule : ClockRule.values()) {
            assertEquals(calendar.contains(rule) ? ClockRule.Unit.CALENDAR_DAYS : ClockRule.Unit.WORKING_DAYS,
                    rule.unit(), rule.name());
        }
    }

    @Test
    void outstandingWorkNeedsAnAsOfDate() {
        assertThrows(NullPointerException.class, () -> eval(ClockRule.NOTIFICATION, d(2018, 3, 29), null, null));
    }

    @Test
    void resultsMustBeConsistent() {
        LocalDate s = d(2018, 6, 6);
        assertThrows(IllegalArgumentException.class,
                () -> new ClockResult(ClockRule.SECTION_11_RETURN, s, s, null, Status.LATE, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new ClockResult(ClockRule.SECTION_11_RETURN, s, s, s, Status.OVERDUE, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new ClockResult(ClockRule.SECTION_11_RETURN, s, s, s, Status.ON_TIME, -1));
        assertTrue(eval(ClockRule.SECTION_11_RETURN, s, null, d(2018, 6, 7)).isLateOrOverdue());
        assertFalse(eval(ClockRule.SECTION_11_RETURN, s, s, null).isLateOrOverdue());
    }
}
