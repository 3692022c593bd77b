package qaf.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import qaf.calendar.ClockResult.Status;

/**
 * Issue 14 asks for every clock rule at its boundaries: done on the due day itself (on time), on the
 * next day that counts (one late) and across a bank holiday. {@link ClockResultTest} has the rest of
 * each rule; this class fills in the boundaries it lacked. Worked by hand from the 2018 England and
 * Wales calendar: Mon 27 August 2018 is the summer bank holiday.
 */
class ClockRuleBoundariesTest {
    private final WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private void assertResult(ClockRule rule, LocalDate start, LocalDate done, Status status, int daysLate) {
        ClockResult r = ClockResult.evaluate(rule, start, done, null, wd);
        assertEquals(status, r.status(), rule + " done " + done + ": " + r);
        assertEquals(daysLate, r.daysLate(), rule + " done " + done + ": " + r);
    }

    @Test
    void rapidReviewOnItsDueDayAcrossTheSummerBankHoliday() {
        // Aware Wed 15/08: 16, 17, 20-24 (7), 27 holiday, 28-31 (11), 3, 4, 5, Thu 6 September (15).
        LocalDate aware = d(2018, 8, 15);
        assertEquals(d(2018, 9, 6), ClockRule.RAPID_REVIEW.due(aware, wd));
        assertResult(ClockRule.RAPID_REVIEW, aware, d(2018, 9, 6), Status.ON_TIME, 0);
        assertResult(ClockRule.RAPID_REVIEW, aware, d(2018, 9, 7), Status.LATE, 1);
    }

    @Test
    void notificationDueOnTheDayAfterTheBankHoliday() {
        // Aware Mon 20/08: 21, 22, 23, 24 (4), 27 holiday, Tue 28 (5).
        LocalDate aware = d(2018, 8, 20);
        assertEquals(d(2018, 8, 28), ClockRule.NOTIFICATION.due(aware, wd));
        assertResult(ClockRule.NOTIFICATION, aware, d(2018, 8, 28), Status.ON_TIME, 0);
        assertResult(ClockRule.NOTIFICATION, aware, d(2018, 8, 29), Status.LATE, 1);
    }

    @Test
    void closeTheLoopOnItsDueDayAndTheDayAfter() {
        // Panel Wed 15/08: 16, 17, 20-24 (7), 27 holiday, 28, 29, Thu 30 August (10).
        LocalDate panel = d(2018, 8, 15);
        assertEquals(d(2018, 8, 30), ClockRule.CLOSE_THE_LOOP.due(panel, wd));
        assertResult(ClockRule.CLOSE_THE_LOOP, panel, d(2018, 8, 30), Status.ON_TIME, 0);
        assertResult(ClockRule.CLOSE_THE_LOOP, panel, d(2018, 8, 31), Status.LATE, 1);
    }

    @Test
    void calendarClocksDueOnABankHolidayStayDueThatDay() {
        // Letter Mon 06/08 + 21 days = Mon 27/08, the bank holiday: a calendar clock is not moved.
        assertEquals(d(2018, 8, 27), ClockRule.SINGLE_AGENCY_REVIEW.due(d(2018, 8, 6), wd));
        assertResult(ClockRule.SINGLE_AGENCY_REVIEW, d(2018, 8, 6), d(2018, 8, 27), Status.ON_TIME, 0);
        assertResult(ClockRule.SINGLE_AGENCY_REVIEW, d(2018, 8, 6), d(2018, 8, 28), Status.LATE, 1);
        // Six months from 27/02 is 27/08, the bank holiday, for an SCR (from the notification) and an
        // LCSPR (from the decision to initiate) alike.
        for (ClockRule rule : new ClockRule[] {ClockRule.SCR, ClockRule.LCSPR}) {
            assertEquals(d(2018, 8, 27), rule.due(d(2018, 2, 27), wd));
            assertResult(rule, d(2018, 2, 27), d(2018, 8, 27), Status.ON_TIME, 0);
            assertResult(rule, d(2018, 2, 27), d(2018, 8, 28), Status.LATE, 1);
        }
        // A Section 11 return due on the bank holiday: in that day is on time, the next day one day late.
        assertResult(ClockRule.SECTION_11_RETURN, d(2018, 8, 27), d(2018, 8, 27), Status.ON_TIME, 0);
        assertResult(ClockRule.SECTION_11_RETURN, d(2018, 8, 27), d(2018, 8, 28), Status.LATE, 1);
    }

    @Test
    void submissionsOnTheirDueDayAndOneWorkingDayLateOverTheBankHoliday() {
        for (ClockRule rule : new ClockRule[] {ClockRule.CHRONOLOGY_SUBMISSION, ClockRule.EVALUATION_SUBMISSION}) {
            // Due Fri 24/08: in on the day is on time; Tue 28/08 is the next working day (27 is the holiday).
            assertResult(rule, d(2018, 8, 24), d(2018, 8, 24), Status.ON_TIME, 0);
            assertResult(rule, d(2018, 8, 24), d(2018, 8, 28), Status.LATE, 1);
            // In on the holiday itself counts as the next working day, Tue 28/08: one late.
            assertResult(rule, d(2018, 8, 24), d(2018, 8, 27), Status.LATE, 1);
        }
    }
}
