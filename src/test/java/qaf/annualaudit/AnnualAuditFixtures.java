package qaf.annualaudit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.ActionTracker;
import qaf.analysis.audit.Agency;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Grade;
import qaf.document.BlockDocument;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;

/**
 * A hand-made partnership for the annual report: one condensed evaluation on neglect in 2017-18,
 * and in 2018-19 a second on neglect (2 cases) and one on gangs (1 case), two agencies each. The
 * figures the tests expect are worked out by hand in {@link AnnualAuditComposerTest}.
 */
public final class AnnualAuditFixtures {
    public static final String PARTNERSHIP = "Kestrel Vale Safeguarding Children Partnership";
    public static final ReportingYear YEAR = new ReportingYear(2018, 4);
    static final WorkingDays ENGLAND = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));
    static final List<Agency> AGENCIES = List.of(new Agency("CSC", "Social Care", "social-care", null),
            new Agency("POL", "Police", "police", null));

    private AnnualAuditFixtures() {
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static EvaluationCase evaluationCase(String evaluationRef, String caseRef) {
        return new EvaluationCase(evaluationRef, caseRef, "cp", "CH-" + caseRef, "Child " + caseRef,
                d(2010, 5, 1), null, null, null, null, null, d(2017, 1, 1), null, null, null);
    }

    static AgencyGrade grade(String evaluationRef, String caseRef, String agency, Grade self, Grade panel,
            LocalDate chronology, LocalDate selfEvaluation) {
        String name = agency.equals("POL") ? "Police" : "Social Care";
        String sector = agency.equals("POL") ? "police" : "social-care";
        return new AgencyGrade(evaluationRef, caseRef, agency, name, sector, null, self, panel,
                panel != null && panel != self ? "Panel's reason" : null, chronology, selfEvaluation, null, null, 1);
    }

    /** 2017-18: Police good (unchanged), Social Care good to requires improvement. */
    static EvaluationData earlier() {
        Evaluation e = new Evaluation("E-OLD", Timetable.Kind.CONDENSED, "Neglect", d(2017, 10, 2), d(2017, 10, 12),
                null);
        LocalDate on = d(2017, 10, 2);
        return new EvaluationData(e, List.of(evaluationCase("E-OLD", "C0")),
                List.of(grade("E-OLD", "C0", "POL", Grade.GOOD, null, on, on),
                        grade("E-OLD", "C0", "CSC", Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, on, on)),
                List.of(), List.of());
    }

    /** Neglect again (theme written with a trailing space); a chronology and a self-evaluation never sent. */
    static EvaluationData neglect() {
        Evaluation e = new Evaluation("E-1", Timetable.Kind.CONDENSED, "Neglect ", d(2018, 10, 1), d(2018, 10, 11),
                null);
        LocalDate on = d(2018, 10, 1);
        return new EvaluationData(e, List.of(evaluationCase("E-1", "C1"), evaluationCase("E-1", "C2")),
                List.of(grade("E-1", "C1", "POL", Grade.OUTSTANDING, Grade.GOOD, on, on),
                        grade("E-1", "C1", "CSC", Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, null, on),
                        grade("E-1", "C2", "POL", Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, on, on),
                        grade("E-1", "C2", "CSC", Grade.GOOD, null, on, null)),
                List.of(), List.of());
    }

    /** Gangs: both agencies finally inadequate; only the police return their close-the-loop form. */
    static EvaluationData gangs() {
        Evaluation e = new Evaluation("E-2", Timetable.Kind.CONDENSED, "Gangs", d(2019, 1, 7), d(2019, 1, 17), null);
        LocalDate on = d(2019, 1, 7);
        return new EvaluationData(e, List.of(evaluationCase("E-2", "C3")),
                List.of(grade("E-2", "C3", "POL", Grade.GOOD, Grade.INADEQUATE, on, on),
                        grade("E-2", "C3", "CSC", Grade.INADEQUATE, null, on, on)),
                List.of(new CloseTheLoopReturn("E-2", "C3", "POL", "Lead POL", d(2019, 1, 18), true, null, null, null,
                        null, null)),
                List.of());
    }

    /** One action overdue since 31 January 2019 (59 days at 31 March), one complete with impact. */
    static List<ActionRecord> actions() {
        return List.of(
                new ActionRecord("A1", ActionSource.EVALUATION, "E-1", "CSC", "Audit assessments.", d(2018, 10, 11),
                        d(2019, 1, 31), ActionStatus.OPEN, null, null, null),
                new ActionRecord("A2", ActionSource.EVALUATION, "E-2", "POL", "Brief officers.", d(2019, 1, 17),
                        d(2019, 3, 1), ActionStatus.COMPLETE, d(2019, 2, 20), "Briefing notes", "Referrals up"));
    }

    /** The input with the evaluations given: those in {@link #YEAR} are the year's. */
    static AnnualAuditInput input(List<EvaluationData> all, List<ActionRecord> actions) {
        List<EvaluationData> year = all.stream().filter(x -> YEAR.contains(x.evaluation().panelOn())).toList();
        return new AnnualAuditInput(PARTNERSHIP, YEAR, year,
                year.stream().map(x -> EvaluationFindings.of(x, ENGLAND, YEAR.end())).toList(), all, List.of(),
                List.of(), Optional.empty(), ActionTracker.register(actions, AGENCIES, YEAR.end()));
    }

    public static BlockDocument document() {
        return AnnualAuditComposer.compose(input(List.of(earlier(), neglect(), gangs()), actions()));
    }
}
