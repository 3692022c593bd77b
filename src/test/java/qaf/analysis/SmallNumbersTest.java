package qaf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import qaf.analysis.audit.Ratio;
import qaf.analysis.evaluation.Share;
import qaf.compose.Cells;

/** Issue 14: "0% (0 of 1)" read as a trend over one case; a share is a percentage only over 5 or more. */
class SmallNumbersTest {

    @Test
    void zeroPercentOfOneIsShownAsItsCounts() {
        assertEquals("0 of 1", Cells.ratio(new Ratio(0, 1)));
        assertEquals("0 of 1", Cells.percent(new Ratio(0, 1)));
        assertEquals("0 of 1", new Share(0, 1).label());
    }

    @Test
    void theBaseOfFiveIsTheFirstShownAsAPercentage() {
        assertEquals("3 of 4", Cells.ratio(new Ratio(3, 4)));
        assertEquals("3 of 4", new Share(3, 4).label());
        assertEquals("3 of 5 (60%)", Cells.ratio(new Ratio(3, 5)));
        assertEquals("60%", Cells.percent(new Ratio(3, 5)));
        assertEquals("60% (3 of 5)", new Share(3, 5).label());
    }

    @Test
    void nothingExpectedSaysSo() {
        assertEquals("0 of 0", Cells.ratio(new Ratio(0, 0)));
        assertEquals(Cells.MISSING, Cells.percent(new Ratio(0, 0)));
        assertEquals("none graded", new Share(0, 0).label());
    }
}
