package qaf.prepanelpack;

import java.util.List;
import qaf.analysis.audit.Agency;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.WorkingDays;
import qaf.evaluationoverview.OverviewFixtures;
import qaf.terms.Terms;

/**
 * The awkward evaluation of {@link OverviewFixtures} (worked out there by hand) as findings as at 31
 * March 2019, for the pre-panel pack's and the panel notes' tests and the contract test.
 */
public final class PanelFixtures {
    public static final List<Agency> AGENCIES = List.of(new Agency("CSC", "Children's Social Care", "social-care", null),
            new Agency("HLT", "Community Health", "health", null), new Agency("POL", "Kestrel Vale Police", "police",
                    null));

    private PanelFixtures() {
    }

    public static EvaluationFindings awkward() {
        return EvaluationFindings.of(OverviewFixtures.awkward(),
                new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES)), OverviewFixtures.AS_AT);
    }

    public static qaf.document.BlockDocument prePanelPack() {
        return new PrePanelPackComposer().compose(OverviewFixtures.PARTNERSHIP, Terms.FRAMEWORK, awkward());
    }
}
