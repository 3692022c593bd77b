package qaf.qaprogramme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.analysis.evaluation.IssuedDates;
import qaf.analysis.programme.EvaluationDates;
import qaf.analysis.programme.ProgrammeEntry;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;
import qaf.document.BlockDocument;
import qaf.terms.Terms;

/**
 * A hand-made 2018-19 programme (for the composer's test and the contract test), worked out by hand:
 * <pre>
 * E-MAY  full, starts Mon 7 May 2018 (a bank holiday), panel 6 June; every date issued
 * E-NOV  full, starts 5 Nov 2018, panel 28 Nov; nothing issued: chronologies 19/11, evaluations 21/11
 *        (health 22/11), overview 29/11, independent overview 03/12 to 14/12, briefings 17/12
 * E-OCT  condensed, starts 1 Oct 2018, panel 11 Oct: submissions 08/10, overview 12/10, no independent
 *        overview or briefings
 * programme: s11 2018 (3 Apr to 30 Sep, awkward notes), single-agency-audit 2018-19 (1 Jul to 31 Oct),
 *        annual-review 2018-19 (1 to 28 Feb 2019); no school audit
 * </pre>
 * By date: s11 03/04, E-MAY 07/05, single agency 01/07, E-OCT 01/10, E-NOV 05/11, annual review 01/02.
 * Terms: the partnership's own words for the board and the audit subgroup (Working Together 2023).
 */
public final class ProgrammeFixtures {
    public static final String PARTNERSHIP = "Kestrel Vale Safeguarding Children Partnership";
    public static final ReportingYear YEAR = new ReportingYear(2018, 4);
    public static final Terms TERMS = new Terms(Map.of("board", PARTNERSHIP, "audit-subgroup",
            "Quality and Performance Group"));
    static final WorkingDays ENGLAND = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

    private ProgrammeFixtures() {
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    public static List<EvaluationDates> evaluations() {
        IssuedDates may = new IssuedDates(d(2018, 5, 7), d(2018, 5, 21), d(2018, 5, 23), d(2018, 5, 24),
                d(2018, 6, 8), d(2018, 6, 22), d(2018, 6, 25));
        return List.of(
                new Evaluation("E-NOV", Timetable.Kind.FULL, "Child sexual abuse within a familial context",
                        d(2018, 11, 5), d(2018, 11, 28), "Chair"),
                new Evaluation("E-MAY", Timetable.Kind.FULL, "Gangs & \"county lines\" <exploitation>", d(2018, 5, 7),
                        d(2018, 6, 6), "Chair", may),
                new Evaluation("E-OCT", Timetable.Kind.CONDENSED, "Children missing education", d(2018, 10, 1),
                        d(2018, 10, 11), null))
                .stream().map(e -> EvaluationDates.of(EvaluationTimetable.of(e, ENGLAND), ENGLAND)).toList();
    }

    public static List<ProgrammeEntry> programme() {
        return List.of(
                new ProgrammeEntry("annual-review", "2018-19", d(2019, 2, 1), d(2019, 2, 28), null),
                new ProgrammeEntry("s11", "2018", d(2018, 4, 3), d(2018, 9, 30), "Online tool <&> ${evidence}"),
                new ProgrammeEntry("single-agency-audit", "2018-19", d(2018, 7, 1), d(2018, 10, 31), " "));
    }

    public static BlockDocument document() {
        return new QaProgrammeComposer().compose(PARTNERSHIP, TERMS, YEAR, evaluations(), programme());
    }
}
