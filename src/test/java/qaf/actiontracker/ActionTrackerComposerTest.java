package qaf.actiontracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.actiontracker.ActionTrackerDocument.CountRow;
import qaf.actiontracker.ActionTrackerDocument.Row;
import qaf.analysis.audit.ActionRag;
import qaf.document.Audience;

class ActionTrackerComposerTest {
    private final ActionTrackerDocument doc = ActionTrackerFixtures.document();

    @Test
    void overdueComeFirstMostOverdueFirstThenBySourceOwnerAndRef() {
        assertEquals(List.of("A-1", "A-2", "A-7", "A-3", "A-4", "A-5", "A-6"),
                doc.actions().stream().map(Row::ref).toList());
        assertEquals(List.of("Overdue (red)", "Overdue (red)", "Multi-agency case evaluation", "Case", "Case",
                "Section 11 audit", "Thematic action plan"), doc.actions().stream().map(Row::section).toList());
    }

    @Test
    void eachRowCarriesItsRagWordAndDaysOverdueAsWorkedOutByHand() {
        assertEquals(List.of("Red", "Red", "Green", "Amber", "Green", "Green", "Not rated (cancelled)"),
                doc.actions().stream().map(Row::ragWord).toList());
        // 31/01 → 31/03/2019 is 28 + 31 = 59 days; 01/03 → 31/03 is 30; the rest are not overdue.
        assertEquals(List.of("59", "30", "\u2013", "\u2013", "\u2013", "\u2013", "\u2013"),
                doc.actions().stream().map(Row::daysOverdue).toList());
        assertEquals(ActionRag.NOT_RATED, doc.actions().get(6).rag());
    }

    @Test
    void partnershipWideCancelledAndMissingTextAreShownPlainly() {
        Row a2 = doc.actions().get(1);
        assertEquals("Partnership-wide", a2.owner());
        assertEquals("\u2013", a2.impact(), "blank impact is missing, shown as a dash");
        Row a5 = doc.actions().get(5);
        assertEquals("Complete 10/12/2018 (10 days late)", a5.status());
        assertEquals("Fewer late referrals", a5.impact());
        Row a6 = doc.actions().get(6);
        assertEquals("Cancelled", a6.status());
        assertEquals("Partnership-wide", a6.owner());
        assertEquals("Section 11 audit", a5.source());
        assertEquals("2018", a5.sourceRef());
        assertEquals("01/06/2018", a5.agreed());
        assertEquals("30/11/2018", a5.due());
    }

    @Test
    void totalsCompletionAndImpactAreStatedAsAtTheYearEnd() {
        assertEquals("31 March 2019", doc.asOfText());
        assertEquals("7 actions as at 31 March 2019: 2 red (overdue), 1 amber, 3 green, 1 not rated (cancelled).",
                doc.totals());
        // Complete: of the six not cancelled; with impact: A-5 of the two complete.
        assertEquals("2 of 6 actions not cancelled are complete (33%).", doc.completion());
        assertEquals("1 of 2 complete actions record evidence of impact (50%).", doc.impact());
    }

    @Test
    void countsBySourceAgencyAndStatus() {
        assertEquals(List.of(
                new CountRow("Multi-agency case evaluation", 1, 0, 1, 0),
                new CountRow("Case", 0, 1, 1, 0),
                new CountRow("Review", 1, 0, 0, 0),
                new CountRow("Section 11 audit", 0, 0, 1, 0),
                new CountRow("School audit", 0, 0, 0, 0),
                new CountRow("Single agency audit", 0, 0, 0, 0),
                new CountRow("Thematic action plan", 0, 0, 0, 1)), doc.bySource());
        assertEquals(List.of(
                new CountRow("Children's Social Care", 1, 0, 1, 0),
                new CountRow("Kestrel Vale Police", 0, 1, 2, 0),
                new CountRow("Partnership-wide", 1, 0, 0, 1)), doc.byAgency());
        assertEquals(List.of(
                new CountRow("Open", 1, 1, 0, 0),
                new CountRow("In progress", 1, 0, 1, 0),
                new CountRow("Complete", 0, 0, 2, 0),
                new CountRow("Cancelled", 0, 0, 0, 1)), doc.byStatus());
    }

    @Test
    void notesNameThePartnershipWideAndCancelledActions() {
        assertEquals(List.of(
                "2 actions have no owning agency and are shown as owned by \u201cPartnership-wide\u201d.",
                "1 action was cancelled: it is listed and counted as \u201cnot rated\u201d, outside the red, amber"
                        + " and green totals and the completion rate."), doc.notes());
    }

    @Test
    void theRuleIsStatedWithTheDate() {
        assertTrue(doc.ragRule().stream().anyMatch(s -> s.startsWith("Red: open or in progress and past its due"
                + " date on 31 March 2019")));
        assertTrue(doc.ragRule().stream().anyMatch(s -> s.startsWith("Amber: open")));
        assertTrue(doc.ragRule().stream().anyMatch(s -> s.startsWith("Not rated: cancelled")));
    }

    @Test
    void chartAltTextStatesEveryCount() {
        String alt = doc.chart().altText();
        assertTrue(alt.contains("Multi-agency case evaluation 1 red, 0 amber, 1 green, 0 not rated (2 in all)"), alt);
        assertTrue(alt.contains("Thematic action plan 0 red, 0 amber, 0 green, 1 not rated (1 in all)"), alt);
    }

    @Test
    void boardAudienceNamedFromRefsWithDataTablesForEveryTableAndTheChart() {
        assertEquals(Audience.BOARD, doc.meta().audience());
        assertEquals("action-tracker", doc.name());
        assertEquals("Action tracker 2018-19", doc.meta().title());
        assertEquals(List.of("actions-by-source", "actions-by-agency", "actions-by-status", "actions"),
                doc.dataTables().stream().map(t -> t.name()).toList());
        assertEquals(7, doc.dataTables().get(3).rows().size());
    }

    @Test
    void anEmptyRegisterSaysSoAndHasNoRates() {
        ActionTrackerDocument empty = ActionTrackerFixtures.empty();
        assertEquals(List.of("No action is recorded."), empty.notes());
        assertEquals("\u2013: there is no action that is not cancelled, so there is no completion rate.",
                empty.completion());
        assertEquals(7, empty.bySource().size());
        assertTrue(empty.byAgency().isEmpty());
    }
}
