package qaf.analysis.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.analysis.evaluation.IssuedDates;
import qaf.analysis.programme.EvaluationDates.Column;
import qaf.analysis.programme.EvaluationDates.Dated;
import qaf.analysis.programme.EvaluationDates.Origin;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;

/** Appendix B's first table per evaluation: the issued date wins, else the timetable's, and each says which. */
class EvaluationDatesTest {
    private static final WorkingDays ENGLAND = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static EvaluationDates dates(Evaluation e) {
        return EvaluationDates.of(EvaluationTimetable.of(e, ENGLAND), ENGLAND);
    }

    private static void assertDated(EvaluationDates dates, Column column, LocalDate from, LocalDate to, Origin origin) {
        Dated dated = dates.date(column);
        assertEquals(from, dated.from(), column + " from");
        assertEquals(to, dated.to(), column + " to");
        assertEquals(origin, dated.origin(), column + " origin");
    }

    /**
     * The framework's own row for the evaluation of 5 November 2018 (appendix B): 19 November, 21 November
     * (22 for health), panel 28 November, overview 29 November, independent overview 3-14 December,
     * briefings 17 December. With no issued date, the timetable gives exactly these.
     */
    @Test
    void withNoIssuedDateTheTimetableGivesTheFrameworksOwnDatesForNovember2018() {
        EvaluationDates dates = dates(new Evaluation("F3", Timetable.Kind.FULL, "Familial abuse", d(2018, 11, 5),
                d(2018, 11, 28), null));
        assertDated(dates, Column.CASES_SENT, d(2018, 11, 5), null, Origin.RECORDED);
        assertDated(dates, Column.CHRONOLOGIES, d(2018, 11, 19), null, Origin.TIMETABLE);
        assertDated(dates, Column.EVALUATIONS, d(2018, 11, 21), null, Origin.TIMETABLE);
        assertDated(dates, Column.HEALTH_EVALUATIONS, d(2018, 11, 22), null, Origin.TIMETABLE);
        assertDated(dates, Column.PANEL, d(2018, 11, 28), null, Origin.RECORDED);
        assertDated(dates, Column.OVERVIEW, d(2018, 11, 29), null, Origin.TIMETABLE);
        assertDated(dates, Column.INDEPENDENT_OVERVIEW, d(2018, 12, 3), d(2018, 12, 14), Origin.TIMETABLE);
        assertDated(dates, Column.BRIEFINGS, d(2018, 12, 17), null, Origin.TIMETABLE);
        assertEquals(d(2018, 11, 5), dates.first());
        assertEquals(d(2018, 12, 17), dates.last());
        assertEquals("", dates.note());
    }

    /** The May 2018 row: the panel slipped to 6 June and the partnership issued every date; each one wins. */
    @Test
    void everyIssuedDateReplacesTheTimetablesAndSaysSo() {
        IssuedDates issued = new IssuedDates(d(2018, 5, 7), d(2018, 5, 21), d(2018, 5, 23), d(2018, 5, 24),
                d(2018, 6, 8), d(2018, 6, 22), d(2018, 6, 25));
        EvaluationDates dates = dates(new Evaluation("F1", Timetable.Kind.FULL, "Gangs", d(2018, 5, 7),
                d(2018, 6, 6), null, issued));
        assertDated(dates, Column.CASES_SENT, d(2018, 5, 7), null, Origin.ISSUED);
        assertDated(dates, Column.CHRONOLOGIES, d(2018, 5, 21), null, Origin.ISSUED);
        assertDated(dates, Column.HEALTH_EVALUATIONS, d(2018, 5, 24), null, Origin.ISSUED);
        assertDated(dates, Column.PANEL, d(2018, 6, 6), null, Origin.RECORDED);
        assertDated(dates, Column.OVERVIEW, d(2018, 6, 8), null, Origin.ISSUED);
        // An issued independent overview is the day it is due, not a span.
        assertDated(dates, Column.INDEPENDENT_OVERVIEW, d(2018, 6, 22), null, Origin.ISSUED);
        assertDated(dates, Column.BRIEFINGS, d(2018, 6, 25), null, Origin.ISSUED);
        // 7 May 2018 was the Early May bank holiday: the timetable's note says day 1 moved.
        assertTrue(dates.note().contains("Tuesday 8 May 2018"), dates.note());
    }

