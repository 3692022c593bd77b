package qaf.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qaf.calendar.Timetable.Kind;
import qaf.calendar.Timetable.Milestone;
import qaf.calendar.Timetable.Step;

class TimetableTest {
    private final WorkingDays england = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    private static Step find(Timetable t, String whatStartsWith) {
        List<Step> found = t.steps().stream().filter(s -> s.what().startsWith(whatStartsWith)).toList();
        assertEquals(1, found.size(), whatStartsWith);
        return found.get(0);
    }

    @Test
    void fullTimetableReproducesTheFrameworksNovember2018Schedule() {
        // Appendix B's own dates for the evaluation starting Monday 5 November 2018.
        Timetable t = Timetable.of(Kind.FULL, d(2018, 11, 5), null, england);
        assertEquals(d(2018, 11, 19), t.chronologyDue());
        assertEquals(d(2018, 11, 21), t.evaluationDue());
        assertEquals(d(2018, 11, 22), t.healthEvaluationDue());
        assertEquals(d(2018, 11, 28), t.panelDay());
        assertEquals(d(2018, 11, 29), find(t, "Overview of strengths").due());
        assertEquals(d(2018, 12, 14), find(t, "Independent overview of the cases").due());
        assertEquals(d(2018, 12, 17), find(t, "Seven-minute briefings").due());
        // 29, 30 Nov, 3-7 Dec, 10, 11, 12 Dec.
        assertEquals(d(2018, 12, 12), t.closeTheLoopDue());
        assertEquals(11, t.step(Milestone.CHRONOLOGY_DUE).day());
        assertEquals(3, t.step(Milestone.CHRONOLOGY_DUE).week());
        assertEquals(10, t.step(Milestone.CHRONOLOGY_DUE).offset());
        assertEquals(18, t.step(Milestone.PANEL_DAY).day());
        assertEquals(4, t.step(Milestone.PANEL_DAY).week());
        assertEquals(31, find(t, "Independent overview shared").day());
        assertEquals(7, find(t, "Independent overview shared").week());
        assertEquals(d(2018, 11, 5), t.steps().get(0).due());
        assertEquals(1, t.steps().get(0).day());
    }

    @Test
    void fullTimetableSkipsEaster() {
        // Start Mon 19/03/2018: 19-23 (1-5), 26-29 (6-9), Good Friday and Easter Monday skipped,
        // Tue 3 April day 10, 4 (11), 5 (12), 6 (13), 9 (14), 10 (15), 11 (16), 12 (17), Fri 13 (18).
        Timetable t = Timetable.of(Kind.FULL, d(2018, 3, 19), null, england);
        assertEquals(d(2018, 4, 4), t.chronologyDue());
        assertEquals(d(2018, 4, 6), t.evaluationDue());
        assertEquals(d(2018, 4, 9), t.healthEvaluationDue());
        assertEquals(d(2018, 4, 13), t.panelDay());
        // 16-20 (5), 23-27 (10).
        assertEquals(d(2018, 4, 27), t.closeTheLoopDue());
    }

    @Test
    void stepsAreInDateOrderAndTheirDaysCountFromTheStart() {
        for (Kind kind : Kind.values()) {
            for (LocalDate start = d(2018, 1, 2); start.isBefore(d(2019, 1, 1)); start = start.plusDays(1)) {
                if (!england.isWorkingDay(start)) {
                    continue;
                }
                Timetable t = Timetable.of(kind, start, null, england);
                LocalDate previous = start;
                for (Step s : t.steps()) {
                    assertFalse(s.due().isBefore(previous), kind + " " + start + " " + s);
                    assertTrue(england.isWorkingDay(s.due()), s.toString());
                    assertEquals(england.count(start, s.due()) + 1, s.day(), s.toString());
                    previous = s.due();
                }
                assertEquals(kind.defaultPanelDay(), t.step(Milestone.PANEL_DAY).day());
                assertEquals(england.add(t.panelDay(), 10), t.closeTheLoopDue());
                assertTrue(t.evaluationDue().isBefore(t.panelDay()));
                assertFalse(t.healthEvaluationDue().isBefore(t.evaluationDue()));
            }
        }
    }

    @Test
    void condensedTimetableIsAppendixD() {
        // Mon 5/11/2018: day 6 Mon 12, day 7 Tue 13, day 8 Wed 14, panel day 9 Thu 15, day 10 Fri 16.
        Timetable t = Timetable.of(Kind.CONDENSED, d(2018, 11, 5), null, england);
        assertEquals(d(2018, 11, 12), t.chronologyDue());
        assertEquals(d(2018, 11, 12), t.evaluationDue());
        assertEquals(d(2018, 11, 12), t.healthEvaluationDue());
        assertEquals(Set.of(Milestone.CHRONOLOGY_DUE, Milestone.EVALUATION_DUE, Milestone.HEALTH_EVALUATION_DUE),
                t.step(Milestone.CHRONOLOGY_DUE).milestones());
        assertEquals(d(2018, 11, 13), find(t, "Case information collated").due());
        assertEquals(d(2018, 11, 14), find(t, "QA Service Manager briefs").due());
        assertEquals(d(2018, 11, 15), t.panelDay());
        assertEquals(d(2018, 11, 16), find(t, "Brief overview report").due());
        // 16, 19-23, 26-29 November.
        assertEquals(d(2018, 11, 29), t.closeTheLoopDue());
        assertEquals(10, t.steps().size());
    }

