package qaf.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradeTest {
    @Test
    void idsLabelsAndRanksFollowTheDatasetScaleBestFirst() {
        assertEquals(List.of("outstanding", "good", "requires-improvement", "inadequate"),
                List.of(Grade.values()).stream().map(Grade::id).toList());
        assertEquals("Requires improvement", Grade.REQUIRES_IMPROVEMENT.label());
        assertEquals(1, Grade.OUTSTANDING.rank());
        assertEquals(4, Grade.INADEQUATE.rank());
    }

    @Test
    void fromIdIgnoresCaseAndSpaceAndRejectsOtherWords() {
        assertEquals(Grade.REQUIRES_IMPROVEMENT, Grade.fromId("  Requires-Improvement "));
        assertEquals(Grade.GOOD, Grade.fromId("good"));
        assertThrows(IllegalArgumentException.class, () -> Grade.fromId("requires improvement"));
        assertThrows(IllegalArgumentException.class, () -> Grade.fromId(null));
    }

    @Test
    void goodOrBetterAndCloseTheLoopSplitTheScaleInTwo() {
        assertTrue(Grade.OUTSTANDING.isGoodOrBetter());
        assertTrue(Grade.GOOD.isGoodOrBetter());
        assertFalse(Grade.REQUIRES_IMPROVEMENT.isGoodOrBetter());
        assertFalse(Grade.INADEQUATE.isGoodOrBetter());
        assertTrue(Grade.REQUIRES_IMPROVEMENT.needsCloseTheLoop());
        assertTrue(Grade.INADEQUATE.needsCloseTheLoop());
        assertFalse(Grade.GOOD.needsCloseTheLoop());
    }

    @Test
    void stepsCountUpAsPositive() {
        // requires improvement -> good is one step up; good -> inadequate two steps down.
        assertEquals(1, Grade.REQUIRES_IMPROVEMENT.stepsUpTo(Grade.GOOD));
        assertEquals(-2, Grade.GOOD.stepsUpTo(Grade.INADEQUATE));
        assertEquals(3, Grade.INADEQUATE.stepsUpTo(Grade.OUTSTANDING));
        assertEquals(0, Grade.GOOD.stepsUpTo(Grade.GOOD));
    }

    @Test
    void childVoiceParsesTheDatasetValues() {
        assertEquals(ChildVoice.NOT_EVIDENCED, ChildVoice.fromId(" Not-Evidenced"));
        assertEquals("partly", ChildVoice.PARTLY.id());
        assertThrows(IllegalArgumentException.class, () -> ChildVoice.fromId("yes"));
    }
}
