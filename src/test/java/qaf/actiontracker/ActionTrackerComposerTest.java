package qaf.actiontracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.Tone;

/** Every figure below is worked out by hand in {@link ActionTrackerFixtures}. */
class ActionTrackerComposerTest {
    private final BlockDocument doc = ActionTrackerFixtures.document();

    private static DataTable table(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static List<String> column(DataTable t, int c) {
        return t.rows().stream().map(r -> r.get(c)).toList();
    }

    private static List<String> headings(BlockDocument d) {
        return d.body().stream().filter(b -> b instanceof Block.Heading).map(b -> ((Block.Heading) b).text())
                .toList();
    }

    private static List<Block.Table> actionTables(BlockDocument d) {
        return d.body().stream().filter(b -> b instanceof Block.Table t && t.name().equals("actions"))
                .map(b -> (Block.Table) b).toList();
    }

    private static String text(BlockDocument d) {
        return d.body().stream().map(b -> b instanceof Block.Paragraph p ? p.text()
                : b instanceof Block.Bullets l ? String.join("\n", l.texts()) : "").collect(Collectors.joining("\n"));
    }

    @Test
    void overdueComeFirstMostOverdueFirstThenBySourceOwnerAndRef() {
        assertEquals(List.of("A-1", "A-2", "A-7", "A-3", "A-4", "A-5", "A-6"), column(table(doc, "actions"), 0));
        assertEquals(List.of("How actions are rated", "Summary", "Actions by source", "Actions by owner",
                "Actions by recorded status", "Notes", "Actions", "Overdue (red) (2)",
                "Multi-agency case evaluation (1)", "Case (2)", "Section 11 audit (1)", "Thematic action plan (1)"),
                headings(doc));
        assertEquals(List.of(2, 1, 2, 1, 1), actionTables(doc).stream().map(t -> t.rows().size()).toList());
    }

    @Test
    void eachRowCarriesItsRagWordAndDaysOverdueAsWorkedOutByHand() {
        DataTable actions = table(doc, "actions");
        assertEquals(List.of("Red", "Red", "Green", "Amber", "Green", "Green", "Not rated (cancelled)"),
                column(actions, 8));
        // 31/01 → 31/03/2019 is 28 + 31 = 59 days; 01/03 → 31/03 is 30; the rest are not overdue.
        assertEquals(List.of("59", "30", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013"), column(actions, 9));
    }

    @Test
    void theRagCellIsTonedAndSaysItInWordsAndOverdueRowsAreBold() {
        List<Block.Table> tables = actionTables(doc);
        List<Block.Cell> overdue = tables.get(0).rows().get(0);
        assertEquals(new Block.Cell("Red", Tone.BAD, true), overdue.get(7));
        assertTrue(overdue.stream().allMatch(Block.Cell::strong), "an overdue row is bold throughout");
        List<Block.Cell> amber = tables.get(2).rows().get(0);
        assertEquals(new Block.Cell("Amber", Tone.CAUTION, false), amber.get(7));
        assertTrue(amber.stream().noneMatch(Block.Cell::strong));
        List<Block.Cell> cancelled = tables.get(4).rows().get(0);
        assertEquals(new Block.Cell("Not rated (cancelled)", Tone.NOT_RATED, false), cancelled.get(7));
        assertEquals(java.util.Set.of(8), tables.get(0).numeric(), "days overdue is right-aligned");
        // Source and its ref share a cell; evidence and impact share the last.
        assertEquals("Thematic action plan\nT-1", cancelled.get(1).text());
        assertEquals("Evidence: Superseded\nImpact: \u2013", cancelled.get(9).text());
    }

    @Test
    void partnershipWideCancelledAndMissingTextAreShownPlainly() {
        List<String> a2 = table(doc, "actions").rows().get(1);
        assertEquals("Partnership-wide", a2.get(3));
        assertEquals("\u2013", a2.get(11), "blank impact is missing, shown as a dash");
        List<String> a5 = table(doc, "actions").rows().get(5);
        assertEquals(List.of("A-5", "Section 11 audit", "2018", "Children's Social Care",
                "Description of A-5 <&> \"quoted\"", "01/06/2018", "30/11/2018", "Complete 10/12/2018 (10 days late)",
                "Green", "\u2013", "Audit done", "Fewer late referrals"), a5);
        List<String> a6 = table(doc, "actions").rows().get(6);
        assertEquals("Cancelled", a6.get(7));
        assertEquals("Partnership-wide", a6.get(3));
    }

    @Test
    void totalsCompletionAndImpactAreStatedAsAtTheYearEnd() {
        assertEquals("Statuses as at 31 March 2019, the end of the reporting year.", doc.asAt());
        String text = text(doc);
        assertTrue(text.contains("Totals: 7 actions as at 31 March 2019: 2 red (overdue), 1 amber, 3 green, 1 not"
                + " rated (cancelled)."), text);
        // Complete: of the six not cancelled; with impact: A-5 of the two complete.
        assertTrue(text.contains("Completion: 2 of 6 actions not cancelled are complete (33%)."), text);
        assertTrue(text.contains("Evidence of impact: 1 of 2 complete actions record evidence of impact."),
                text);
    }

    @Test
    void countsBySourceAgencyAndStatus() {
        assertEquals(List.of(
                List.of("Multi-agency case evaluation", "1", "0", "1", "0", "2"),
                List.of("Case", "0", "1", "1", "0", "2"),
                List.of("Review", "1", "0", "0", "0", "1"),
                List.of("Section 11 audit", "0", "0", "1", "0", "1"),
                List.of("School audit", "0", "0", "0", "0", "0"),
                List.of("Single agency audit", "0", "0", "0", "0", "0"),
                List.of("Thematic action plan", "0", "0", "0", "1", "1")), table(doc, "actions-by-source").rows());
        assertEquals(List.of(
                List.of("Children's Social Care", "1", "0", "1", "0", "2"),
                List.of("Kestrel Vale Police", "0", "1", "2", "0", "3"),
                List.of("Partnership-wide", "1", "0", "0", "1", "2")), table(doc, "actions-by-agency").rows());
        assertEquals(List.of(
                List.of("Open", "1", "1", "0", "0", "2"),
                List.of("In progress", "1", "0", "1", "0", "2"),
                List.of("Complete", "0", "0", "2", "0", "2"),
                List.of("Cancelled", "0", "0", "0", "1", "1")), table(doc, "actions-by-status").rows());
    }

    @Test
    void notesNameThePartnershipWideAndCancelledActions() {
        Block.Bullets notes = (Block.Bullets) doc.body().get(doc.body().indexOf(new Block.Heading(2, "Notes")) + 1);
        assertEquals(List.of(
                "2 actions have no owning agency and are shown as owned by \u201cPartnership-wide\u201d.",
                "1 action was cancelled: it is listed and counted as \u201cnot rated\u201d, outside the red, amber"
                        + " and green totals and the completion rate."), notes.texts());
    }

    @Test
    void theRuleIsStatedWithTheDate() {
        List<String> rule = ((Block.Bullets) doc.body().get(1)).texts();
        assertTrue(rule.stream().anyMatch(s -> s.startsWith("Red: open or in progress and past its due"
                + " date on 31 March 2019")));
        assertTrue(rule.stream().anyMatch(s -> s.startsWith("Amber: open")));
        assertTrue(rule.stream().anyMatch(s -> s.startsWith("Not rated: cancelled")));
    }

    @Test
    void chartAltTextStatesEveryCountAndPublishesItsSeries() {
        Block.Figure figure = doc.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .findFirst().orElseThrow();
        String alt = figure.chart().altText();
        assertTrue(alt.contains("Multi-agency case evaluation 1 red, 0 amber, 1 green, 0 not rated (2 in all)"), alt);
        assertTrue(alt.contains("Thematic action plan 0 red, 0 amber, 0 green, 1 not rated (1 in all)"), alt);
        assertEquals(table(doc, "actions-by-source"), figure.series());
    }

    @Test
    void boardAudienceLandscapeNamedFromRefsWithDataTablesForEveryTableAndTheChart() {
        assertEquals(Audience.BOARD, doc.meta().audience());
        assertEquals(BlockDocument.Orientation.LANDSCAPE, doc.orientation());
        assertEquals("action-tracker", doc.name());
        assertEquals("Action tracker 2018-19", doc.meta().title());
        assertEquals(List.of("actions-by-source", "actions-by-agency", "actions-by-status", "actions"),
                doc.dataTables().stream().map(DataTable::name).toList());
        assertEquals(ActionTrackerComposer.ACTION_CSV_HEADER, table(doc, "actions").header());
        assertEquals(7, table(doc, "actions").rows().size());
    }

    @Test
    void anEmptyRegisterSaysSoAndHasNoRates() {
        BlockDocument empty = ActionTrackerFixtures.empty();
        String text = text(empty);
        assertTrue(text.contains("No action is recorded."), text);
        assertTrue(text.contains("Completion: \u2013: there is no action that is not cancelled, so there is no"
                + " completion rate."), text);
        assertTrue(text.contains("No action to count."), text);
        assertEquals(7, table(empty, "actions-by-source").rows().size());
        assertTrue(empty.dataTables().stream().noneMatch(t -> t.name().equals("actions")));
    }
}
