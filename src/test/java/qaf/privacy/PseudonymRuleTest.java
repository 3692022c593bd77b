package qaf.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PseudonymRuleTest {
    @Test
    void aWordOfEitherNameInAnyWritingRevealsIt() {
        assertTrue(PseudonymRule.revealsName("Zoë Kowalska", "Zoë", "Kowalska"));
        assertTrue(PseudonymRule.revealsName("Child ZOE", "Zoë", "Kowalska"));
        assertTrue(PseudonymRule.revealsName("Child Zoe\u0308", "Zoë", "Kowalska"));
        assertTrue(PseudonymRule.revealsName("Lukasz", "Łukasz", "Nowak"));
        assertTrue(PseudonymRule.revealsName("Child Jay", "Tyler-Jay", "Francis"));
        assertTrue(PseudonymRule.revealsName("Child OBrien", "Seán", "O’Brien"));
        assertTrue(PseudonymRule.revealsName("Child Súilleabháin", "Seán", "Ó Súilleabháin"));
        assertTrue(PseudonymRule.revealsName("Child hope", "Hope", "Bell"));
    }

    @Test
    void otherWordsParticlesAndTheWordChildDoNot() {
        assertFalse(PseudonymRule.revealsName("Child A", "Zoë", "Kowalska"));
        assertFalse(PseudonymRule.revealsName("Child Hopeful", "Hope", "Bell"));
        assertFalse(PseudonymRule.revealsName("Child O", "Seán", "Ó Súilleabháin"));
        assertFalse(PseudonymRule.revealsName("Child B", "Child", "Child"));
    }
}
