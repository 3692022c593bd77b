package qaf.singleagencyoverview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;

/** Every figure below is worked out by hand in {@link SingleAgencyFixtures}. */
class SingleAgencyOverviewComposerTest {
    private static final String DASH = "\u2013";
    private final BlockDocument doc = SingleAgencyFixtures.document();

    private static DataTable table(BlockDocument d, String name) {
        return d.dataTables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    /** The blocks after the level-2 heading {@code heading}, up to the next heading of level 1 or 2, as text. */
    private static List<String> under(BlockDocument d, String heading) {
        List<String> out = new ArrayList<>();
        int at = d.body().indexOf(new Block.Heading(2, heading));
        assertTrue(at >= 0, "no heading " + heading);
        for (Block b : d.body().subList(at + 1, d.body().size())) {
            if (b instanceof Block.Heading h && h.level() <= 2) {
                break;
            }
            out.add(b instanceof Block.Heading h ? "### " + h.text() : b instanceof Block.Paragraph p ? p.text()
                    : b.getClass().getSimpleName());
        }
        return out;
    }

    private static Block.Bullets firstBullets(BlockDocument d) {
        return d.body().stream().filter(b -> b instanceof Block.Bullets).map(b -> (Block.Bullets) b).findFirst()
                .orElseThrow();
    }

    @Test
    void returnTableListsEveryAgencyAskedThenThoseWithNoAuditRecordedSchoolsLeftOut() {
        assertEquals(List.of(
                List.of("CSC", "Children's Social Care", "01/02/2019", "Submitted on time", "Workshop"),
                List.of("HLT", "Community Health (HLT)", DASH,
                        "Missing: not received (due 31/03/2019, not yet overdue)", DASH),
                List.of("POL", "Kestrel Vale Police", "10/04/2019",
                        "Submitted late, 10 days after the due date", "Not stated"),
                List.of("EDU", "Education Safeguarding Team", DASH, "No audit recorded for the year", DASH)),
                table(doc, "returns").rows());
        Block.Table shown = doc.body().stream().filter(b -> b instanceof Block.Table t && t.name().equals("returns"))
                .map(b -> (Block.Table) b).findFirst().orElseThrow();
        assertEquals(List.of("Agency", "Submitted on", "Return", "How to be actioned"), shown.header());
        assertEquals("Children's Social Care", shown.rows().get(0).get(0).text(), "the code is for the CSV only");
    }

    @Test
    void ratesAndTheDueRuleAreStated() {
        assertEquals(List.of("Audits asked for: 3.", "Submitted: 2 of 3.", "Submitted on time: 1 of 3.",
                "Missing (not received): 1 of 3."), firstBullets(doc).texts());
        String dueRule = ((Block.Paragraph) doc.body().get(1)).text();
        assertTrue(dueRule.startsWith("Audits were due by 31 March 2019."), dueRule);
        assertTrue(dueRule.contains("The QA programme gives no date for this year, so the rule used is the last day"
                + " of the reporting year"), dueRule);
        assertEquals("Statuses as at 31 March 2019, the end of the reporting year.", doc.asAt());
    }

    @Test
    void howActionedCountsSubmittedAuditsWithNotStatedLast() {
        assertEquals(List.of(List.of("Report author attending", "0"), List.of("Discussion item", "0"),
                List.of("Presentation", "0"), List.of("Workshop", "1"),
                List.of("Circulate to Board members outside of meetings for information", "0"),
                List.of("Not stated", "1")), table(doc, "how-actioned").rows());
    }

    @Test
    void eachAgencyHasAppendixEInFullWithBlanksShownAsADash() {
        List<String> csc = under(doc, "Children's Social Care (CSC)");
        assertEquals(List.of("Return: Submitted on time, 01/02/2019.", "Completed by: Not recorded",
                "### Audit activity", "12 case file audits.", "### Performance information", "Monthly scorecard.",
                "### Executive summary", "Practice is mostly safe.", "### Outcomes", DASH,
                "### Main body of the report", DASH, "### Message for the board",
                "Please support joint audits.", "### Recommendations and action plan", SingleAgencyFixtures.longText(),
                "### How to be actioned", "Ticked: Workshop.", "\u2610 Report author attending\n\u2610 Discussion item\n"
                        + "\u2610 Presentation\n\u2612 Workshop\n\u2610 Circulate to Board members outside of meetings"
                        + " for information", "### Appendices", "None listed."), csc, "never truncated");

        assertEquals(List.of("Return: Missing: not received (due 31/03/2019, not yet overdue).",
                "No audit was received, so there is nothing to summarise."), under(doc, "Community Health (HLT)"),
                "a code already in the name is not repeated");

        List<String> pol = under(doc, "Kestrel Vale Police (POL)");
        assertEquals("Return: Submitted late, 10 days after the due date, 10/04/2019.", pol.get(0));
        assertEquals(List.of(DASH, DASH, DASH, DASH, DASH, DASH, DASH),
                List.of(pol.get(3), pol.get(5), pol.get(7), pol.get(9), pol.get(11), pol.get(13), pol.get(15)));
        assertEquals("The agency ticked none.", pol.get(17));
    }

    @Test
    void appendixEVersion2SectionsEveryTickAndTheModerationPanelAreShown() {
        BlockDocument d = SingleAgencyFixtures.version2();
        List<String> csc = under(d, "Children's Social Care (CSC)");
        assertEquals("Completed by: Aoife Ó Súilleabháin, Head of QA", csc.get(1));
        assertEquals("The full audits & \"PI\" pack.", csc.get(csc.indexOf("### Main body of the report") + 1));
        assertEquals("Ticked: Discussion item; Workshop.", csc.get(csc.indexOf("### How to be actioned") + 1));
        assertEquals("A. Audit tool\nB. Scorecard", csc.get(csc.indexOf("### Appendices") + 1));
        assertEquals(List.of("Report author attending", "1", "Discussion item", "1", "Presentation", "0", "Workshop",
                "2"), table(d, "how-actioned").rows().stream().limit(4).flatMap(List::stream).toList(),
                "every tick counts: CSC ticked two, POL author attending and workshop");
        assertEquals("Discussion; Workshop", table(d, "returns").rows().get(0).get(4));
        int panel = d.body().indexOf(new Block.Heading(1, "Moderation panel"));
        assertEquals("2 agencies were invited to the moderation panel (the framework invites 4):",
                ((Block.Paragraph) d.body().get(panel + 1)).text());
        assertEquals(List.of("Children's Social Care (CSC)", "Kestrel Vale Police (POL)"),
                ((Block.Bullets) d.body().get(panel + 2)).texts());
        assertEquals(new Block.Paragraph("No agency was invited to the moderation panel in 2018-19."),
                doc.body().get(doc.body().indexOf(new Block.Heading(1, "Moderation panel")) + 1));
    }

    @Test
    void notesFromTheAnalysisArePrinted() {
        assertEquals(List.of("Kestrel Vale Police (POL) submitted an audit with every section blank.",
                "No single agency audit is recorded for Education Safeguarding Team (EDU) in 2018-19."),
                ((Block.Bullets) doc.body().get(doc.body().indexOf(new Block.Heading(2, "Notes")) + 1)).texts());
    }

    @Test
    void boardAudienceNamedByYear() {
        assertEquals(Audience.BOARD, doc.meta().audience());
        assertEquals("single-agency-overview-2018-19", doc.name());
        assertEquals("Single agency audits 2018-19", doc.meta().title());
        assertEquals(List.of("returns", "how-actioned"), doc.dataTables().stream().map(DataTable::name).toList());
    }

    @Test
    void aYearWithNoAuditsHasUndefinedRatesNotZeros() {
        BlockDocument empty = SingleAgencyFixtures.empty();
        assertEquals(List.of("Audits asked for: 0.", "Submitted: " + DASH + " (no audit was asked for).",
                "Submitted on time: " + DASH + " (no audit was asked for).",
                "Missing (not received): " + DASH + " (no audit was asked for)."), firstBullets(empty).texts());
        assertEquals("No single agency audit was asked for in 2018-19.",
                ((Block.Bullets) empty.body().get(empty.body().indexOf(new Block.Heading(2, "Notes")) + 1))
                        .texts().get(0));
        assertEquals(4, table(empty, "returns").rows().size(), "every agency but the school is listed as having no audit");
        assertEquals(new Block.Paragraph("No single agency audit was asked for in 2018-19."),
                empty.body().get(empty.body().size() - 1));
    }
}
