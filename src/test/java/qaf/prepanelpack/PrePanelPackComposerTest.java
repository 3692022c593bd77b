package qaf.prepanelpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.Tone;

/**
 * The pre-panel pack of the awkward evaluation (worked out in OverviewFixtures): chronologies due 19
 * November 2018, self-evaluations 21 November, as at 31 March 2019.
 */
class PrePanelPackComposerTest {
    private final BlockDocument doc = PanelFixtures.prePanelPack();

    private DataTable table(String name) {
        return doc.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void theTrackerSaysWhichAgencyReturnedWhatWhenAgainstWhichDueDate() {
        assertEquals(Audience.BOARD, doc.meta().audience());
        assertEquals(List.of(
                List.of("CSC", "Children's Social Care", "C-01", "3", "2018-11-19", "2018-11-05", "On time"),
                List.of("CSC", "Children's Social Care", "C-02", "1", "2018-11-19", "2018-11-05", "On time"),
                List.of("POL", "Kestrel Vale Police", "C-01", "0", "2018-11-19", "", "Missing: 92 working days overdue"),
                List.of("POL", "Kestrel Vale Police", "C-02", "2", "2018-11-19", "", "Missing: 92 working days overdue")),
                table("chronologies").rows(), "31 March 2019 is a Sunday: outstanding then counts as Monday 1 April");
        // Sent on the panel day, 28 November: five working days after the 21st.
        assertEquals(List.of("CSC", "Children's Social Care", "C-01", "Good", "2018-11-21", "2018-11-28",
                "Late by 5 working days"), table("self-evaluations").rows().get(0));
    }

    @Test
    void aLateOrMissingReturnIsToned() {
        List<Block.Table> tables = doc.body().stream().filter(b -> b instanceof Block.Table t
                && t.name().equals("self-evaluations")).map(b -> (Block.Table) b).toList();
        assertEquals(Tone.CAUTION, tables.get(0).rows().get(0).get(5).tone());
        assertEquals(Tone.BAD, tables.get(0).rows().get(2).get(5).tone());
    }

    /** Before the panel: the agencies' own grades only (POL graded itself good on C-01; the panel made it RI). */
    @Test
    void showsTheAgenciesOwnGradesNeverThePanels() {
        assertEquals(List.of(List.of("C-01", "Child A", "CSC", "Children's Social Care", "Good", "", ""),
                List.of("C-01", "Child A", "POL", "Kestrel Vale Police", "Good", "", ""),
                List.of("C-02", "Child B", "CSC", "Children's Social Care", "Requires improvement", "", ""),
                List.of("C-02", "Child B", "POL", "Kestrel Vale Police", "Inadequate", "", "")),
                table("own-grades").rows());
        assertEquals(List.of(List.of("C-01 (Child A)", "0", "2", "0", "0", "2"),
                List.of("C-02 (Child B)", "0", "0", "1", "1", "2"), List.of("C-03 (Child C)", "0", "0", "0", "0", "0")),
                table("own-grades-by-case").rows());
    }

    @Test
    void eachCaseHasItsStoryUnderItsPseudonym() {
        List<String> paragraphs = doc.body().stream().filter(b -> b instanceof Block.Paragraph)
                .map(b -> ((Block.Paragraph) b).text()).toList();
        assertTrue(paragraphs.contains("The case's story: Story of Child C"), paragraphs.toString());
        assertTrue(paragraphs.contains("Summary of the agencies' own grades: 2 agencies graded their involvement:"
                + " none outstanding, none good, 1 requires improvement, 1 inadequate; 0 of 2 good or better."));
        assertTrue(paragraphs.contains("No agency has graded its involvement in this case yet."));
    }
}
