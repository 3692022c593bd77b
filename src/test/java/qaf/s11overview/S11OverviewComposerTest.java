package qaf.s11overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.document.DataTable;

/** Every figure below is worked out by hand from {@link S11Fixtures}. */
class S11OverviewComposerTest {
    private final BlockDocument doc = S11Fixtures.awkwardDocument();

    private static DataTable table(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static String text(BlockDocument d) {
        return d.body().stream().map(b -> b instanceof Block.Paragraph p ? p.text()
                : b instanceof Block.Bullets l ? String.join("\n", l.texts())
                : b instanceof Block.Heading h ? h.text() : "").collect(Collectors.joining("\n"));
    }

    @Test
    void ratesCountEveryAgencyAsked() {
        // 2 of 3 submitted; only Alpha (20/09 ≤ 28/09) on time.
        assertTrue(text(doc).contains("Returns submitted: 2 of 3 of the agencies asked. On time: 1 of 3."));
    }

    @Test
    void returnsTableStatesLatenessAndMissingReturns() {
        List<List<String>> rows = table(doc, "returns").rows();
        assertEquals(List.of("Alpha Agency", "28/09/2018", "20/09/2018", "On time", "7 of 8", "Yes"), rows.get(0));
        // 28/09 → 05/10 is 7 calendar days.
        assertEquals(List.of("Beta Agency", "28/09/2018", "05/10/2018", "Late (7 days)",
                "0 of 8", "No"), rows.get(1));
        // Not submitted as at 31/03/2019: 2 days of September + Oct–Mar (31+30+31+31+28+31) = 184.
        assertEquals(List.of("Gamma Agency", "28/09/2018", "\u2013", "Not submitted, overdue (184 days)", "0 of 8",
                "No"), rows.get(2));
    }

    @Test
    void heatMapCellsShowSelfArrowModeratedAndDashForMissing() {
        List<List<String>> rows = table(doc, "scores-by-agency").rows();
        assertEquals(List.of("Alpha Agency", "2\u21921", "2\u21922", "2", "2", "2", "2", "2", "\u2013",
                "2.00 \u2192 1.50"), rows.get(0));
        // A return with no scores is a row of dashes, never of zeros.
        assertEquals(List.of("Beta Agency", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013",
                "\u2013", "\u2013 \u2192 \u2013"), rows.get(1));
        assertEquals(3, rows.size());
    }

    @Test
    void heatMapFigureAltTextStatesTheCells() {
        Block.Figure chart = doc.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .filter(c -> c.series().name().equals("scores-by-agency")).findFirst().orElseThrow();
        String alt = chart.chart().altText();
        assertTrue(alt.contains("Alpha Agency 2\u21921, 2\u21922, 2, 2, 2, 2, 2, \u2013"), alt);
        assertTrue(alt.contains("Beta Agency returned no scores"), alt);
        assertTrue(alt.contains("Gamma Agency no return"), alt);
    }

    @Test
    void standardScoredByNobodyIsDashesNotZeros() {
        List<List<String>> rows = table(doc, "standards").rows();
        assertEquals(List.of("1 Leadership and accountability", "0/0/1/0", "2.00", "0/1/0/0", "1.00", "1 / 0 / 0"),
                rows.get(0));
        assertEquals(List.of("3 Recruitment and selection", "0/0/1/0", "2.00", "\u2013", "\u2013", "\u2013"),
                rows.get(2));
        assertEquals(List.of("8 Equality of opportunity", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013"),
                rows.get(7));
    }

    @Test
    void distributionSeriesAndAltTextGiveTheCounts() {
        DataTable series = table(doc, "score-distribution");
        assertEquals(16, series.rows().size());
        assertEquals(List.of("1", "moderated", "0", "1", "0", "0", "1"), series.rows().get(1));
        assertEquals(List.of("8", "self", "0", "0", "0", "0", "0"), series.rows().get(14));
        Block.Figure chart = doc.body().stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b)
                .findFirst().orElseThrow();
        assertTrue(chart.chart().altText().contains("standard 1 (Leadership and accountability): self score 0: 0,"
                + " 1: 0, 2: 1, 3: 0; moderated score 0: 0, 1: 1, 2: 0, 3: 0"), chart.chart().altText());
        assertTrue(chart.chart().altText().contains("standard 8 (Equality of opportunity): self no scores;"
                + " moderated no scores"));
    }

    @Test
    void panelDropsAndComparison() {
        String t = text(doc);
        assertTrue(t.contains("1 agency was invited to the moderation panel:\nAlpha Agency"), t);
        assertEquals(List.of(List.of("Alpha Agency", "1", "1")), table(doc, "largest-drops").rows());
        // Standard 1: 2016 mean 1.00 (Alpha), 2018 mean 2.00 → +1.00; standard 8 nobody in 2018.
        List<List<String>> std = table(doc, "comparison-by-standard").rows();
        assertEquals(List.of("1 Leadership and accountability", "1.00", "2.00", "+1.00"), std.get(0));
        assertEquals(List.of("8 Equality of opportunity", "1.00", "\u2013", "\u2013"), std.get(7));
        List<List<String>> agencies = table(doc, "comparison-by-agency").rows();
        assertEquals(List.of("Alpha Agency", "1.00", "2.00", "+1.00"), agencies.get(0));
        assertEquals(List.of("Beta Agency", "\u2013", "\u2013", "\u2013"), agencies.get(1));
    }

    @Test
    void actionsAreTheCyclesSection11ActionsRatedAtTheYearEnd() {
        List<List<String>> rows = table(doc, "actions").rows();
        // A-1 open, due 31/01/2019: 28 + 31 = 59 days overdue on 31/03/2019. A-4 in progress, not due: green.
        assertEquals(List.of(
                List.of("A-1", "Alpha Agency", "Refresh the safeguarding policy.", "31/01/2019", "Open",
                        "Red (59 days overdue)"),
                List.of("A-4", "Partnership-wide", "Run a partnership-wide training week.", "30/06/2019",
                        "In progress", "Green")), rows);
        assertTrue(text(doc).contains("2 actions: 1 red, 0 amber, 1 green. Completed: 0 of 2"));
    }

    @Test
    void dataNotesArePrinted() {
        String t = text(doc);
        assertTrue(t.contains("Beta Agency (BBB) submitted a return with no scores."), t);
        assertTrue(t.contains("Standard 8 (Equality of opportunity) was scored by nobody in cycle 2018."), t);
        assertTrue(t.contains("Alpha Agency (AAA) did not score standard 8."), t);
    }

    @Test
    void singleReturnCycleSaysSoAndHasNoComparison() {
        BlockDocument single = S11Fixtures.singleReturnDocument();
        String t = text(single);
        assertTrue(t.contains("Only one return has been submitted in cycle 2018"), t);
        assertTrue(t.contains("No earlier Section 11 cycle is recorded"), t);
        assertTrue(t.contains("No action is recorded against Section 11 cycle 2018."), t);
        assertTrue(t.contains("No agency was invited to the moderation panel"), t);
        assertTrue(t.contains("The panel lowered no agency's score"), t);
        assertFalse(single.dataTables().stream().anyMatch(d -> d.name().equals("actions")));
        assertEquals("s11-2018", single.name());
    }
}
