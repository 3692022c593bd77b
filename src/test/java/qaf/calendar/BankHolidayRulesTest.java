package qaf.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the shipped JSON (GOV.UK's lists) against the statutory rules qaf projects with past
 * the data, with the real one-off changes listed explicitly: a mistake in the rules or the data
 * shows up as a difference, and the rules are checked on sixteen real years before they are trusted
 * with future ones.
 */
class BankHolidayRulesTest {

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
            assertEquals(KNOWN_EASTER.get(y), StatutoryHolidays.easterSunday(y), "Easter " + y);
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

    /**
     * The standing rules ({@link StatutoryHolidays}) with the real one-off changes of the published years:
     * 2020's early May moved to VE day; 2022's spring holiday moved for the Platinum Jubilee, plus the
     * state funeral; 2023's coronation.
     */
    private static List<BankHolidays.Holiday> expectedYear(Nation nation, int y) {
        Map<LocalDate, BankHolidays.Holiday> byDate = new TreeMap<>();
        StatutoryHolidays.of(nation, y).forEach(h -> byDate.put(h.date(), h));
        if (y == 2020) {
            byDate.remove(LocalDate.of(2020, 5, 4));
            put(byDate, LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)", false);
        }
        if (y == 2022) {
            byDate.remove(LocalDate.of(2022, 5, 30));
            put(byDate, LocalDate.of(2022, 6, 2), "Spring bank holiday", false);
            put(byDate, LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday", false);
            put(byDate, LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", false);
        }
        if (y == 2023) {
            put(byDate, LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III", false);
        }
        return new ArrayList<>(byDate.values());
    }

    private static void put(Map<LocalDate, BankHolidays.Holiday> byDate, LocalDate date, String title,
            boolean substitute) {
        if (byDate.put(date, new BankHolidays.Holiday(date, title, substitute)) != null) {
            throw new AssertionError("two holidays fall on " + date);
        }
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void pastThePublishedYearsTheRulesAnswerAndSaySoAsProjected(Nation nation) {
        BankHolidays shipped = BankHolidays.load(nation);
        LocalDate christmas2032 = LocalDate.of(2032, 12, 27); // Christmas 2032 is a Saturday: substitute Monday
        assertTrue(shipped.isProjected(christmas2032));
        assertTrue(shipped.isHoliday(christmas2032));
        assertEquals("Christmas Day", shipped.name(christmas2032).orElseThrow());
        assertTrue(shipped.isHoliday(LocalDate.of(2032, 12, 28)), "Boxing Day's substitute, Tuesday 28th");
        assertFalse(shipped.isProjected(LocalDate.of(2030, 12, 31)));
        WorkingDays wd = new WorkingDays(shipped);
        // From the last published day into the projection: New Year's Day 2031 is a Wednesday, and in
        // Scotland Thursday 2 January is a holiday too.
        LocalDate second = nation == Nation.SCOTLAND ? LocalDate.of(2031, 1, 6) : LocalDate.of(2031, 1, 3);
        assertEquals(second, wd.add(LocalDate.of(2030, 12, 31), 2));
        assertEquals(2, wd.count(LocalDate.of(2030, 12, 31), second));
        assertTrue(wd.projected(LocalDate.of(2030, 12, 31), second));
    }

    @Test
    void theProjectionOfAYearWithoutOneOffsIsTheStatutoryList() {
        // 2031, England and Wales: as the rules give it (published lists of rule-only years look like this).
        List<LocalDate> dates = StatutoryHolidays.of(Nation.ENGLAND_AND_WALES, 2031).stream()
                .map(BankHolidays.Holiday::date).toList();
        assertEquals(List.of(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 4, 11), LocalDate.of(2031, 4, 14),
                LocalDate.of(2031, 5, 5), LocalDate.of(2031, 5, 26), LocalDate.of(2031, 8, 25),
                LocalDate.of(2031, 12, 25), LocalDate.of(2031, 12, 26)), dates);
    }

}