    @Test
    void scotlandsStAndrewsDayMovesTheCondensedTimetable() {
        WorkingDays scotland = new WorkingDays(BankHolidays.load(Nation.SCOTLAND));
        // Mon 26/11/2018: 26-29 (1-4), Fri 30 St Andrew's Day, Mon 3 Dec (5), 4 (6), 5, 6, Fri 7 (9).
        Timetable scottish = Timetable.of(Kind.CONDENSED, d(2018, 11, 26), null, scotland);
        assertEquals(d(2018, 12, 4), scottish.evaluationDue());
        assertEquals(d(2018, 12, 7), scottish.panelDay());
        Timetable english = Timetable.of(Kind.CONDENSED, d(2018, 11, 26), null, england);
        assertEquals(d(2018, 12, 3), english.evaluationDue());
        assertEquals(d(2018, 12, 6), english.panelDay());
    }

    @Test
    void aLaterPanelMovesEverythingFromThePanelPreparationOn() {
        // Panel Wed 5/12/2018 (day 23) instead of day 18; the week-3 deadlines stay.
        Timetable t = Timetable.of(Kind.FULL, d(2018, 11, 5), d(2018, 12, 5), england);
        assertEquals(d(2018, 11, 19), t.chronologyDue());
        assertEquals(d(2018, 12, 5), t.panelDay());
        assertEquals(23, t.step(Milestone.PANEL_DAY).day());
        assertEquals(d(2018, 12, 3), find(t, "Case stories presented").due());
        assertEquals(d(2018, 12, 6), find(t, "Overview of strengths").due());
        // 6, 7, 10-14, 17, 18, 19 December.
        assertEquals(d(2018, 12, 19), t.closeTheLoopDue());
        // +12: 20, 21 Dec; +13 Mon 24 Dec; +17: 25, 26 holidays, 27, 28, 31, 1 Jan holiday, Wed 2 Jan 2019.
        assertEquals(d(2018, 12, 21), find(t, "Independent overview of the cases").due());
        assertEquals(d(2018, 12, 24), find(t, "Independent overview shared").due());
        assertEquals(d(2019, 1, 2), find(t, "Audit and Scrutiny subgroup").due());
    }

    @Test
    void theEarliestPanelIsTheDayAfterTheLastSubmissionStep() {
        // Full: day 15 is Fri 23/11/2018, so Mon 26/11 (day 16) is the earliest panel.
        Timetable t = Timetable.of(Kind.FULL, d(2018, 11, 5), d(2018, 11, 26), england);
        assertEquals(d(2018, 11, 22), find(t, "Case stories presented").due());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timetable.of(Kind.FULL, d(2018, 11, 5), d(2018, 11, 23), england));
        assertEquals("the panel day 2018-11-23 is too early: hold it after working day 15 (2018-11-23), when the"
                + " submissions are in; the full timetable's own panel day is 2018-11-28", e.getMessage());
        // Condensed: day 6 is Mon 12/11.
        assertThrows(IllegalArgumentException.class,
                () -> Timetable.of(Kind.CONDENSED, d(2018, 11, 5), d(2018, 11, 12), england));
        assertEquals(d(2018, 11, 13), Timetable.of(Kind.CONDENSED, d(2018, 11, 5), d(2018, 11, 13), england)
                .panelDay());
    }

    @Test
    void thePanelMustBeOnAWorkingDay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timetable.of(Kind.FULL, d(2018, 11, 5), d(2018, 12, 25), england));
        assertEquals("the panel day 2018-12-25 is a bank holiday (Christmas Day) in england-and-wales; hold the panel"
                + " on a working day", e.getMessage());
    }

    @Test
    void theStartMustBeAWorkingDay() {
        // The framework's 7 May 2018 evaluation nominally began on the early May bank holiday.
        IllegalArgumentException holiday = assertThrows(IllegalArgumentException.class,
                () -> Timetable.of(Kind.FULL, d(2018, 5, 7), null, england));
        assertEquals("the start (week 1 day 1) 2018-05-07 is a bank holiday (Early May bank holiday) in"
                + " england-and-wales; start on a working day, e.g. 2018-05-08", holiday.getMessage());
        IllegalArgumentException weekend = assertThrows(IllegalArgumentException.class,
                () -> Timetable.of(Kind.CONDENSED, d(2018, 5, 5), null, england));
        assertEquals("the start (week 1 day 1) 2018-05-05 is a Saturday; start on a working day, e.g. 2018-05-08",
                weekend.getMessage());
    }

    @Test
    void kindsHaveDatasetIds() {
        assertEquals("full", Kind.FULL.id());
        assertEquals("condensed", Kind.CONDENSED.id());
        assertEquals(Kind.CONDENSED, Kind.fromId(" Condensed "));
        assertEquals(7, Kind.FULL.weeks());
        assertEquals(2, Kind.CONDENSED.weeks());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kind.fromId("short"));
        assertEquals("unknown evaluation kind; use one of full, condensed", e.getMessage());
    }

    @Test
    void aTimetableCarriesEachMilestoneOnce() {
        LocalDate day = d(2018, 11, 5);
        Step plain = new Step("x", "y", day, 1, Set.of());
        assertThrows(IllegalArgumentException.class, () -> new Timetable(Kind.FULL, day, day, List.of(plain)));
        assertThrows(IllegalArgumentException.class, () -> new Step("x", "y", day, 0, Set.of()));
        Timetable t = Timetable.of(Kind.FULL, day, null, england);
        assertThrows(UnsupportedOperationException.class, () -> t.steps().add(plain));
    }
}