    @Test
    void aCondensedEvaluationHasNoIndependentOverviewOrBriefingDateUnlessIssued() {
        Evaluation plain = new Evaluation("C1", Timetable.Kind.CONDENSED, "Missing education", d(2018, 10, 1),
                d(2018, 10, 11), null);
        EvaluationDates dates = dates(plain);
        assertDated(dates, Column.CHRONOLOGIES, d(2018, 10, 8), null, Origin.TIMETABLE);
        assertDated(dates, Column.OVERVIEW, d(2018, 10, 12), null, Origin.TIMETABLE);
        assertDated(dates, Column.INDEPENDENT_OVERVIEW, null, null, Origin.NONE);
        assertDated(dates, Column.BRIEFINGS, null, null, Origin.NONE);
        assertEquals(d(2018, 10, 12), dates.last());

        IssuedDates briefings = new IssuedDates(null, null, null, null, null, null, d(2018, 11, 1));
        EvaluationDates issued = dates(new Evaluation("C1", Timetable.Kind.CONDENSED, "Missing education",
                d(2018, 10, 1), d(2018, 10, 11), null, briefings));
        assertDated(issued, Column.BRIEFINGS, d(2018, 11, 1), null, Origin.ISSUED);
        assertDated(issued, Column.CHRONOLOGIES, d(2018, 10, 8), null, Origin.TIMETABLE);
    }

    /** A panel day before the submissions: no timetable, so only recorded and issued dates remain. */
    @Test
    void aTimetableThatCannotBeLaidOutLeavesOnlyRecordedAndIssuedDates() {
        IssuedDates overview = new IssuedDates(null, null, null, null, d(2018, 11, 9), null, null);
        EvaluationDates dates = dates(new Evaluation("F9", Timetable.Kind.FULL, "Too early", d(2018, 11, 5),
                d(2018, 11, 7), null, overview));
        assertDated(dates, Column.CHRONOLOGIES, null, null, Origin.NONE);
        assertDated(dates, Column.INDEPENDENT_OVERVIEW, null, null, Origin.NONE);
        assertDated(dates, Column.OVERVIEW, d(2018, 11, 9), null, Origin.ISSUED);
        assertDated(dates, Column.PANEL, d(2018, 11, 7), null, Origin.RECORDED);
        assertTrue(dates.note().startsWith("The timetable cannot be laid out"), dates.note());
    }

    /** The offsets here must stay the timetable's: its steps on those days are the ones named. */
    @Test
    void theOffsetsFromThePanelDayAreTheTimetablesOwnSteps() {
        Timetable full = Timetable.of(Timetable.Kind.FULL, d(2018, 11, 5), null, ENGLAND);
        assertStepOn(full, EvaluationDates.OVERVIEW_AFTER_PANEL, "overview");
        assertStepOn(full, EvaluationDates.INDEPENDENT_TO_PANEL, "independent overview");
        assertStepOn(full, EvaluationDates.BRIEFINGS_AFTER_PANEL, "briefings");
        // Days 21-30 of a timetable whose panel is day 18.
        assertEquals(21 - Timetable.Kind.FULL.defaultPanelDay(), EvaluationDates.INDEPENDENT_FROM_PANEL);
        Timetable condensed = Timetable.of(Timetable.Kind.CONDENSED, d(2018, 10, 1), null, ENGLAND);
        assertStepOn(condensed, EvaluationDates.OVERVIEW_AFTER_PANEL, "overview");
        assertFalse(condensed.steps().stream().anyMatch(s -> s.what().toLowerCase(Locale.UK).contains("briefing")));
    }

    private static void assertStepOn(Timetable t, int afterPanel, String words) {
        LocalDate day = ENGLAND.add(t.panelDay(), afterPanel);
        assertTrue(t.steps().stream().anyMatch(s -> s.due().equals(day) && s.what().toLowerCase(Locale.UK)
                .contains(words)), "no step about " + words + " on " + day);
    }

    @Test
    void aProgrammeEntryBelongsToTheYearItsCycleNames() {
        ReportingYear y = new ReportingYear(2018, 4);
        assertTrue(entry("2018-19").belongsTo(y));
        assertTrue(entry("2018").belongsTo(y), "a calendar-year cycle is the year that starts in it");
        assertFalse(entry("2017-18").belongsTo(y));
        assertFalse(entry("2019").belongsTo(y));
        assertNull(entry("2018").notes());
    }

    private static ProgrammeEntry entry(String cycle) {
        return new ProgrammeEntry("s11", cycle, d(2018, 4, 3), d(2018, 9, 30), null);
    }
}
