package qaf.annualaudit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.audit.SingleAgencyOverview;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.calendar.ReportingYear;

/**
 * Everything the Audit &amp; Scrutiny annual report words, already analysed: the composer only
 * selects, orders and phrases these figures, so none is worked out twice.
 *
 * @param yearEvaluations the evaluations whose panel day falls in {@code year}, by panel day then ref
 * @param findings one per entry of {@code yearEvaluations}, in the same order, as at the year end
 * @param allEvaluations every evaluation (earlier and later years too): the input of year-on-year
 *     change and of re-evaluated themes
 * @param section11 the Section 11 cycles that belong to the year, each with its previous-cycle comparison
 * @param schools the schools' audit cycles that belong to the year
 * @param singleAgency the year's single agency audits; empty when no audit row exists for the year
 * @param actions the whole action register rated as at the year end (as the action tracker shows it)
 */
public record AnnualAuditInput(String partnershipName, ReportingYear year, List<EvaluationData> yearEvaluations,
        List<EvaluationFindings> findings, List<EvaluationData> allEvaluations, List<Section11Overview> section11,
        List<SchoolsOverview> schools, Optional<SingleAgencyOverview> singleAgency, ActionRegister actions) {
    public AnnualAuditInput {
        Objects.requireNonNull(partnershipName, "partnershipName");
        Objects.requireNonNull(year, "year");
        yearEvaluations = List.copyOf(yearEvaluations);
        findings = List.copyOf(findings);
        allEvaluations = List.copyOf(allEvaluations);
        section11 = List.copyOf(section11);
        schools = List.copyOf(schools);
        Objects.requireNonNull(singleAgency, "singleAgency");
        Objects.requireNonNull(actions, "actions");
        if (findings.size() != yearEvaluations.size()) {
            throw new IllegalArgumentException("one finding per evaluation of the year");
        }
    }
}
