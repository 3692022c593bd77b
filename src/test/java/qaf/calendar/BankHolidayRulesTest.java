package qaf.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the shipped JSON against the statutory rules recomputed here, with the real
 * one-off changes listed explicitly. The JSON was produced by a separate throwaway generator, so
 * this is a second, independent derivation: a typo in either shows up as a difference.
 */
class BankHolidayRulesTest {
    private static final String APOS = "\u2019";

    /** Easter Sunday 2015-2030 as published (not computed), to check the algorithm below. */
    private static final Map<Integer, LocalDate> KNOWN_EASTER = Map.ofEntries(
            Map.entry(2015, LocalDate.of(2015, 4, 5)), Map.entry(2016, LocalDate.of(2016, 3, 27)),
            Map.entry(2017, LocalDate.of(2017, 4, 16)), Map.entry(2018, LocalDate.of(2018, 4, 1)),
            Map.entry(2019, LocalDate.of(2019, 4, 21)), Map.entry(2020, LocalDate.of(2020, 4, 12)),
            Map.entry(2021, LocalDate.of(2021, 4, 4)), Map.entry(2022, LocalDate.of(2022, 4, 17)),
            Map.entry(2023, LocalDate.of(2023, 4, 9)), Map.entry(2024, LocalDate.of(2024, 3, 31)),
            Map.entry(2025, LocalDate.of(2025, 4, 20)), Map.entry(2026, LocalDate.of(2026, 4, 5)),
            Map.entry(2027, LocalDate.of(2027, 3, 28)), Map.entry(2028, LocalDate.of(2028, 4, 16)),
            Map.entry(2029, LocalDate.of(2029, 4, 1)), Map.entry(2030, LocalDate.of(2030, 4, 21)));

    @Test
    void easterAlgorithmMatchesPublishedDates() {
        for (int y = 2015; y <= 2030; y++) {
            assertEquals(KNOWN_EASTER.get(y), easterSunday(y), "Easter " + y);
        }
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void shippedDataMatchesTheRulesAndTheOneOffs(Nation nation) {
        BankHolidays shipped = BankHolidays.load(nation);
        assertEquals(LocalDate.of(2015, 1, 1), shipped.coverageStart());
        assertEquals(LocalDate.of(2030, 12, 31), shipped.coverageEnd());
        for (int y = 2015; y <= 2030; y++) {
            int year = y;
            List<BankHolidays.Holiday> shippedYear = shipped.holidays().stream()
                    .filter(h -> h.date().getYear() == year).toList();
            // Compared a year at a time so a failure names the year and stays readable.
            assertEquals(expectedYear(nation, y), shippedYear, nation.id() + " " + y);
        }
        assertEquals(shipped.holidays().size(), shipped.holidays().stream()
                .filter(h -> h.date().getYear() >= 2015 && h.date().getYear() <= 2030).count());
    }

    /** The rules of the Banking and Financial Dealings Act schedule and the proclamations since. */
    private static List<BankHolidays.Holiday> expectedYear(Nation nation, int y) {
        Map<LocalDate, BankHolidays.Holiday> byDate = new TreeMap<>();
        LocalDate easter = easterSunday(y);
        put(byDate, easter.minusDays(2), "Good Friday", false);
        if (nation != Nation.SCOTLAND) {
            put(byDate, easter.plusDays(1), "Easter Monday", false);
        }
        // One-offs: 2020 early May moved to VE day; 2022 spring moved for the Platinum Jubilee.
        if (y == 2020) {
            put(byDate, LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)", false);
        } else {
            put(byDate, firstMonday(y, Month.MAY), "Early May bank holiday", false);
        }
        if (y == 2022) {
            put(byDate, LocalDate.of(2022, 6, 2), "Spring bank holiday", false);
            put(byDate, LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday", false);
        } else {
            put(byDate, lastMonday(y, Month.MAY), "Spring bank holiday", false);
        }
        put(byDate, nation == Nation.SCOTLAND ? firstMonday(y, Month.AUGUST) : lastMonday(y, Month.AUGUST),
                "Summer bank holiday", false);
        if (y == 2022) {
            put(byDate, LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", false);
        }
        if (y == 2023) {
            put(byDate, LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III", false);
        }

        // Fixed-date holidays: on a weekend, each moves to the first weekday not already a holiday,
        // after every weekday holiday has kept its own date (so Boxing Day on a Monday stays and
        // Christmas on the Sunday before moves to the Tuesday).
        Map<String, LocalDate> fixed = new java.util.LinkedHashMap<>();
        fixed.put("New Year" + APOS + "s Day", LocalDate.of(y, 1, 1));
        if (nation == Nation.SCOTLAND) {
            fixed.put("2nd January", LocalDate.of(y, 1, 2));
        }
        if (nation == Nation.NORTHERN_IRELAND) {
            fixed.put("St Patrick" + APOS + "s Day", LocalDate.of(y, 3, 17));
            fixed.put("Battle of the Boyne (Orangemen" + APOS + "s Day)", LocalDate.of(y, 7, 12));
        }
        if (nation == Nation.SCOTLAND) {
            fixed.put("St Andrew" + APOS + "s Day", LocalDate.of(y, 11, 30));
        }
        fixed.put("Christmas Day", LocalDate.of(y, 12, 25));
        fixed.put("Boxing Day", LocalDate.of(y, 12, 26));
        fixed.forEach((title, date) -> {
            if (!isWeekend(date)) {
                put(byDate, date, title, false);
            }
        });
        fixed.forEach((title, date) -> {
            if (isWeekend(date)) {
                LocalDate d = date;
                while (isWeekend(d) || byDate.containsKey(d)) {
                    d = d.plusDays(1);
                }
                put(byDate, d, title, true);
            }
        });
        return new ArrayList<>(byDate.values());
    }

    private static void put(Map<LocalDate, BankHolidays.Holiday> byDate, LocalDate date, String title,
            boolean substitute) {
        if (byDate.put(date, new BankHolidays.Holiday(date, title, substitute)) != null) {
            throw new AssertionError("two holidays fall on " + date);
        }
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate firstMonday(int y, Month m) {
        return LocalDate.of(y, m, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int y, Month m) {
        return LocalDate.of(y, m, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    /** Anonymous Gregorian (Meeus/Jones/Butcher) computus. */
    static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
