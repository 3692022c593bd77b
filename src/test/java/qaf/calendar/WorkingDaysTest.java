package qaf.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private final WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void fiveWorkingDaysOverEaster2018() {
        // Fri 30/03 Good Friday, Mon 02/04 Easter Monday: Tue 3, Wed 4, Thu 5, Fri 6, Mon 9.
        assertEquals(d(2018, 4, 9), wd.add(d(2018, 3, 29), 5));
        assertEquals(DayOfWeek.MONDAY, wd.add(d(2018, 3, 29), 5).getDayOfWeek());
    }

    @Test
    void tenWorkingDaysFromAPanelDay() {
        assertEquals(d(2018, 6, 20), wd.add(d(2018, 6, 6), 10));
    }

    @Test
    void oneOffHolidaysAreNotWorkingDays() {
        assertFalse(wd.isWorkingDay(d(2022, 9, 19)));
        assertFalse(wd.isWorkingDay(d(2023, 5, 8)));
        assertTrue(wd.isWorkingDay(d(2022, 9, 20)));
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertFalse(wd.isWorkingDay(d(2018, 6, 9)));
        assertFalse(wd.isWorkingDay(d(2018, 6, 10)));
        assertTrue(wd.isWorkingDay(d(2018, 6, 11)));
    }

    @Test
    void addZeroIsTheDateItselfEvenOnAWeekend() {
        assertEquals(d(2018, 6, 9), wd.add(d(2018, 6, 9), 0));
        assertEquals(d(2018, 6, 6), wd.add(d(2018, 6, 6), 0));
    }

    @Test
    void addFromAWeekendOrAcrossChristmas() {
        assertEquals(d(2018, 6, 11), wd.add(d(2018, 6, 9), 1));
        // 2020: Fri 25 Christmas, Mon 28 substitute Boxing Day.
        assertEquals(d(2020, 12, 29), wd.add(d(2020, 12, 24), 1));
        // 2021: Mon 27 and Tue 28 substitutes; Fri 31 is a working day; Mon 3 Jan 2022 substitute New Year.
        assertEquals(d(2021, 12, 29), wd.add(d(2021, 12, 24), 1));
        assertEquals(d(2022, 1, 4), wd.add(d(2021, 12, 24), 4));
    }

    @Test
    void countIsExclusiveOfFromAndInclusiveOfTo() {
        assertEquals(5, wd.count(d(2018, 3, 29), d(2018, 4, 9)));
        assertEquals(0, wd.count(d(2018, 6, 6), d(2018, 6, 6)));
        assertEquals(0, wd.count(d(2018, 6, 8), d(2018, 6, 10)));
        assertEquals(1, wd.count(d(2018, 6, 8), d(2018, 6, 11)));
        assertEquals(1, wd.count(d(2018, 6, 7), d(2018, 6, 8)));
    }

    @Test
    void workingDaysIn2018() {
        // 2018 starts on a Monday: 52 weeks + 1 Monday = 261 weekdays, less 8 weekday holidays.
        assertEquals(253, wd.count(d(2017, 12, 31), d(2018, 12, 31)));
    }

    @Test
    void countAndAddAreInverse() {
        for (LocalDate x = d(2015, 1, 1); x.isBefore(d(2030, 11, 1)); x = x.plusDays(3)) {
            LocalDate previous = x;
            for (int n = 0; n <= 25; n++) {
                LocalDate y = wd.add(x, n);
                assertEquals(n, wd.count(x, y), x + " + " + n);
                if (n > 0) {
                    assertTrue(wd.isWorkingDay(y), x + " + " + n + " = " + y);
                    assertTrue(y.isAfter(previous));
                    // Nothing skipped: no working day strictly between the (n-1)th and the nth.
                    assertEquals(1, wd.count(previous, y));
                }
                previous = y;
            }
        }
    }

    @Test
    void countMatchesADayByDayTallyAndIsAdditive() {
        LocalDate from = d(2019, 11, 15);
        int tally = 0;
        for (LocalDate to = from; to.isBefore(d(2021, 2, 1)); to = to.plusDays(1)) {
            if (to.isAfter(from) && wd.isWorkingDay(to)) {
                tally++;
            }
            assertEquals(tally, wd.count(from, to), to.toString());
            LocalDate mid = from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
            assertEquals(wd.count(from, to), wd.count(from, mid) + wd.count(mid, to));
        }
    }

    @Test
    void subtractMirrorsAdd() {
        for (LocalDate w = d(2016, 1, 4); w.isBefore(d(2016, 12, 31)); w = w.plusDays(1)) {
            if (!wd.isWorkingDay(w)) {
                continue;
            }
            for (int n = 0; n <= 12; n++) {
                assertEquals(w, wd.add(wd.subtract(w, n), n), w + " - " + n);
            }
        }
        assertEquals(d(2018, 3, 29), wd.subtract(d(2018, 4, 3), 1));
    }

    @Test
    void onOrAfterSkipsToTheNextWorkingDay() {
        assertEquals(d(2018, 4, 3), wd.onOrAfter(d(2018, 3, 30)));
        assertEquals(d(2018, 4, 3), wd.onOrAfter(d(2018, 4, 3)));
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> wd.add(d(2018, 6, 6), -1));
        assertThrows(IllegalArgumentException.class, () -> wd.subtract(d(2018, 6, 6), -1));
        assertThrows(IllegalArgumentException.class, () -> wd.count(d(2018, 6, 7), d(2018, 6, 6)));
    }

    @Test
    void datesBeyondTheBankHolidayDataUseTheProjectedHolidays() {
        // Fri 20/12/2030 + 10: 23, 24, 27 (Christmas and Boxing Day are Wed/Thu), 30, 31/12, 2, 3, 6, 7, 8/1/2031.
        assertEquals(d(2031, 1, 8), wd.add(d(2030, 12, 20), 10));
        assertTrue(wd.projected(d(2030, 12, 20), d(2031, 1, 8)));
        assertFalse(wd.projected(d(2030, 12, 20), d(2030, 12, 31)));
        // Wed 31/12/2014 + 1: New Year's Day 2015 (published) is skipped.
        assertEquals(d(2015, 1, 2), wd.add(d(2014, 12, 31), 1));
        assertEquals(2, wd.count(d(2014, 12, 31), d(2015, 1, 5)));
        assertFalse(wd.isWorkingDay(d(2031, 1, 4)), "a Saturday");
        assertEquals(d(2014, 12, 31), wd.subtract(d(2015, 1, 2), 1));
        // Counting across the end of the data agrees with adding across it.
        assertEquals(10, wd.count(d(2030, 12, 20), wd.add(d(2030, 12, 20), 10)));
    }

    @Test
    void scotlandWorksOnEasterMonday() {
        WorkingDays scotland = new WorkingDays(BankHolidays.load(Nation.SCOTLAND));
        assertTrue(scotland.isWorkingDay(d(2018, 4, 2)));
        assertEquals(d(2018, 4, 6), scotland.add(d(2018, 3, 29), 5));
        assertEquals(Nation.SCOTLAND, scotland.nation());
    }
}
