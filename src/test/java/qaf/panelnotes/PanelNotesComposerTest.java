package qaf.panelnotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.Tone;
import qaf.evaluationoverview.OverviewFixtures;
import qaf.prepanelpack.PanelFixtures;

/** The panel notes of the awkward evaluation (worked out in OverviewFixtures), statuses as at 31 March 2019. */
class PanelNotesComposerTest {
    private final BlockDocument doc = new PanelNotesComposer().compose(OverviewFixtures.PARTNERSHIP,
            PanelFixtures.awkward(), PanelFixtures.AGENCIES);

    private DataTable table(String name) {
        return doc.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void everyGradeBeforeAndAfterTheChallengeWithItsRationale() {
        assertEquals(Audience.BOARD, doc.meta().audience());
        assertEquals(List.of(
                List.of("C-01", "Child A", "CSC", "Children's Social Care", "Good", "Good", "0", "\u2013"),
                List.of("C-01", "Child A", "POL", "Kestrel Vale Police", "Good", "Requires improvement", "-1",
                        PanelNotesComposer.NO_RATIONALE),
                List.of("C-02", "Child B", "CSC", "Children's Social Care", "Requires improvement", "Good", "1",
                        "Evidence at panel showed prompt visits."),
                List.of("C-02", "Child B", "POL", "Kestrel Vale Police", "Inadequate", "Inadequate", "0", "\u2013")),
                table("grades").rows());
        Block.Table first = doc.body().stream().filter(b -> b instanceof Block.Table t && t.name().equals("grades"))
                .map(b -> (Block.Table) b).findFirst().orElseThrow();
        assertEquals(Tone.FLAG, first.rows().get(1).get(3).tone(), "a regrade with no rationale is drawn to the eye");
        assertEquals("Requires improvement \u25BC down 1", first.rows().get(1).get(2).text());
    }

    /** ACT-1 (evaluation) and ACT-2 (thematic) are not of a case; ACT-3 is C-02's. */
    @Test
    void theActionsArisingAreThoseWhoseSourceIsTheCase() {
        assertEquals(List.of(List.of("C-02", "ACT-3", "Kestrel Vale Police", "Review the missed visits.", "2019-02-01",
                "In progress", "Red (58 days overdue)")), table("actions").rows());
        List<String> headings = doc.body().stream().filter(b -> b instanceof Block.Heading)
                .map(b -> ((Block.Heading) b).text()).toList();
        int c02 = headings.indexOf("C-02 (Child B)");
        int c03 = headings.indexOf("C-03 (Child C)");
        int table = -1;
        int heading = -1;
        for (Block b : doc.body()) {
            if (b instanceof Block.Heading h) {
                heading = headings.indexOf(h.text()) >= 0 && h.level() == 1 ? headings.indexOf(h.text()) : heading;
            }
            if (b instanceof Block.Table t && t.name().equals("actions")) {
                table = heading;
            }
        }
        assertEquals(c02, table, "the action table is in C-02's section");
        assertTrue(c03 > c02);
    }

    @Test
    void whatThePanelDidNotRecordIsSaid() {
        List<String> paragraphs = doc.body().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> ((Block.Paragraph) b).text()).toList();
        assertTrue(paragraphs.contains("Effectiveness of multi-agency working agreed: Not recorded."));
        assertTrue(paragraphs.contains("The child's voice: Partly evidenced."));
        assertTrue(paragraphs.contains("No agency graded its involvement in this case, so there was no grade to"
                + " challenge."));
        List<String> gaps = doc.body().stream().filter(b -> b instanceof Block.Bullets).map(b -> (Block.Bullets) b)
                .reduce((a, b) -> b).orElseThrow().texts();
        assertTrue(gaps.contains("The panel's view of the child's voice is not recorded for case C-03."), gaps.toString());
    }
}
