package qaf.singleagencyoverview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.document.Audience;
import qaf.singleagencyoverview.SingleAgencyOverviewDocument.AgencyAudit;
import qaf.singleagencyoverview.SingleAgencyOverviewDocument.HowRow;
import qaf.singleagencyoverview.SingleAgencyOverviewDocument.ReturnRow;
import qaf.singleagencyoverview.SingleAgencyOverviewDocument.Section;

class SingleAgencyOverviewComposerTest {
    private static final String DASH = "\u2013";
    private final SingleAgencyOverviewDocument doc = SingleAgencyFixtures.document();

    @Test
    void returnTableListsEveryAgencyAskedThenThoseWithNoAuditRecordedSchoolsLeftOut() {
        assertEquals(List.of(
                new ReturnRow("CSC", "Children's Social Care", "01/02/2019", "Submitted on time", "Workshop"),
                new ReturnRow("HLT", "Community Health (HLT)", DASH,
                        "Missing: not received (due 31/03/2019, not yet overdue)", DASH),
                new ReturnRow("POL", "Kestrel Vale Police", "10/04/2019",
                        "Submitted late, 10 days after the due date", "Not stated"),
                new ReturnRow("EDU", "Education Safeguarding Team", DASH, "No audit recorded for the year", DASH)),
                doc.returns());
    }

    @Test
    void ratesAndTheDueRuleAreStated() {
        assertEquals(List.of("Audits asked for: 3.", "Submitted: 2 of 3 (67%).", "Submitted on time: 1 of 3 (33%).",
                "Missing (not received): 1 of 3 (33%)."), doc.rates());
        assertTrue(doc.dueRule().startsWith("Audits were due by 31 March 2019."), doc.dueRule());
        assertTrue(doc.dueRule().contains("the last day of the reporting year"), doc.dueRule());
        assertEquals("Statuses are as at 31 March 2019, the end of the reporting year.", doc.asOf());
    }

    @Test
    void howActionedCountsSubmittedAuditsWithNotStatedLast() {
        assertEquals(List.of(new HowRow("Author attending", 0), new HowRow("Discussion", 0),
                new HowRow("Presentation", 0), new HowRow("Workshop", 1), new HowRow("Circulate", 0),
                new HowRow("Not stated", 1)), doc.howActioned());
    }

    @Test
    void eachAgencyHasItsSixSectionsInFullWithBlanksShownAsADash() {
        AgencyAudit csc = doc.audits().get(0);
        assertEquals("Children's Social Care (CSC)", csc.heading());
        assertEquals("Submitted on time, 01/02/2019. To be actioned by: Workshop.", csc.status());
        assertEquals(List.of("Audit activity", "Performance information", "Executive summary", "Outcomes",
                "Message for the board", "Recommendations"), csc.sections().stream().map(Section::title).toList());
        assertEquals(DASH, csc.sections().get(3).text());
        assertEquals(SingleAgencyFixtures.longText(), csc.sections().get(5).text(), "never truncated");

        AgencyAudit hlt = doc.audits().get(1);
        assertEquals("Community Health (HLT)", hlt.heading(), "a code already in the name is not repeated");
        assertEquals("Missing: not received (due 31/03/2019, not yet overdue).", hlt.status());
        assertTrue(hlt.sections().isEmpty());

        AgencyAudit pol = doc.audits().get(2);
        assertEquals("Submitted late, 10 days after the due date, 10/04/2019. To be actioned by: Not stated.",
                pol.status());
        assertEquals(List.of(DASH, DASH, DASH, DASH, DASH, DASH), pol.sections().stream().map(Section::text).toList());
    }

    @Test
    void notesFromTheAnalysisArePrinted() {
        assertEquals(List.of("Kestrel Vale Police (POL) submitted an audit with every section blank.",
                "No single agency audit is recorded for Education Safeguarding Team (EDU) in 2018-19."), doc.notes());
    }

    @Test
    void boardAudienceNamedByYear() {
        assertEquals(Audience.BOARD, doc.meta().audience());
        assertEquals("single-agency-overview-2018-19", doc.name());
        assertEquals("Single agency audits 2018-19", doc.meta().title());
        assertEquals(List.of("returns", "how-actioned"), doc.dataTables().stream().map(t -> t.name()).toList());
    }

    @Test
    void aYearWithNoAuditsHasUndefinedRatesNotZeros() {
        SingleAgencyOverviewDocument empty = SingleAgencyFixtures.empty();
        assertEquals(List.of("Audits asked for: 0.", "Submitted: " + DASH + " (no audit was asked for).",
                "Submitted on time: " + DASH + " (no audit was asked for).",
                "Missing (not received): " + DASH + " (no audit was asked for)."), empty.rates());
        assertEquals("No single agency audit was asked for in 2018-19.", empty.notes().get(0));
        assertEquals(4, empty.returns().size(), "every agency but the school is listed as having no audit");
        assertTrue(empty.audits().isEmpty());
    }
}
