package qaf.independentoverview;

import java.util.List;
import java.util.Set;
import qaf.analysis.audit.Agency;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.WorkingDays;
import qaf.compose.Narratives;
import qaf.document.BlockDocument;
import qaf.evaluationoverview.OverviewFixtures;

/**
 * The frame of the awkward evaluation of {@link OverviewFixtures} (full, panel 28 November 2018, so
 * the independent overview is due 12 working days later, 14 December), with the reviewer's overview
 * written and placed as the build places narrative, and the other three sections not yet written.
 */
public final class IndependentOverviewFixtures {
    static final WorkingDays ENGLAND = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));
    static final List<Agency> AGENCIES = List.of(new Agency("CSC", "Children's Social Care", "social-care", null),
            new Agency("HLT", "Community Health", "health", null), new Agency("POL", "Kestrel Vale Police", "police",
                    null));
    static final String OVERVIEW = "### What the cases show\n\nAgencies knew *Child A* well; the **gap** was"
            + " sharing.\n\n- Record the child's words.\n- Escalate <&> challenge.\n";

    private IndependentOverviewFixtures() {
    }

    static BlockDocument frame(Set<String> written) {
        return new IndependentOverviewComposer().compose(OverviewFixtures.PARTNERSHIP,
                EvaluationFindings.of(OverviewFixtures.awkward(), ENGLAND, OverviewFixtures.AS_AT), AGENCIES, written);
    }

    /** The frame with the overview placed. */
    public static BlockDocument document() {
        return Narratives.place(frame(Set.of("overview")), List.of(new Narratives.Piece("overview", OVERVIEW)))
                .document();
    }
}
