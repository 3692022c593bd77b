package qaf.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.analysis.evaluation.Fixtures.d;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShareAndAgeBandTest {
    @Test
    void percentRoundsHalvesUp() {
        // 2/3 = 66.67% -> 67; 1/8 = 12.5% -> 13; 1/3 = 33.3% -> 33; 0/5 -> 0; 5/5 -> 100.
        assertEquals(67, new Share(2, 3).percent());
        assertEquals(13, new Share(1, 8).percent());
        assertEquals(33, new Share(1, 3).percent());
        assertEquals(0, new Share(0, 5).percent());
        assertEquals(100, new Share(5, 5).percent());
        assertEquals(0.25, new Share(1, 4).fraction());
        assertEquals("2 of 3", new Share(2, 3).label());
    }

    @Test
    void anEmptyShareSaysSoInsteadOfDividingByZero() {
        Share empty = new Share(0, 0);
        assertTrue(empty.isEmpty());
        assertEquals("none graded", empty.label());
        assertThrows(IllegalStateException.class, empty::fraction);
        assertThrows(IllegalStateException.class, empty::percent);
        assertThrows(IllegalArgumentException.class, () -> new Share(3, 2));
    }

    @Test
    void ageBandsBreakOnBirthdays() {
        // Panel day 6 June 2018. Born 7 June 2013: 4 (fifth birthday tomorrow) -> 0-4;
        // born 6 June 2013: 5 today -> 5-10; 6 June 2007: 11 -> 11-15; 7 June 2002: 15 -> 11-15;
        // 6 June 2002: 16 -> 16-17; 6 June 2000: 18 -> 18+; 1 July 2018: not yet born.
        LocalDate panel = d(2018, 6, 6);
        assertEquals(AgeBand.UNDER_5, AgeBand.at(d(2013, 6, 7), panel));
        assertEquals(AgeBand.AGED_5_TO_10, AgeBand.at(d(2013, 6, 6), panel));
        assertEquals(AgeBand.AGED_11_TO_15, AgeBand.at(d(2007, 6, 6), panel));
        assertEquals(AgeBand.AGED_11_TO_15, AgeBand.at(d(2002, 6, 7), panel));
        assertEquals(AgeBand.AGED_16_TO_17, AgeBand.at(d(2002, 6, 6), panel));
        assertEquals(AgeBand.ADULT, AgeBand.at(d(2000, 6, 6), panel));
        assertEquals(AgeBand.UNBORN, AgeBand.at(d(2018, 7, 1), panel));
        assertEquals(AgeBand.UNDER_5, AgeBand.at(panel, panel));
        assertEquals("0–4", AgeBand.UNDER_5.label());
        EvaluationCase c = Fixtures.evaluationCase("E1", "C1", d(2002, 6, 7), null, null);
        assertEquals(15, c.ageInYears(panel));
        assertEquals(16, c.ageInYears(d(2018, 6, 7)));
        assertEquals(AgeBand.AGED_11_TO_15, c.ageBand(panel));
        assertEquals("18+", AgeBand.ADULT.label());
    }
}
