package qaf.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseTypeTest {
    @Test
    void everyCodedTypeHasItsBoardLabelAndAnUnknownOneIsShownAsStored() {
        assertEquals("Child protection", CaseType.labelOf("cp"));
        assertEquals("Care leaver", CaseType.labelOf("care-leaver"));
        assertEquals("Child in need", CaseType.labelOf("cin"));
        assertEquals("kinship-care", CaseType.labelOf("kinship-care"));
    }
}
