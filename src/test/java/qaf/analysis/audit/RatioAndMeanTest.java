package qaf.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioAndMeanTest {
    @Test
    void wholePercentRoundsHalvesUp() {
        // 17/19 = 89.47 → 89; 1/8 = 12.5 → 13; 2/3 = 66.67 → 67; 0/4 = 0.
        assertEquals(89, new Ratio(17, 19).wholePercent());
        assertEquals(13, new Ratio(1, 8).wholePercent());
        assertEquals(67, new Ratio(2, 3).wholePercent());
        assertEquals(0, new Ratio(0, 4).wholePercent());
    }

    @Test
    void anEmptyRatioHasNoPercentage() {
        Ratio none = new Ratio(0, 0);
        assertTrue(none.isUndefined());
        assertThrows(IllegalStateException.class, none::wholePercent);
        assertThrows(IllegalArgumentException.class, () -> new Ratio(3, 2));
    }

    @Test
    void meansRoundHalfUpAndMayBeNegative() {
        // 7/3 = 2.333 → 2.33; 14/7 = 2 → 2.00; -3/2 = -1.5 → -1.50; -1/3 = -0.333 → -0.33; 5/2 to 0 places = 3.
        assertEquals(new BigDecimal("2.33"), new Mean(7, 3).rounded(2));
        assertEquals(new BigDecimal("2.00"), new Mean(14, 7).rounded(2));
        assertEquals(new BigDecimal("-1.50"), new Mean(-3, 2).rounded(2));
        assertEquals(new BigDecimal("-0.33"), new Mean(-1, 3).rounded(2));
        assertEquals(new BigDecimal("3"), new Mean(5, 2).rounded(0));
        assertEquals(-1.5, new Mean(-3, 2).value());
        assertThrows(IllegalStateException.class, () -> Mean.EMPTY.rounded(1));
    }

    @Test
    void scoreCountsGiveTheirMean() {
        // {0, 2, 2, 3}: sum 7 over 4.
        assertEquals(new Mean(7, 4), new ScoreCounts(1, 0, 2, 1).mean());
        assertEquals(Mean.EMPTY, ScoreCounts.EMPTY.mean());
    }
}
