package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.util.List;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;

/** Small hand-made records for the evaluation tests; nothing here is computed by the code under test. */
final class Fixtures {
    static final WorkingDays ENGLAND = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

    private Fixtures() {
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static Evaluation evaluation(String ref, Timetable.Kind kind, String theme, LocalDate start, LocalDate panel) {
        return new Evaluation(ref, kind, theme, start, panel, null);
    }

    /** A case whose child was born on {@code dob}; partnership grade and child's voice as given (may be null). */
    static EvaluationCase evaluationCase(String evaluationRef, String caseRef, LocalDate dob, Grade partnership,
            ChildVoice voice) {
        return new EvaluationCase(evaluationRef, caseRef, "cp", "CH-" + caseRef, "Child " + caseRef, dob, partnership,
                voice, null, null, null, d(2017, 1, 1), null, null, null);
    }

    /** A grading with a rationale whenever the panel grade differs, and one chronology entry. */
    static AgencyGrade grade(String evaluationRef, String caseRef, String agency, Grade self, Grade panel) {
        String rationale = panel != null && panel != self ? "Panel's reason" : null;
        return new AgencyGrade(evaluationRef, caseRef, agency, "Agency " + agency, "police", null, self, panel,
                rationale, null, null, null, null, 1);
    }

    static AgencyGrade submitted(String evaluationRef, String caseRef, String agency, String sector,
            LocalDate chronology, LocalDate selfEvaluation) {
        return new AgencyGrade(evaluationRef, caseRef, agency, "Agency " + agency, sector, null, Grade.GOOD, null,
                null, chronology, selfEvaluation, null, null, 1);
    }

    static CloseTheLoopReturn returned(String evaluationRef, String caseRef, String agency, LocalDate on) {
        return new CloseTheLoopReturn(evaluationRef, caseRef, agency, "Lead " + agency, on, true, null, null, null,
                null, null);
    }

    static EvaluationData data(Evaluation e, List<EvaluationCase> cases, List<AgencyGrade> grades) {
        return new EvaluationData(e, cases, grades, List.of(), List.of());
    }
}
