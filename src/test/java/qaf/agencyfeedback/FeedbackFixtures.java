package qaf.agencyfeedback;

import java.time.LocalDate;
import java.util.List;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.ChildDetails;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Grade;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;

/**
 * One small hand-made evaluation shared by the agency-feedback, close-the-loop and contract tests.
 * The figures the tests expect are worked out by hand in the comments here, not by the code.
 *
 * <pre>
 * MACE-T1, panel Wednesday 6 June 2018; close-the-loop forms due 10 working days later:
 * 7, 8, 11-15, 18, 19, 20 June, so 20 June 2018. As at Friday 22 June 2018.
 *
 * case  type        child    POL (lead not recorded)              CSC (lead Dana Reeve)
 * C1    cp          Child A  good → requires improvement (reason)  good (panel blank)
 * C2    early-help  Child B  inadequate → RI, NO rationale,        good → outstanding (reason)
 *                            no chronology entries
 * C3    cin         Child C  —                                     requires improvement (panel blank)
 *
 * POL: finals good or better 0 of 2; regraded 2 of 2.
 * CSC: finals good or better 2 of 3; regraded 1 of 3.
 * Forms due: C1/POL returned 19 June (on time); C2/POL not returned (overdue: 21, 22 June = 2
 * working days); C3/CSC returned Monday 25 June (late: 21, 22, 25 June = 3 working days).
 * Actions: ACT-1 POL due 1 June 2018, open (overdue at 22 June); ACT-2 CSC complete; ACT-3 partnership-wide.
 * </pre>
 */
public final class FeedbackFixtures {
    public static final String PARTNERSHIP = "Kestrel Vale Safeguarding Children Partnership";
    public static final LocalDate AS_OF = LocalDate.of(2018, 6, 22);
    public static final WorkingDays ENGLAND = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

    private FeedbackFixtures() {
    }

    public static EvaluationFindings findings() {
        return EvaluationFindings.of(data(), ENGLAND, AS_OF);
    }

    public static EvaluationData data() {
        Evaluation e = new Evaluation("MACE-T1", Timetable.Kind.FULL, "Neglect <&> ${theme}",
                LocalDate.of(2018, 5, 8), LocalDate.of(2018, 6, 6), "Pat Quinn, Head of Quality Assurance");
        List<EvaluationCase> cases = List.of(
                evaluationCase("C1", "cp", "CH1", "Child A", LocalDate.of(2005, 3, 1), "Sam Okafor", "Lee Brandt",
                        "Team North"),
                evaluationCase("C2", "early-help", "CH2", "Child B", LocalDate.of(2012, 7, 15), "Ana Silva", null,
                        null),
                evaluationCase("C3", "cin", "CH3", "Child C", LocalDate.of(2010, 6, 7), null, "Lee Brandt",
                        "Team South"));
        List<AgencyGrade> grades = List.of(
                grade("C1", "POL", null, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, "Missed the strategy meeting.", 3,
                        "Prompt attendance at the first home visit.\nCareful \"recording\" <&> of the child's words.",
                        "Strategy meeting invitations to be seen the same day."),
                grade("C1", "CSC", "Dana Reeve, QA Manager", Grade.GOOD, null, null, 4),
                grade("C2", "POL", null, Grade.INADEQUATE, Grade.REQUIRES_IMPROVEMENT, null, 0,
                        "  Joint visit with the school nurse.  ", null),
                grade("C2", "CSC", "Dana Reeve, QA Manager", Grade.GOOD, Grade.OUTSTANDING,
                        "Exemplary direct work with the child.", 2),
                grade("C3", "CSC", "Dana Reeve, QA Manager", Grade.REQUIRES_IMPROVEMENT, null, null, 5));
        List<CloseTheLoopReturn> returns = List.of(
                new CloseTheLoopReturn("MACE-T1", "C1", "POL", "Jo Hart, Detective Inspector",
                        LocalDate.of(2018, 6, 19), true, "Lead person; officer in case", "Reviewed the log.",
                        "The strategy meeting invitation went to a shared inbox.", "Check invitations daily.",
                        "1. Named inbox owner.\n2. Briefing to the team."),
                new CloseTheLoopReturn("MACE-T1", "C3", "CSC", "Dana Reeve, QA Manager", LocalDate.of(2018, 6, 25),
                        false, null, "Supervision held.", null, null, null));
        List<ActionRecord> actions = List.of(
                new ActionRecord("ACT-1", ActionSource.EVALUATION, "MACE-T1", "POL",
                        "Audit strategy meeting attendance.", LocalDate.of(2018, 6, 6), LocalDate.of(2018, 6, 1),
                        ActionStatus.OPEN, null, null, null),
                new ActionRecord("ACT-2", ActionSource.CASE, "C3", "CSC", "Allocate a consistent worker.",
                        LocalDate.of(2018, 6, 6), LocalDate.of(2018, 6, 20), ActionStatus.COMPLETE,
                        LocalDate.of(2018, 6, 18), null, null),
                new ActionRecord("ACT-3", ActionSource.THEMATIC, "MACE-T1", null, "Publish a seven-minute briefing.",
                        LocalDate.of(2018, 6, 6), LocalDate.of(2018, 9, 1), ActionStatus.OPEN, null, null, null));
        return new EvaluationData(e, cases, grades, returns, actions);
    }

    /** C1's child (Ł, accents) and C2's; C3's child is left out to stand for a missing record. */
    public static List<ChildDetails> children() {
        return List.of(
                new ChildDetails("CH1", "Łucja", "Nguyễn-O'Brien", "Female", "Mixed – White and Asian", null),
                new ChildDetails("CH2", "Tomás", "Reyes", "Male", null, "Roman Catholic"));
    }

    private static EvaluationCase evaluationCase(String caseRef, String type, String childRef, String pseudonym,
            LocalDate dob, String worker, String manager, String team) {
        return new EvaluationCase("MACE-T1", caseRef, type, childRef, pseudonym, dob, null, null, null, null, null,
                LocalDate.of(2017, 9, 4), worker, manager, team);
    }

    private static AgencyGrade grade(String caseRef, String agency, String lead, Grade self, Grade panel,
            String rationale, int entries) {
        return grade(caseRef, agency, lead, self, panel, rationale, entries, null, null);
    }

    private static AgencyGrade grade(String caseRef, String agency, String lead, Grade self, Grade panel,
            String rationale, int entries, String strengths, String improvements) {
        String name = agency.equals("POL") ? "Kestrel Vale Police" : "Children's Social Care";
        return new AgencyGrade("MACE-T1", caseRef, agency, name, agency.equals("POL") ? "police" : "social-care",
                lead, self, panel, rationale, LocalDate.of(2018, 5, 20), LocalDate.of(2018, 5, 25), strengths,
                improvements, entries);
    }
}
