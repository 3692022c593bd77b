package qaf.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.analysis.evaluation.Fixtures.d;
import static qaf.analysis.evaluation.Fixtures.data;
import static qaf.analysis.evaluation.Fixtures.grade;
import static qaf.analysis.evaluation.Grade.GOOD;
import static qaf.analysis.evaluation.Grade.INADEQUATE;
import static qaf.analysis.evaluation.Grade.OUTSTANDING;
import static qaf.analysis.evaluation.Grade.REQUIRES_IMPROVEMENT;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.calendar.ReportingYear;
import qaf.calendar.Timetable;

/**
 * Four evaluations (reporting years April to March), given out of order:
 * <pre>
 *  E1 panel 6 Jun 2018  (2018-19) "Neglect"       A: C1 good, C2 RI (final)   B: C1 outstanding
 *  E2 panel 28 Nov 2018 (2018-19) "Exploitation"  A: C1 RI                     B: C1 good -> inadequate
 *  E4 panel 14 Feb 2019 (2018-19) "Neglect"       no grades
 *  E3 panel 15 May 2019 (2019-20) " neglect "     A: C1 good, C2 good
 * </pre>
 */
class TrendsTest {
    private static EvaluationData ev(String ref, String theme, LocalDate panel, List<AgencyGrade> grades) {
        Evaluation e = Fixtures.evaluation(ref, Timetable.Kind.CONDENSED, theme, panel.minusDays(10), panel);
        return data(e, List.of(), grades);
    }

    private static final List<EvaluationData> ALL = List.of(
            ev("E3", " neglect ", d(2019, 5, 15), List.of(grade("E3", "C1", "A", GOOD, null),
                    grade("E3", "C2", "A", GOOD, null))),
            ev("E1", "Neglect", d(2018, 6, 6), List.of(grade("E1", "C1", "A", GOOD, null),
                    grade("E1", "C2", "A", GOOD, REQUIRES_IMPROVEMENT), grade("E1", "C1", "B", OUTSTANDING, null))),
            ev("E4", "Neglect", d(2019, 2, 14), List.of()),
            ev("E2", "Exploitation", d(2018, 11, 28), List.of(grade("E2", "C1", "A", REQUIRES_IMPROVEMENT, null),
                    grade("E2", "C1", "B", GOOD, INADEQUATE))));

    private static final ReportingYear Y1819 = new ReportingYear(2018, 4);
    private static final ReportingYear Y1920 = new ReportingYear(2019, 4);

    @Test
    void agencyTrendSkipsEvaluationsThatDidNotGradeIt() {
        // A: E1 good, RI -> 1 of 2; E2 RI -> 0 of 1; E4 not graded; E3 good, good -> 2 of 2.
        // Years: 2018-19 good, RI, RI -> 1 of 3; 2019-20 2 of 2.
        Trend t = Trends.forAgency(ALL, "A", 4);
        assertEquals(List.of(
                new Trend.Point("E1", "Neglect", d(2018, 6, 6), Y1819, new Share(1, 2)),
                new Trend.Point("E2", "Exploitation", d(2018, 11, 28), Y1819, new Share(0, 1)),
                new Trend.Point("E3", " neglect ", d(2019, 5, 15), Y1920, new Share(2, 2))), t.byEvaluation());
        assertEquals(List.of(new Trend.YearPoint(Y1819, new Share(1, 3)), new Trend.YearPoint(Y1920, new Share(2, 2))),
                t.byYear());
        assertTrue(t.hasTrend());
        Trend none = Trends.forAgency(ALL, "C", 4);
        assertFalse(none.hasTrend());
        assertEquals(List.of(), none.byYear());
    }

    @Test
    void themeTrendMatchesThemesIgnoringCaseAndSpace() {
        // "Neglect": E1 good, RI, outstanding -> 2 of 3; E4 has no grades (skipped); E3 good, good -> 2 of 2.
        Trend t = Trends.forTheme(ALL, " NEGLECT", 4);
        assertEquals("NEGLECT", t.subject());
        assertEquals(List.of("E1", "E3"), t.byEvaluation().stream().map(Trend.Point::evaluationRef).toList());
        assertEquals(List.of(new Share(2, 3), new Share(2, 2)),
                t.byEvaluation().stream().map(Trend.Point::finalGoodOrBetter).toList());
        assertEquals(List.of(new Trend.YearPoint(Y1819, new Share(2, 3)), new Trend.YearPoint(Y1920, new Share(2, 2))),
                t.byYear());
    }

    @Test
    void groupsByEvaluationThemeAndYear() {
        // By panel day: E1, E2, E4, E3 (E4 kept, with nothing graded).
        List<GradeGroup> byEvaluation = GradeAnalysis.byEvaluation(ALL);
        assertEquals(List.of("E1", "E2", "E4", "E3"), byEvaluation.stream().map(GradeGroup::key).toList());
        assertEquals(0, byEvaluation.get(2).summary().graded());
        // Themes: exploitation (A RI, B inadequate: 0 of 2); neglect (E1 + E4 + E3: good, RI,
        // outstanding, good, good: 4 of 5), labelled as E1 wrote it.
        List<GradeGroup> byTheme = GradeAnalysis.byTheme(ALL);
        assertEquals(List.of("exploitation", "neglect"), byTheme.stream().map(GradeGroup::key).toList());
        assertEquals(List.of("Exploitation", "Neglect"), byTheme.stream().map(GradeGroup::label).toList());
        assertEquals(List.of(new Share(0, 2), new Share(4, 5)),
                byTheme.stream().map(g -> g.summary().finalGoodOrBetter()).toList());
        // Years: 2018-19 E1 + E2 + E4 finals good, RI, outstanding, RI, inadequate: 2 of 5; 2019-20 2 of 2.
        List<GradeGroup> byYear = GradeAnalysis.byYear(ALL, 4);
        assertEquals(List.of("2018-19", "2019-20"), byYear.stream().map(GradeGroup::key).toList());
        assertEquals(List.of(new Share(2, 5), new Share(2, 2)),
                byYear.stream().map(g -> g.summary().finalGoodOrBetter()).toList());
        // A January year start puts E4 (Feb 2019) with E3 (May 2019): 2018 has 5 gradings, 2019 has 2.
        assertEquals(List.of(5, 2), GradeAnalysis.byYear(ALL, 1).stream().map(g -> g.summary().graded()).toList());
    }
}
