package qaf.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrictDatesTest {

    @Test
    void acceptsIsoAndUkForms() {
        assertEquals(LocalDate.of(2018, 5, 14), StrictDates.parse("2018-05-14"));
        assertEquals(LocalDate.of(2018, 5, 14), StrictDates.parse("14/05/2018"));
        assertEquals(LocalDate.of(2016, 2, 29), StrictDates.parse(" 29/02/2016 "));
    }

    @Test
    void rejectsImpossibleDatesWithoutEchoingThem() {
        for (String bad : new String[] {"29/02/2017", "31/06/2018", "2018-13-01", "2018-00-10", "00/01/2018"}) {
            DateTimeException e = assertThrows(DateTimeException.class, () -> StrictDates.parse(bad), bad);
            assertFalse(e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void rejectsTwoDigitYearsUsOrderAndOtherShapes() {
        for (String bad : new String[] {"14/05/18", "05/14/2018", "2018-5-14", "14.05.2018", "", "May 2018"}) {
            assertThrows(DateTimeException.class, () -> StrictDates.parse(bad), bad);
        }
    }

    @Test
    void partialDatesKeepTheirPrecision() {
        PartialDate month = StrictDates.parsePartial("2018-05");
        assertEquals(new PartialDate(LocalDate.of(2018, 5, 1), PartialDate.Precision.MONTH), month);
        assertEquals("May 2018", month.display());
        assertEquals("2018-05", month.iso());
        PartialDate year = StrictDates.parsePartial("2016");
        assertEquals(new PartialDate(LocalDate.of(2016, 1, 1), PartialDate.Precision.YEAR), year);
        assertEquals("2016", year.display());
        assertEquals("2016", year.iso());
        PartialDate day = StrictDates.parsePartial("14/05/2018");
        assertEquals(PartialDate.Precision.DAY, day.precision());
        assertEquals("14/05/2018", day.display());
        assertEquals("2018-05-14", day.iso());
    }

    @Test
    void partialDatesAreStrictToo() {
        for (String bad : new String[] {"2018-13", "2018-00", "18", "31/06/2018", "2018/05"}) {
            assertThrows(DateTimeException.class, () -> StrictDates.parsePartial(bad), bad);
        }
    }
}
