package qaf.agencyfeedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.Tone;

/** Expected values are worked out by hand in {@link FeedbackFixtures}'s comment. */
class AgencyFeedbackComposerTest {
    private final AgencyFeedbackComposer composer = new AgencyFeedbackComposer();

    private BlockDocument police() {
        return composer.compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "POL");
    }

    private BlockDocument csc() {
        return composer.compose(FeedbackFixtures.PARTNERSHIP, FeedbackFixtures.findings(), "CSC");
    }

    static Block.Table table(BlockDocument d, String name) {
        return d.body().stream().filter(b -> b instanceof Block.Table t && t.name().equals(name))
                .map(b -> (Block.Table) b).findFirst().orElseThrow(() -> new AssertionError("no table " + name));
    }

    static List<List<String>> shown(BlockDocument d, String name) {
        return table(d, name).rows().stream().map(r -> r.stream().map(Block.Cell::text).toList()).toList();
    }

    /** The paragraph right after the heading {@code heading}. */
    private static String paragraphAfter(BlockDocument d, String heading) {
        for (int i = 0; i < d.body().size() - 1; i++) {
            if (d.body().get(i) instanceof Block.Heading h && h.text().equals(heading)
                    && d.body().get(i + 1) instanceof Block.Paragraph p) {
                return p.text();
            }
        }
        throw new AssertionError("no paragraph after " + heading);
    }

    private static List<String> headings(BlockDocument d) {
        return d.body().stream().filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text()).toList();
    }

    @Test
    void sectionsInReadingOrder() {
        assertEquals(List.of("Covering note", "Grades per case", "Strengths and areas for improvement",
                "Position against the partnership", "Actions",
                "Close-the-loop returns", "Notes"), headings(police()));
        // No gap about the social care: no notes section at all.
        assertEquals(List.of("Covering note", "Grades per case", "Strengths and areas for improvement",
                "Position against the partnership", "Actions",
                "Close-the-loop returns"), headings(csc()));
    }

    @Test
    void gradesPerCaseShowSelfToFinalWithTheRegradeAndItsRationale() {
        assertEquals(List.of(
                List.of("C1", "Child A", "Child protection", "Good", "Requires improvement", "\u25BC Down 1 step",
                        "Missed the strategy meeting."),
                List.of("C2", "Child B", "Early help", "Inadequate", "Requires improvement", "\u25B2 Up 1 step",
                        "\u2691 No rationale recorded")), shown(police(), "grades"));
        // Regraded: bold but for the rationale (a long bold cell would be cut short in the PDF).
        for (List<Block.Cell> row : table(police(), "grades").rows()) {
            assertTrue(row.subList(0, 6).stream().allMatch(Block.Cell::strong), row.toString());
            assertFalse(row.get(6).strong(), row.toString());
        }
        assertEquals(List.of("C1", "Child A", "Child protection", "Good", "Good", "Unchanged", "\u2014"),
                shown(csc(), "grades").get(0));
        // An unchanged grade is not bold; a regraded one is.
        assertTrue(table(csc(), "grades").rows().get(0).stream().noneMatch(Block.Cell::strong));
        assertTrue(table(csc(), "grades").rows().get(1).get(5).strong());
    }

    @Test
    void theAgencysOwnStrengthsAndAreasForImprovementPerCase() {
        assertEquals(List.of(
                List.of("C1 (Child A)", "Prompt attendance at the first home visit.\nCareful \"recording\" <&> of the"
                        + " child's words.", "Strategy meeting invitations to be seen the same day."),
                List.of("C2 (Child B)", "Joint visit with the school nurse.", "Not recorded")),
                shown(police(), "strengths"));
        // Only the agency's own: the other agency's cases (C3) and words are not in it.
        assertEquals(List.of(List.of("C1 (Child A)", "Not recorded", "Not recorded"),
                List.of("C2 (Child B)", "Not recorded", "Not recorded"),
                List.of("C3 (Child C)", "Not recorded", "Not recorded")), shown(csc(), "strengths"));
    }

    @Test
    void positionSetsTheAgencyAgainstEveryOtherAgency() {
        assertEquals(List.of("Measure", "Kestrel Vale Police", "All other agencies"), table(police(), "position")
                .header());
        assertEquals(List.of(
                List.of("Final grades good or better", "0 of 2", "2 of 3"),
                List.of("Grades changed by the panel", "2 of 2", "1 of 3")), shown(police(), "position"));
        assertTrue(police().body().stream().anyMatch(b -> b instanceof Block.Paragraph p
                && p.text().startsWith("All other agencies: the 1 other agency graded")));
    }

    @Test
    void onlyTheAgencysOwnActionsWithOverdueAsAtTheGivenDate() {
        assertEquals(List.of(List.of("ACT-1", "Audit strategy meeting attendance.", "1 June 2018", "Open (overdue)",
                "")), shown(police(), "actions"));
        assertEquals(Tone.BAD, table(police(), "actions").rows().get(0).get(3).tone());
        assertEquals(List.of(List.of("ACT-2", "Allocate a consistent worker.", "20 June 2018", "Complete",
                "18 June 2018")), shown(csc(), "actions"));
        assertEquals(null, table(csc(), "actions").rows().get(0).get(3).tone());
    }

    @Test
    void closeTheLoopReturnsWithDueDateAndStatus() {
        assertEquals(List.of(
                List.of("C1", "Child A", "Requires improvement", "20 June 2018", "19 June 2018", "Returned on time"),
                List.of("C2", "Child B", "Requires improvement", "20 June 2018", "Not returned",
                        "Overdue, by 2 working days")), shown(police(), "close-the-loop"));
        assertEquals(List.of(List.of("C3", "Child C", "Requires improvement", "20 June 2018", "25 June 2018",
                "Returned late, by 3 working days")), shown(csc(), "close-the-loop"));
    }

    @Test
    void coveringNoteSummarisesForTheBoardRepresentative() {
        String covering = paragraphAfter(police(), "Covering note");
        assertTrue(covering.startsWith("To the board representative of Kestrel Vale Police: this is your agency's"
                + " feedback from " + FeedbackFixtures.PARTNERSHIP + "'s multi-agency case evaluation MACE-T1"),
                covering);
        assertTrue(covering.contains("graded its involvement in 2 cases; the panel agreed 0 of those grades and"
                + " changed 2."), covering);
        assertTrue(covering.contains("0 of 2 for Kestrel Vale Police, against 2 of 3 for all other"
                + " agencies."), covering);
        assertTrue(covering.contains("2 close-the-loop forms were due from Kestrel Vale Police; as at 22 June 2018,"
                + " 1 returned on time, 0 late and 1 not returned."), covering);
    }

    @Test
    void theParticularsFollowTheCoveringNoteWithBoldLabels() {
        Block.Paragraph facts = (Block.Paragraph) police().body().get(2);
        assertEquals("Evaluation: MACE-T1\nTheme: Neglect <&> ${theme}\nKind: Full multi-agency case evaluation"
                + " (appendix B)\nPanel day: 6 June 2018\nAgency: Kestrel Vale Police\nEvaluation lead: not recorded\n"
                + "Statuses as at: 22 June 2018", facts.text());
        assertEquals(qaf.document.Inline.Emphasis.STRONG, facts.inlines().get(0).emphasis());
    }

    @Test
    void anAgencyWithNoLeadPersonSaysNotRecorded() {
        assertTrue(paragraphAfter(police(), "Covering note").contains("your agency's evaluation lead (none is"
                + " recorded)"));
        assertTrue(paragraphAfter(csc(), "Covering note").contains("Please share this feedback with Dana Reeve,"
                + " QA Manager,"));
    }

    @Test
    void gapsAboutThisAgencyAreStatedNotOthers() {
        Block.Bullets notes = (Block.Bullets) police().body().get(police().body().size() - 1);
        assertEquals(List.of(
                "The panel regraded Kestrel Vale Police on case C2 from inadequate to requires improvement but"
                        + " recorded no rationale.",
                "Kestrel Vale Police graded its involvement in case C2 but sent no chronology entries."),
                notes.texts());
        assertTrue(csc().body().stream().noneMatch(b -> b instanceof Block.Bullets));
    }

    @Test
    void boardAudienceNamedFromRefsWithNoChildsName() {
        BlockDocument doc = police();
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
