package qaf.briefinguses;

import qaf.analysis.briefing.BriefingUseRollup;

import qaf.analysis.briefing.BriefingUse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.briefing.BriefingUseRollup.AgencyLine;
import qaf.analysis.briefing.BriefingUseRollup.BriefingLine;
import qaf.analysis.briefing.BriefingUseRollup.Counts;
import qaf.analysis.briefing.BriefingUseRollup.Named;

class BriefingUseRollupTest {
    static final List<Named> BRIEFINGS = List.of(new Named("B1", "One"), new Named("B2", "Two"), new Named("B0", "Zero"));
    static final List<Named> AGENCIES = List.of(new Named("A1", "Alpha"), new Named("A2", "Beta"), new Named("A3", "Gamma"));

    static List<BriefingUse> uses() {
        return List.of(
                use("B1", "A1", 5, 1, "Team X", 10, "Audit 5 cases"),
                use("B1", "A1", 6, 1, "team  x", 5, "No actions agreed; fine"),
                use("B1", "A2", 6, 2, "", 7, ""),
                use("B2", "A1", 7, 1, "Team Y", 3, "None."),
                use("B2", "A2", 7, 2, null, 4, "N/A"),
                use("B3", "A9", 8, 1, "T", 1, "Nobody objected; review plans"));
    }

    static BriefingUse use(String briefing, String agency, int month, int day, String team, int attendees,
            String actions) {
        return new BriefingUse(briefing, agency, LocalDate.of(2018, month, day), team, attendees, actions);
    }

    @Test
    void rollsUpPerBriefingPerAgencyAndInTotal() {
        BriefingUseRollup r = BriefingUseRollup.of(BRIEFINGS, AGENCIES, uses());
        assertEquals(List.of(
                new BriefingLine(new Named("B1", "One"), 2, new Counts(3, 2, 22, 1)),
                new BriefingLine(new Named("B2", "Two"), 2, new Counts(2, 2, 7, 0)),
                new BriefingLine(new Named("B0", "Zero"), 0, new Counts(0, 0, 0, 0)),
                new BriefingLine(new Named("B3", "B3"), 1, new Counts(1, 1, 1, 1))), r.byBriefing());
        assertEquals(List.of(
                new AgencyLine(new Named("A1", "Alpha"), 2, new Counts(3, 2, 18, 1)),
                new AgencyLine(new Named("A2", "Beta"), 2, new Counts(2, 1, 11, 0)),
                new AgencyLine(new Named("A9", "A9"), 1, new Counts(1, 1, 1, 1))), r.byAgency());
        assertEquals(new BriefingUseRollup.Totals(3, 3, 3, new Counts(6, 4, 30, 2)), r.totals());
        assertEquals(List.of(new Named("A3", "Gamma")), r.agenciesWithoutUse());
    }

    @Test
    void nothingUsed() {
        BriefingUseRollup r = BriefingUseRollup.of(BRIEFINGS, AGENCIES, List.of());
        assertEquals(new BriefingUseRollup.Totals(0, 0, 3, new Counts(0, 0, 0, 0)), r.totals());
        assertEquals(AGENCIES, r.agenciesWithoutUse());
        assertEquals(List.of(), r.byAgency());
        assertEquals(3, r.byBriefing().size());
    }

    @Test
    void aNoneAnswerIsNotAnAction() {
        assertFalse(BriefingUseRollup.agreesActions(null));
        assertFalse(BriefingUseRollup.agreesActions("  "));
        assertFalse(BriefingUseRollup.agreesActions("no actions agreed; the team already applies this learning."));
        assertFalse(BriefingUseRollup.agreesActions("NIL"));
        assertTrue(BriefingUseRollup.agreesActions("Notify the GP of every missed appointment"));
        assertTrue(BriefingUseRollup.agreesActions("Team to add a was-not-brought check"));
    }
}
