package qaf.independentoverview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.evaluationoverview.OverviewFixtures;

/** The frame around the reviewer's narrative, on the awkward evaluation of {@link OverviewFixtures}. */
class IndependentOverviewComposerTest {

    private static Block after(BlockDocument d, String heading) {
        return d.body().get(d.body().indexOf(new Block.Heading(1, heading)) + 1);
    }

    @Test
    void onlyTheSectionsTheReviewerHasNotWrittenSaySo() {
        BlockDocument none = IndependentOverviewFixtures.frame(Set.of());
        for (String s : IndependentOverviewComposer.REVIEWER_SECTIONS) {
            assertEquals(new Block.Paragraph(IndependentOverviewComposer.NOT_WRITTEN), after(none, s), s);
        }
        BlockDocument placed = IndependentOverviewFixtures.document();
        assertEquals(new Block.Heading(2, "What the cases show"), after(placed, "Overview"),
                "the reviewer's text starts the section, its own heading one level below");
        assertFalse(placed.body().contains(new Block.Paragraph(IndependentOverviewComposer.NOT_WRITTEN))
                && after(placed, "Overview") instanceof Block.Paragraph);
        assertEquals(new Block.Paragraph(IndependentOverviewComposer.NOT_WRITTEN), after(placed, "Analysis"));
        assertTrue(((Block.Paragraph) placed.body().get(2)).text().contains("1 of 4 written so far"));
    }

    @Test
    void dueTwelveWorkingDaysAfterAFullEvaluationsPanelUnlessThePartnershipIssuedADate() {
        // Panel Wednesday 28 November 2018 + 12 working days = Friday 14 December 2018.
        assertTrue(((Block.Paragraph) after(IndependentOverviewFixtures.frame(Set.of()), "About this overview"))
                .text().endsWith("It is due on 14 December 2018 (worked out from the timetable)."));
        BlockDocument condensed = new IndependentOverviewComposer().compose(OverviewFixtures.PARTNERSHIP,
                EvaluationFindings.of(OverviewFixtures.empty(), IndependentOverviewFixtures.ENGLAND,
                        OverviewFixtures.AS_AT), IndependentOverviewFixtures.AGENCIES, Set.of());
        assertTrue(((Block.Paragraph) after(condensed, "About this overview")).text().endsWith("Its due date is not"
                + " set: the partnership issued none, and the condensed timetable has no independent overview"
                + " step."), ((Block.Paragraph) after(condensed,
                        "About this overview")).text());
        assertEquals(new Block.Paragraph("The evaluation has no cases in its sample."),
                after(condensed, "The panel's findings by case"));
    }

    @Test
    void figuresAreTheEvaluationsSharedFindings() {
        BlockDocument d = IndependentOverviewFixtures.frame(Set.of());
        List<List<String>> figures = d.dataTables().get(0).rows();
        assertEquals(List.of("Final grades good or better", "2 of 4"), figures.get(7));
        assertEquals(List.of("Gradings changed by the panel", "2 of 4"), figures.get(8));
        assertEquals(List.of("Partnership effectiveness good or better", "1 of 2; 1 case not graded"),
                figures.get(9));
        assertEquals(List.of("C-03, Child C", "16\u201317", "Not graded", "Not recorded"),
                d.dataTables().get(1).rows().get(2));
    }

    @Test
    void boardAudienceWithPseudonymsOnly() {
        BlockDocument d = IndependentOverviewFixtures.document();
        assertEquals(Audience.BOARD, d.meta().audience());
        assertEquals("E-AWK", d.name());
        assertEquals(List.of("E-AWK", "C-01", "C-02", "C-03"), d.meta().refs());
    }
}
