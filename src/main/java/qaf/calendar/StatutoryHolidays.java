package qaf.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A nation's bank holidays in a year by the standing rules (the Banking and Financial Dealings Act
 * 1971 schedule and the proclamations that have become custom), for the years GOV.UK has not
 * published yet. One-off days (a jubilee, a coronation, a state funeral) cannot be foreseen, so a
 * projected year may differ from the one later published: documents say when a date is projected.
 */
final class StatutoryHolidays {
    private static final String APOS = "\u2019";

    private StatutoryHolidays() {
    }

    /** The year's holidays in date order, substitute days marked. */
    static List<BankHolidays.Holiday> of(Nation nation, int year) {
        Map<LocalDate, BankHolidays.Holiday> byDate = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        put(byDate, easter.minusDays(2), "Good Friday", false);
        if (nation != Nation.SCOTLAND) {
            put(byDate, easter.plusDays(1), "Easter Monday", false);
        }
        put(byDate, first(year, Month.MAY), "Early May bank holiday", false);
        put(byDate, last(year, Month.MAY), "Spring bank holiday", false);
        put(byDate, nation == Nation.SCOTLAND ? first(year, Month.AUGUST) : last(year, Month.AUGUST),
                "Summer bank holiday", false);
        // Fixed-date holidays on a weekend move to the first weekday not already a holiday, after every
        // weekday holiday has kept its own date (Boxing Day on a Monday stays; Christmas on the Sunday
        // before moves to the Tuesday).
        Map<String, LocalDate> fixed = new LinkedHashMap<>();
        fixed.put("New Year" + APOS + "s Day", LocalDate.of(year, 1, 1));
        if (nation == Nation.SCOTLAND) {
            fixed.put("2nd January", LocalDate.of(year, 1, 2));
        }
        if (nation == Nation.NORTHERN_IRELAND) {
            fixed.put("St Patrick" + APOS + "s Day", LocalDate.of(year, 3, 17));
            fixed.put("Battle of the Boyne (Orangemen" + APOS + "s Day)", LocalDate.of(year, 7, 12));
        }
        if (nation == Nation.SCOTLAND) {
            fixed.put("St Andrew" + APOS + "s Day", LocalDate.of(year, 11, 30));
        }
        fixed.put("Christmas Day", LocalDate.of(year, 12, 25));
        fixed.put("Boxing Day", LocalDate.of(year, 12, 26));
        fixed.forEach((title, date) -> {
            if (!weekend(date)) {
                put(byDate, date, title, false);
            }
        });
        fixed.forEach((title, date) -> {
            if (weekend(date)) {
                LocalDate d = date;
                while (weekend(d) || byDate.containsKey(d)) {
                    d = d.plusDays(1);
                }
                put(byDate, d, title, true);
            }
        });
        return new ArrayList<>(byDate.values());
    }

    private static void put(Map<LocalDate, BankHolidays.Holiday> byDate, LocalDate date, String title,
            boolean substitute) {
        // Two standing rules never meet on one day in the Gregorian calendar (Easter Monday is in
        // March or April, the Mondays of May and August cannot coincide); a clash would be a rule error.
        if (byDate.put(date, new BankHolidays.Holiday(date, title, substitute)) != null) {
            throw new IllegalStateException("two bank holidays fall on " + date);
        }
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate first(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate last(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    /** Easter Sunday by the anonymous Gregorian computus (Meeus, Jones, Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
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
        return LocalDate.of(year, month, day);
    }
}
