package qaf.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 14: "evidence of impact 28 of 28 (100%)" though six of those said "Impact not yet evidenced". */
class ImpactEvidenceTest {

    @Test
    void impactNotYetEvidencedIsNotEvidenceOfImpact() {
        assertFalse(ImpactEvidence.evidenced(null, "Impact not yet evidenced; re-audit planned."));
        for (String none : new String[] {"not yet evidenced", "None yet", "TBC", "n/a", "N/A.", "–", "Awaiting re-audit",
            "No evidence yet", "Too early to say", "to be confirmed at the next audit", "Impact not known yet",
            "pending", ""}) {
            assertFalse(ImpactEvidence.evidenced(null, none), none);
        }
        assertFalse(ImpactEvidence.evidenced(null, null));
    }

    @Test
    void measuredChangeIsEvidence() {
        assertTrue(ImpactEvidence.evidenced(null, "Re-audit shows the child's voice recorded in 18 of 20 cases (was 11 of 20)."));
        assertTrue(ImpactEvidence.evidenced(null, "No repeat of the issue in the following quarter's dip sample."));
        assertTrue(ImpactEvidence.evidenced(null, "Referrals to the MASH within 24 hours rose from 71% to 92%."));
    }

    @Test
    void theDatasetsOwnYesOrNoDecides() {
        assertTrue(ImpactEvidence.evidenced(true, "TBC"));
        assertFalse(ImpactEvidence.evidenced(false, "Referrals rose from 71% to 92%."));
        assertTrue(ImpactEvidence.evidenced(true, null));
    }

    @Test
    void theTrackerCountsOnlyEvidence() {
        LocalDate d = LocalDate.of(2018, 6, 1);
        ActionRecord said = new ActionRecord("A1", ActionSource.S11, "2018", null, "Audit", d, d, ActionStatus.COMPLETE,
                d, "Done", "Impact not yet evidenced; re-audit planned.");
        ActionRecord shown = new ActionRecord("A2", ActionSource.S11, "2018", null, "Audit", d, d, ActionStatus.COMPLETE,
                d, "Done", "Re-audit shows 18 of 20 cases.");
        assertFalse(said.completeWithImpact());
        assertTrue(shown.completeWithImpact());
        assertEquals(new Ratio(1, 2), ActionTracker.register(java.util.List.of(said, shown), java.util.List.of(), d)
                .completedWithImpact());
    }
}
