package qaf.analysis.due;

import java.util.List;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.SchoolAuditCycle;
import qaf.analysis.audit.Section11Cycle;
import qaf.analysis.audit.SingleAgencyAuditYear;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.review.Review;

/**
 * Everything the due list is worked out from, as the store's queries return it: the input of
 * {@link DueList}. Every list is a copy. Reviews arrive with the child already reduced to a
 * pseudonym, so nothing here can put a name on the front page.
 *
 * @param yearStartMonth the partnership's first month of a reporting year (single agency audit years
 *     are labels such as "2018-19")
 * @param schoolAudits every schools' audit cycle; measured only where the programme gives its due day
 */
public record DueInputs(List<Review> reviews, List<EvaluationData> evaluations, List<Section11Cycle> section11,
        List<SingleAgencyAuditYear> singleAgencyAudits, List<ActionRecord> actions, List<Agency> agencies,
        int yearStartMonth, List<qaf.analysis.programme.ProgrammeEntry> programme,
        List<SchoolAuditCycle> schoolAudits) {

    /** Inputs without a QA programme: every programme date falls back to its rule (no schools' audit). */
    public DueInputs(List<Review> reviews, List<EvaluationData> evaluations, List<Section11Cycle> section11,
            List<SingleAgencyAuditYear> singleAgencyAudits, List<ActionRecord> actions, List<Agency> agencies,
            int yearStartMonth) {
        this(reviews, evaluations, section11, singleAgencyAudits, actions, agencies, yearStartMonth, List.of(),
                List.of());
    }

    public DueInputs {
        programme = List.copyOf(programme);
        schoolAudits = List.copyOf(schoolAudits);
        reviews = List.copyOf(reviews);
        evaluations = List.copyOf(evaluations);
        section11 = List.copyOf(section11);
        singleAgencyAudits = List.copyOf(singleAgencyAudits);
        actions = List.copyOf(actions);
        agencies = List.copyOf(agencies);
    }
}
