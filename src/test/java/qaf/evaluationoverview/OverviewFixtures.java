package qaf.evaluationoverview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.ChildVoice;
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
 * Hand-made evaluations for the overview's tests (and the contract test). All answers the tests
 * expect are worked out here by hand:
 * <pre>
 * E-AWK, full, started Monday 5 November 2018, panel Wednesday 28 November 2018, as at 31 March 2019
 *  case  child    born         band on 28 Nov 2018  type  partnership  voice      gradings
 *  C-01  Child A  10 Jan 2005  13: 11–15            cp    good         evidenced  CSC good (3 entries);
 *                                                                                 POL good -> RI, NO rationale, NO chronology
 *  C-02  Child B  1 Mar 2016   2: 0–4               cin   RI           partly     CSC RI -> good, with rationale;
 *                                                                                 POL inadequate (2 entries)
 *  C-03  Child C  28 Nov 2001  17 that day: 16–17   cic   -            -          nobody graded it
 * </pre>
 * Self: good 2, RI 1, inadequate 1 (2 of 4 good or better); final: good 2, RI 1, inadequate 1;
 * regraded 2 of 4, 1 up (CSC C-02), 1 down (POL C-01). Close the loop, due Wednesday 12 December
 * (10 working days after the panel): POL C-01 (final RI) never returned -> outstanding; POL C-02
 * (inadequate) returned 11 December -> on time. CSC's finals are good: no form expected.
 * Submissions: CSC sent both chronologies on day one (on time) and both self-evaluations on the panel
 * day (after the self-evaluation deadline, which falls before the panel: late); POL sent nothing
 * (missing, as at 31 March 2019).
 */
public final class OverviewFixtures {
    public static final String PARTNERSHIP = "Kestrel Vale Safeguarding Children Partnership";
    public static final LocalDate AS_AT = LocalDate.of(2019, 3, 31);
    static final WorkingDays ENGLAND = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));
    static final Map<String, String> AGENCIES = Map.of("CSC", "Children's Social Care", "POL", "Kestrel Vale Police",
            "HLT", "Community Health");

    private OverviewFixtures() {
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static EvaluationCase evaluationCase(String evaluationRef, String caseRef, String type, String pseudonym,
            LocalDate dob, Grade partnership, ChildVoice voice, String strengths, String improvements) {
        return new EvaluationCase(evaluationRef, caseRef, type, "CH-" + caseRef, pseudonym, dob, partnership, voice,
                "Story of " + pseudonym, strengths, improvements, d(2017, 1, 1), "Worker Name", "Manager Name",
                "Team East");
    }

    static AgencyGrade grade(String evaluationRef, String caseRef, String agency, Grade self, Grade panel,
            String rationale, LocalDate chronology, LocalDate evaluation, int entries) {
        return new AgencyGrade(evaluationRef, caseRef, agency, AGENCIES.get(agency),
                agency.equals("HLT") ? "health" : "police", "Lead " + agency, self, panel, rationale, chronology,
                evaluation, null, null, entries);
    }

    public static EvaluationData awkward() {
        Evaluation e = new Evaluation("E-AWK", Timetable.Kind.FULL, "Neglect & \"missed\" <appointments>",
                d(2018, 11, 5), d(2018, 11, 28), "Chair of the panel");
        return new EvaluationData(e,
                List.of(evaluationCase("E-AWK", "C-03", "cic", "Child C", d(2001, 11, 28), null, null, null, null),
                        evaluationCase("E-AWK", "C-01", "cp", "Child A", d(2005, 1, 10), Grade.GOOD,
                                ChildVoice.EVIDENCED, "School kept Child A safe.", "Child A's wishes not recorded."),
                        evaluationCase("E-AWK", "C-02", "cin", "Child B", d(2016, 3, 1), Grade.REQUIRES_IMPROVEMENT,
                                ChildVoice.PARTLY, "Prompt home visits.", "")),
                List.of(grade("E-AWK", "C-01", "POL", Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, null, null, null, 0),
                        grade("E-AWK", "C-01", "CSC", Grade.GOOD, null, null, d(2018, 11, 5), d(2018, 11, 28), 3),
                        grade("E-AWK", "C-02", "POL", Grade.INADEQUATE, null, null, null, null, 2),
                        grade("E-AWK", "C-02", "CSC", Grade.REQUIRES_IMPROVEMENT, Grade.GOOD,
                                "Evidence at panel showed prompt visits.", d(2018, 11, 5), d(2018, 11, 28), 1)),
                List.of(new CloseTheLoopReturn("E-AWK", "C-02", "POL", "Lead POL", d(2018, 12, 11), true, null, null,
                        null, null, null)),
                List.of(new ActionRecord("ACT-1", ActionSource.EVALUATION, "E-AWK", "CSC", "Audit 10 assessments.",
                                d(2018, 11, 28), d(2019, 1, 31), ActionStatus.COMPLETE, d(2019, 4, 10), null, null),
                        new ActionRecord("ACT-2", ActionSource.THEMATIC, "E-AWK", null, "Publish a briefing.",
                                d(2018, 11, 28), d(2019, 6, 30), ActionStatus.OPEN, null, null, null),
                        new ActionRecord("ACT-3", ActionSource.CASE, "C-02", "POL", "Review the missed visits.",
                                d(2018, 11, 28), d(2019, 2, 1), ActionStatus.IN_PROGRESS, null, null, null)));
    }

    /** An evaluation with nothing in its sample. */
    public static EvaluationData empty() {
        Evaluation e = new Evaluation("E-EMPTY", Timetable.Kind.CONDENSED, "Children missing education",
                d(2018, 10, 1), d(2018, 10, 11), null);
        return new EvaluationData(e, List.of(), List.of(), List.of(), List.of());
    }

    /** {@code cases} cases, each graded good by every one of {@code agencies} agencies (codes A01...). */
    public static EvaluationData large(int cases, int agencies) {
        Evaluation e = new Evaluation("E-BIG", Timetable.Kind.FULL, "Exploitation", d(2018, 11, 5), d(2018, 11, 28),
                "Chair");
        List<EvaluationCase> sample = new ArrayList<>();
        List<AgencyGrade> grades = new ArrayList<>();
        for (int c = 1; c <= cases; c++) {
            String ref = String.format("C-%02d", c);
            sample.add(evaluationCase("E-BIG", ref, "cp", "Child " + (char) ('A' + c - 1), d(2010, 1, c),
                    Grade.GOOD, ChildVoice.EVIDENCED, "Strength " + c, "Improvement " + c));
            for (int a = 1; a <= agencies; a++) {
                String code = String.format("A%02d", a);
                Grade self = a % 3 == 0 ? Grade.REQUIRES_IMPROVEMENT : Grade.GOOD;
                Grade panel = a % 4 == 0 ? Grade.INADEQUATE : null;
                grades.add(new AgencyGrade("E-BIG", ref, code, "Agency number " + a, "police", null, self, panel,
                        panel == null ? null : "Panel rationale for agency " + a + " on case " + ref + ".",
                        d(2018, 11, 5), d(2018, 11, 28), null, null, 2));
            }
        }
        return new EvaluationData(e, sample, grades, List.of(), List.of());
    }

    public static qaf.document.BlockDocument compose(EvaluationData data) {
        return new EvaluationOverviewComposer().compose(PARTNERSHIP, EvaluationFindings.of(data, ENGLAND, AS_AT),
                AGENCIES);
    }
}
