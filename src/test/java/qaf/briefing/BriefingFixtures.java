package qaf.briefing;

import qaf.analysis.briefing.BriefingSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Grade;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;

/** Hand-made briefings for the composer, renderer and contract tests. */
final class BriefingFixtures {
    static final String PARTNERSHIP = "Kestrel Vale Safeguarding Children Partnership";
    static final String LONG_ENDING = "and these are the very last words of the longest section";
    static final List<BriefingSource.ChildName> CHILDREN = List.of(
            new BriefingSource.ChildName("Zoë", "Wiśniewska"), new BriefingSource.ChildName("Ruairí", "Ó Súilleabháin"));

    private BriefingFixtures() {
    }

    static List<BriefingSource.Section> sevenSections() {
        return List.of(
                new BriefingSource.Section(1, "Background", "Why we looked at neglect & missed appointments."),
                new BriefingSource.Section(2, "Key messages", "Missed appointments are a sign.\nAsk why."),
                new BriefingSource.Section(3, "Why it matters", "Children cannot take themselves to the doctor."),
                new BriefingSource.Section(4, "What to do", "Record \"was not brought\".\nTell the GP."),
                new BriefingSource.Section(5, "Questions", "Who brings the child? <&> ${who}?"),
                new BriefingSource.Section(6, "Contacts", "MASH: 01632 960192."),
                new BriefingSource.Section(7, "Resources", "Working Together to Safeguard Children (2018)."));
    }

    /**
     * Evaluation E1 with three cases and two agencies: final grades good or better 4 of 6; the
     * statement "Plans drifted." recorded in all three cases (once twice in one case), "Late
     * referral on 03/04/2018." in three, "Only once." in one.
     */
    static EvaluationFindings findings() {
        Evaluation e = new Evaluation("E1", Timetable.Kind.CONDENSED, "Neglect and missed health appointments",
                LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 11), null);
        List<EvaluationCase> cases = List.of(
                evaluationCase("C1", "Plans drifted."), evaluationCase("C2", null), evaluationCase("C3", "plans  drifted."));
        List<AgencyGrade> grades = new ArrayList<>();
        grades.add(grade("C1", "KVP", Grade.GOOD, null, "Plans drifted."));
        grades.add(grade("C1", "CSC", Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, "Late referral on 03/04/2018."));
        grades.add(grade("C2", "KVP", Grade.OUTSTANDING, null, "Plans drifted."));
        grades.add(grade("C2", "CSC", Grade.INADEQUATE, null, "Late referral on 03/04/2018."));
        grades.add(grade("C3", "CSC", Grade.REQUIRES_IMPROVEMENT, Grade.GOOD, "Late referral on 03/04/2018.\n"));
        grades.add(grade("C3", "KVP", Grade.GOOD, null, "Only once."));
        return EvaluationFindings.of(new EvaluationData(e, cases, grades, List.of(), List.of()),
                new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES)), LocalDate.of(2019, 3, 31));
    }

    private static EvaluationCase evaluationCase(String caseRef, String improvements) {
        return new EvaluationCase("E1", caseRef, "cp", "CH-" + caseRef, "Child " + caseRef, LocalDate.of(2010, 5, 6),
                Grade.GOOD, null, null, null, improvements, LocalDate.of(2017, 1, 1), null, null, null);
    }

    private static AgencyGrade grade(String caseRef, String agency, Grade self, Grade panel, String improvements) {
        return new AgencyGrade("E1", caseRef, agency, "Agency " + agency, "police", null, self, panel,
                panel == null ? null : "Reason", null, null, null, improvements, 1);
    }

    static BriefingSource evaluationBriefing(List<BriefingSource.Section> sections) {
        return new BriefingSource(PARTNERSHIP, "7MB-T-01", "Was not brought", "evaluation", "E1",
                LocalDate.of(2019, 2, 25), sections, findings(), null, CHILDREN);
    }

    /** A section of exactly {@code words} words ending with {@link #LONG_ENDING}. */
    static String words(int words) {
        String[] ending = LONG_ENDING.split(" ");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words - ending.length; i++) {
            s.append(i == 0 ? "" : " ").append(i % 12 == 11 ? "practice." : "word" + i);
        }
        return s.append(' ').append(LONG_ENDING).toString();
    }

    /** Every section long; section 4 is 3,000 words. */
    static BriefingSource longBriefing() {
        List<BriefingSource.Section> sections = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            String text = n == 4 ? words(3_000) : "Section " + n + " text that runs on. " + words(40 + 5 * n);
            sections.add(new BriefingSource.Section(n, n == 2 ? "A heading long enough to need two lines or more"
                    : "Heading " + n, text));
        }
        return new BriefingSource(PARTNERSHIP, "7MB-T-LONG", "A briefing whose sections are far too long for one page",
                "evaluation", "E1", null, sections, findings(), null, CHILDREN);
    }
}
