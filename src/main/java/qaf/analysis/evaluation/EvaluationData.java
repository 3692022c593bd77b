package qaf.analysis.evaluation;

import java.util.List;
import java.util.Objects;
import qaf.analysis.audit.ActionRecord;

/**
 * Everything stored about one evaluation, as {@code qaf.store.EvaluationQueries} loads it: cases
 * by case ref, grades by case ref then agency code, returns likewise, actions by action ref.
 * The analysis does not rely on that order; it sorts what it reports.
 */
public record EvaluationData(Evaluation evaluation, List<EvaluationCase> cases, List<AgencyGrade> grades,
        List<CloseTheLoopReturn> returns, List<ActionRecord> actions) {
    public EvaluationData {
        Objects.requireNonNull(evaluation, "evaluation");
        cases = List.copyOf(cases);
        grades = List.copyOf(grades);
        returns = List.copyOf(returns);
        actions = List.copyOf(actions);
    }
}
