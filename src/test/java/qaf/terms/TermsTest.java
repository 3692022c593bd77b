package qaf.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The words composers take from a build's terms, and what a partnership without terms.csv reads. */
class TermsTest {
    private static final Terms WT2023 = new Terms(Map.of("board", "Safeguarding Children Partnership",
            "independent-chair", "independent scrutineer", "serious-case-review", "Child Safeguarding Practice Review",
            "scr-subgroup", "Practice Review Group"));

    @Test
    void namedWordsAreThePartnershipsOrTheFrameworks() {
        assertEquals("Safeguarding Children Partnership", WT2023.board());
        assertEquals("independent scrutineer", WT2023.independentChair());
        assertEquals("Practice Review Group", WT2023.scrSubgroup());
        assertEquals("Audit and Scrutiny subgroup", WT2023.auditSubgroup());
        assertEquals("National Panel", WT2023.nationalPanel());
        assertEquals("Local Safeguarding Children Board", Terms.FRAMEWORK.board());
    }

    @Test
    void aPlaceKeepsItsOwnWordingOfTheFrameworksWordUntilThePartnershipGivesOne() {
        assertEquals("board", Terms.FRAMEWORK.word("board", "board"));
        assertEquals("Safeguarding Children Partnership", WT2023.word("board", "board"));
        assertEquals("national panel", WT2023.word("national-panel", "national panel"));
        // Giving the framework's own word is not giving one of its own.
        Terms same = new Terms(Map.of("national-panel", "National Panel"));
        assertEquals("national panel", same.word("national-panel", "national panel"));
    }

    @Test
    void abbreviationsAreTheInitialsOfThePartnershipsWord() {
        assertEquals("SCR", Terms.FRAMEWORK.abbreviation("serious-case-review", "SCR"));
        assertEquals("CSPR", WT2023.abbreviation("serious-case-review", "SCR"));
        // One capitalised word has no initials worth the name: the word itself.
        assertEquals("Review", new Terms(Map.of("serious-case-review", "Review"))
                .abbreviation("serious-case-review", "SCR"));
    }

    @Test
    void capitalisedOpensASentenceAndKeepsTheRest() {
        assertEquals("Independent scrutineer", Terms.capitalised("independent scrutineer"));
        assertEquals("Łódź group", Terms.capitalised("łódź group"));
        assertEquals("", Terms.capitalised(""));
    }

    @Test
    void anUnknownTermSaysWhichTermsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WT2023.word("chair", "x"));
        assertTrue(e.getMessage().contains("independent-chair"), e.getMessage());
    }
}
