package qaf.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {
    private final BankHolidays england = BankHolidays.load(Nation.ENGLAND_AND_WALES);

    @Test
    void englandAndWales2018IsExactlyTheKnownList() {
        List<LocalDate> dates2018 = england.holidays().stream().map(BankHolidays.Holiday::date)
                .filter(d -> d.getYear() == 2018).toList();
        assertEquals(List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 30), LocalDate.of(2018, 4, 2),
                LocalDate.of(2018, 5, 7), LocalDate.of(2018, 5, 28), LocalDate.of(2018, 8, 27),
                LocalDate.of(2018, 12, 25), LocalDate.of(2018, 12, 26)), dates2018);
    }

    @Test
    void substituteDaysAfterWeekendChristmases() {
        // 2020: Boxing Day was a Saturday.
        assertEquals(Optional.of("Boxing Day"), england.name(LocalDate.of(2020, 12, 28)));
        assertFalse(england.isHoliday(LocalDate.of(2020, 12, 26)));
        // 2021 and 2027: Christmas on a Saturday, Boxing Day on a Sunday.
        for (int y : new int[] {2021, 2027}) {
            assertEquals(Optional.of("Christmas Day"), england.name(LocalDate.of(y, 12, 27)));
            assertEquals(Optional.of("Boxing Day"), england.name(LocalDate.of(y, 12, 28)));
        }
        // 2022: Christmas on a Sunday; Boxing Day keeps its Monday, Christmas moves to Tuesday.
        assertEquals(Optional.of("Boxing Day"), england.name(LocalDate.of(2022, 12, 26)));
        assertEquals(Optional.of("Christmas Day"), england.name(LocalDate.of(2022, 12, 27)));
    }

    @Test
    void oneOffsAreInEveryNation() {
        for (Nation nation : Nation.values()) {
            BankHolidays bh = BankHolidays.load(nation);
            for (LocalDate d : List.of(LocalDate.of(2020, 5, 8), LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
                    LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8))) {
                assertTrue(bh.isHoliday(d), nation + " " + d);
            }
            assertFalse(bh.isHoliday(LocalDate.of(2020, 5, 4)), nation + " early May 2020 moved");
            assertFalse(bh.isHoliday(LocalDate.of(2022, 5, 30)), nation + " spring 2022 moved");
        }
    }

    @Test
    void nationsDiffer() {
        BankHolidays scotland = BankHolidays.load(Nation.SCOTLAND);
        BankHolidays ni = BankHolidays.load(Nation.NORTHERN_IRELAND);
        LocalDate easterMonday2018 = LocalDate.of(2018, 4, 2);
        assertTrue(england.isHoliday(easterMonday2018));
        assertFalse(scotland.isHoliday(easterMonday2018));
        assertTrue(ni.isHoliday(easterMonday2018));
        assertEquals(Optional.of("2nd January"), scotland.name(LocalDate.of(2018, 1, 2)));
        assertEquals(Optional.of("Summer bank holiday"), scotland.name(LocalDate.of(2018, 8, 6)));
        assertFalse(scotland.isHoliday(LocalDate.of(2018, 8, 27)));
        assertEquals(Optional.of("St Andrew\u2019s Day"), scotland.name(LocalDate.of(2018, 11, 30)));
        assertEquals(Optional.of("St Patrick\u2019s Day"), ni.name(LocalDate.of(2018, 3, 19)));
        assertTrue(ni.isHoliday(LocalDate.of(2018, 7, 12)));
        assertFalse(england.isHoliday(LocalDate.of(2018, 7, 12)));
    }

    @Test
    void nameIsEmptyOnAnOrdinaryDay() {
        assertEquals(Optional.empty(), england.name(LocalDate.of(2018, 6, 6)));
        assertEquals(Optional.of("Good Friday"), england.name(LocalDate.of(2018, 3, 30)));
    }

    @Test
    void datesOutsideTheDataAreProjectedNeverGuessedSilently() {
        for (LocalDate outside : List.of(LocalDate.of(2014, 12, 25), LocalDate.of(2031, 1, 1))) {
            assertTrue(england.isProjected(outside));
            assertTrue(england.isHoliday(outside), outside + " is a holiday by the statutory rules");
        }
        assertFalse(england.isHoliday(LocalDate.of(2031, 1, 2)));
        assertFalse(england.isProjected(LocalDate.of(2030, 12, 31)));
        assertTrue(england.covers(LocalDate.of(2015, 1, 1)));
        assertTrue(england.covers(LocalDate.of(2030, 12, 31)));
        assertFalse(england.covers(LocalDate.of(2031, 1, 1)));
    }

    @Test
    void shippedFileHasGovUkShapeSortedByDate() throws IOException {
        JsonNode root;
        try (InputStream in = BankHolidays.class.getResourceAsStream(BankHolidays.RESOURCE)) {
            root = new ObjectMapper().readTree(in);
        }
        assertEquals(3, root.size());
        for (Nation nation : Nation.values()) {
            JsonNode division = root.get(nation.id());
            assertEquals(nation.id(), division.get("division").asText());
            String previous = "";
            for (JsonNode event : division.get("events")) {
                String date = event.get("date").asText();
                assertTrue(date.compareTo(previous) > 0, nation + " not strictly sorted at " + date);
                previous = date;
                assertTrue(event.get("title").isTextual());
                assertTrue(event.get("bunting").isBoolean());
                String notes = event.get("notes").asText();
                assertTrue(notes.isEmpty() || notes.equals("Substitute day"), notes);
            }
        }
    }

    @Test
    void explicitListsAreValidated() {
        BankHolidays.Holiday h = new BankHolidays.Holiday(LocalDate.of(2019, 1, 1), "New Year", false);
        assertThrows(IllegalArgumentException.class, () -> BankHolidays.of(Nation.SCOTLAND, 2020, 2021, List.of(h)));
        assertThrows(IllegalArgumentException.class, () -> BankHolidays.of(Nation.SCOTLAND, 2019, 2019, List.of(h, h)));
        assertThrows(IllegalArgumentException.class, () -> BankHolidays.of(Nation.SCOTLAND, 2019, 2018, List.of()));
        BankHolidays own = BankHolidays.of(Nation.SCOTLAND, 2019, 2019, List.of(h));
        assertTrue(own.isHoliday(LocalDate.of(2019, 1, 1)));
        assertEquals(Nation.SCOTLAND, own.nation());
    }

    @Test
    void nationIdsRoundTrip() {
        for (Nation nation : Nation.values()) {
            assertEquals(nation, Nation.fromId(nation.id()));
        }
        assertEquals(Nation.SCOTLAND, Nation.fromId("  Scotland "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nation.fromId("wales"));
        assertEquals("unknown bank-holiday nation; use one of england-and-wales, scotland, northern-ireland",
                e.getMessage());
    }
}
