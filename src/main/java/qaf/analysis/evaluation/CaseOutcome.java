package qaf.analysis.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One case of an evaluation as the panel left it: the case, the child's age band at the panel day,
 * the agencies' gradings of it (by agency code; empty when no agency graded it) and their final
 * grades. The partnership's effectiveness grade and the child's voice are on {@link #evaluationCase()}.
 */
public record CaseOutcome(EvaluationCase evaluationCase, AgeBand ageBand, List<AgencyGrade> grades,
        GradeDistribution finals) {
    public CaseOutcome {
        Objects.requireNonNull(evaluationCase, "evaluationCase");
        Objects.requireNonNull(ageBand, "ageBand");
        grades = List.copyOf(grades);
        Objects.requireNonNull(finals, "finals");
    }

    public boolean noAgencyGraded() {
        return grades.isEmpty();
    }

    /** The agencies graded on the case, by agency code. */
    public List<String> agencyCodes() {
        return grades.stream().map(AgencyGrade::agencyCode).toList();
    }
}
