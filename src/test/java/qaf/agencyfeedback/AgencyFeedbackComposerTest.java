package qaf.agencyfeedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.agencyfeedback.AgencyFeedbackDocument.ActionRow;
import qaf.agencyfeedback.AgencyFeedbackDocument.CaseGrade;
import qaf.agencyfeedback.AgencyFeedbackDocument.PositionRow;
import qaf.agencyfeedback.AgencyFeedbackDocument.ReturnRow;
import qaf.document.Audience;

/** Expected values are worked out by hand in {@link FeedbackFixtures}'s comment. */
class AgencyFeedbackComposerTest {
    private final AgencyFeedbackComposer composer = new AgencyFeedbackComposer();

    private AgencyFeedbackDocument police() {
        return composer.compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "POL");
    }

    @Test
    void gradesPerCaseShowSelfToFinalWithTheRegradeAndItsRationale() {
        assertEquals(List.of(
                new CaseGrade("C1", "Child A", "Child protection", "Good", "Requires improvement",
                        "\u25BC Down 1 step", "Missed the strategy meeting.", true),
                new CaseGrade("C2", "Child B", "Early help", "Inadequate", "Requires improvement",
                        "\u25B2 Up 1 step", "\u2691 No rationale recorded", true)), police().grades());
        AgencyFeedbackDocument csc = composer.compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "CSC");
        assertEquals(new CaseGrade("C1", "Child A", "Child protection", "Good", "Good", "Unchanged", "\u2014", false),
                csc.grades().get(0));
    }

    @Test
    void positionSetsTheAgencyAgainstEveryOtherAgency() {
        assertEquals(List.of(
                new PositionRow("Final grades good or better", "0% (0 of 2)", "67% (2 of 3)"),
                new PositionRow("Grades changed by the panel", "100% (2 of 2)", "33% (1 of 3)")), police().position());
        assertTrue(police().positionNote().startsWith("All other agencies: the 1 other agency graded"));
    }

    @Test
    void onlyTheAgencysOwnActionsWithOverdueAsAtTheGivenDate() {
        assertEquals(List.of(new ActionRow("ACT-1", "Audit strategy meeting attendance.", "1 June 2018",
                "Open (overdue)", "")), police().actions());
        AgencyFeedbackDocument csc = composer.compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "CSC");
        assertEquals(List.of(new ActionRow("ACT-2", "Allocate a consistent worker.", "20 June 2018", "Complete",
                "18 June 2018")), csc.actions());
    }

    @Test
    void closeTheLoopReturnsWithDueDateAndStatus() {
        assertEquals(List.of(
                new ReturnRow("C1", "Child A", "Requires improvement", "20 June 2018", "19 June 2018",
                        "Returned on time"),
                new ReturnRow("C2", "Child B", "Requires improvement", "20 June 2018", "Not returned",
                        "Overdue, by 2 working days")), police().returns());
        AgencyFeedbackDocument csc = composer.compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "CSC");
        assertEquals(List.of(new ReturnRow("C3", "Child C", "Requires improvement", "20 June 2018", "25 June 2018",
                "Returned late, by 3 working days")), csc.returns());
    }

    @Test
    void coveringNoteSummarisesForTheBoardRepresentative() {
        String covering = police().covering();
        assertTrue(covering.startsWith("To the board representative of Kestrel Vale Police: this is your agency's"
                + " feedback from " + FeedbackFixtures.PARTNERSHIP + "'s multi-agency case evaluation MACE-T1"),
                covering);
        assertTrue(covering.contains("graded its involvement in 2 cases; the panel agreed 0 of those grades and"
                + " changed 2."), covering);
        assertTrue(covering.contains("0% (0 of 2) for Kestrel Vale Police, against 67% (2 of 3) for all other"
                + " agencies."), covering);
        assertTrue(covering.contains("2 close-the-loop forms were due from Kestrel Vale Police; as at 22 June 2018,"
                + " 1 returned on time, 0 late and 1 not returned."), covering);
    }

    @Test
    void anAgencyWithNoLeadPersonSaysNotRecorded() {
        AgencyFeedbackDocument doc = police();
        assertEquals("not recorded", doc.leadPerson());
        assertTrue(doc.facts().contains(new AgencyFeedbackDocument.Fact("Evaluation lead", "not recorded")));
        assertTrue(doc.covering().contains("your agency's evaluation lead (none is recorded)"));
        AgencyFeedbackDocument csc = composer.compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "CSC");
        assertTrue(csc.covering().contains("Please share this feedback with Dana Reeve, QA Manager,"));
    }

    @Test
    void gapsAboutThisAgencyAreStatedNotOthers() {
        assertEquals(List.of(
                "The panel regraded Kestrel Vale Police on case C2 from inadequate to requires improvement but"
                        + " recorded no rationale.",
                "Kestrel Vale Police graded its involvement in case C2 but sent no chronology entries."),
                police().notes());
        AgencyFeedbackDocument csc = composer.compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "CSC");
        assertEquals(List.of(), csc.notes());
    }

    @Test
    void boardAudienceNamedFromRefsWithNoChildsName() {
        AgencyFeedbackDocument doc = police();
        assertEquals(Audience.BOARD, doc.meta().audience());
        assertEquals("MACE-T1_POL", doc.name());
        assertEquals(List.of("MACE-T1", "POL", "C1", "C2"), doc.meta().refs());
        String everything = doc.toString() + doc.dataTables();
        for (String identifying : List.of("Łucja", "Tomás", "2005-03-01", "2012", "Sam Okafor")) {
            assertFalse(everything.contains(identifying), identifying);
        }
    }

    @Test
    void anAgencyThatGradedNothingIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> composer.compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "NHS"));
    }
}
