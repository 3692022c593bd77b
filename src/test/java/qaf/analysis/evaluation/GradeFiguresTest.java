package qaf.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static qaf.analysis.evaluation.Fixtures.grade;
import static qaf.analysis.evaluation.Grade.GOOD;
import static qaf.analysis.evaluation.Grade.INADEQUATE;
import static qaf.analysis.evaluation.Grade.OUTSTANDING;
import static qaf.analysis.evaluation.Grade.REQUIRES_IMPROVEMENT;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Eight gradings of one evaluation, worked by hand:
 * <pre>
 *  case agency  self                  panel                 final                 shift
 *  C1   A       good                  (blank)               good                   0
 *  C1   B       outstanding           requires-improvement  requires-improvement  -2
 *  C1   C       requires-improvement  good                  good                  +1
 *  C2   A       requires-improvement  inadequate            inadequate            -1
 *  C2   B       good                  good (same as self)   good                   0
 *  C2   D       inadequate            good                  good                  +2
 *  C3   C       good                  requires-improvement  requires-improvement  -1
 *  C3   D       good                  (blank)               good                   0
 * </pre>
 * Self: outstanding 1, good 4 (C1A, C2B, C3C, C3D), RI 2 (C1C, C2A), inadequate 1; good or better 5 of 8.
 * Final: outstanding 0, good 5 (C1A, C1C, C2B, C2D, C3D), RI 2 (C1B, C3C), inadequate 1 (C2A); 5 of 8.
 * Regrading: unchanged 3; up 2 (+1, +2: 3 steps); down 3 (-2, -1, -1: 4 steps).
 */
class GradeFiguresTest {
    // Deliberately not in agency or case order: the figures must not depend on input order.
    private static final List<AgencyGrade> GRADES = List.of(
            grade("E1", "C3", "D", GOOD, null),
            grade("E1", "C1", "C", REQUIRES_IMPROVEMENT, GOOD),
            grade("E1", "C2", "B", GOOD, GOOD),
            grade("E1", "C1", "A", GOOD, null),
            grade("E1", "C2", "D", INADEQUATE, GOOD),
            grade("E1", "C1", "B", OUTSTANDING, REQUIRES_IMPROVEMENT),
            grade("E1", "C3", "C", GOOD, REQUIRES_IMPROVEMENT),
            grade("E1", "C2", "A", REQUIRES_IMPROVEMENT, INADEQUATE));

    private static GradeDistribution.GradeCount count(Grade grade, int n) {
        return new GradeDistribution.GradeCount(grade, n);
    }

    @Test
    void finalGradeIsThePanelGradeOrTheSelfGradeWhenBlank() {
        AgencyGrade blank = grade("E1", "C1", "A", GOOD, null);
        assertEquals(GOOD, blank.finalGrade());
        assertFalse(blank.regraded());
        AgencyGrade same = grade("E1", "C2", "B", GOOD, GOOD);
        assertFalse(same.regraded());
        assertEquals(0, same.stepsUp());
        AgencyGrade down = grade("E1", "C1", "B", OUTSTANDING, REQUIRES_IMPROVEMENT);
        assertEquals(REQUIRES_IMPROVEMENT, down.finalGrade());
        assertTrue(down.regraded());
        assertEquals(-2, down.stepsUp());
    }

    @Test
    void distributionsCountEveryGradeInOrderWithZeros() {
        GradeSummary s = GradeSummary.of(GRADES);
        assertEquals(List.of(count(OUTSTANDING, 1), count(GOOD, 4),
                count(REQUIRES_IMPROVEMENT, 2),
                count(INADEQUATE, 1)), s.self().counts());
        assertEquals(List.of(count(OUTSTANDING, 0), count(GOOD, 5),
                count(REQUIRES_IMPROVEMENT, 2),
                count(INADEQUATE, 1)), s.finals().counts());
        assertEquals(8, s.graded());
        assertEquals(new Share(5, 8), s.selfGoodOrBetter());
        assertEquals(new Share(5, 8), s.finalGoodOrBetter());
        assertEquals(63, s.finalGoodOrBetter().percent()); // 62.5 rounds up
        assertEquals(0, s.missingRationales());
    }

    @Test
    void regradingCountsDirectionsAndSteps() {
        Regrading r = GradeSummary.of(GRADES).regrading();
        assertEquals(3, r.unchanged());
        assertEquals(2, r.up());
        assertEquals(3, r.down());
        assertEquals(3, r.stepsUp());
        assertEquals(4, r.stepsDown());
        assertEquals(List.of(new Regrading.ShiftCount(-3, 0), new Regrading.ShiftCount(-2, 1),
                new Regrading.ShiftCount(-1, 2), new Regrading.ShiftCount(0, 3), new Regrading.ShiftCount(1, 1),
                new Regrading.ShiftCount(2, 1), new Regrading.ShiftCount(3, 0)), r.byShift());
        assertEquals(new Share(5, 8), r.regraded());
    }

    @Test
    void perAgencyFiguresInAgencyCodeOrder() {
        // A: self good, RI -> final good, inadequate: 1 of 2 good or better; 1 unchanged, 1 down.
        // B: self outstanding, good -> final RI, good: 1 of 2; 1 down (2 steps), 1 unchanged.
        // C: self RI, good -> final good, RI: 1 of 2; 1 up, 1 down.
        // D: self inadequate, good -> final good, good: 2 of 2; self 1 of 2; 1 up (2 steps).
        List<GradeGroup> groups = GradeAnalysis.byAgency(GRADES);
        assertEquals(List.of("A", "B", "C", "D"), groups.stream().map(GradeGroup::key).toList());
        assertEquals("Agency D", groups.get(3).label());
        assertEquals(List.of(new Share(1, 2), new Share(1, 2), new Share(1, 2), new Share(2, 2)),
                groups.stream().map(g -> g.summary().finalGoodOrBetter()).toList());
        assertEquals(new Share(1, 2), groups.get(3).summary().selfGoodOrBetter());
        assertEquals(List.of(0, 0, 1, 1), groups.stream().map(g -> g.summary().regrading().up()).toList());
        assertEquals(List.of(1, 1, 1, 0), groups.stream().map(g -> g.summary().regrading().down()).toList());
        assertEquals(2, groups.get(1).summary().regrading().stepsDown());
        assertEquals(2, groups.get(3).summary().regrading().stepsUp());
    }

    @Test
    void overAndUnderRatersRankedByCasesThenStepsThenCode() {
        // Over-rated (panel moved down): A 1 case 1 step, B 1 case 2 steps, C 1 case 1 step.
        // Equal cases, so B (2 steps) first; A and C tie and go by code: B, A, C.
        assertEquals(List.of(new RatingBias("B", "Agency B", 2, 1, 2), new RatingBias("A", "Agency A", 2, 1, 1),
                new RatingBias("C", "Agency C", 2, 1, 1)), GradeAnalysis.overRaters(GRADES));
        // Under-rated (panel moved up): C 1 case 1 step, D 1 case 2 steps: D, C.
        assertEquals(List.of(new RatingBias("D", "Agency D", 2, 1, 2), new RatingBias("C", "Agency C", 2, 1, 1)),
                GradeAnalysis.underRaters(GRADES));
    }

    @Test
    void anAgencyBesideTheRest() {
        // B: finals RI, good -> 1 of 2; regraded C1 only -> 1 of 2.
        // Others (A, C, D): finals good, inadequate, good, RI, good, good -> 4 of 6;
        // regraded A/C2, C/C1, C/C3, D/C2 -> 4 of 6.
        assertEquals(new AgencyPosition("B", new Share(1, 2), new Share(4, 6), new Share(1, 2), new Share(4, 6)),
                GradeAnalysis.position(GRADES, "B"));
        assertEquals(new AgencyPosition("Z", new Share(0, 0), new Share(5, 8), new Share(0, 0), new Share(5, 8)),
                GradeAnalysis.position(GRADES, "Z"));
    }

    @Test
    void moreCasesOutrankMoreSteps() {
        // X over-rated twice by one step (2 cases, 2 steps); Y once by three steps (1 case, 3 steps).
        List<AgencyGrade> grades = List.of(
                grade("E1", "C1", "Y", OUTSTANDING, INADEQUATE),
                grade("E1", "C1", "X", GOOD, REQUIRES_IMPROVEMENT),
                grade("E1", "C2", "X", OUTSTANDING, GOOD));
        assertEquals(List.of("X", "Y"), GradeAnalysis.overRaters(grades).stream().map(RatingBias::agencyCode).toList());
        assertEquals(new Share(2, 2), GradeAnalysis.overRaters(grades).get(0).share());
        assertEquals(List.of(), GradeAnalysis.underRaters(grades));
    }

    @Test
    void noGradesGiveZeroCountsAndEmptyShares() {
        GradeSummary s = GradeSummary.of(List.of());
        assertEquals(0, s.graded());
        assertEquals(4, s.finals().counts().size());
        assertTrue(s.finalGoodOrBetter().isEmpty());
        assertTrue(s.regrading().regraded().isEmpty());
        assertEquals(List.of(), GradeAnalysis.byAgency(List.of()));
    }

    @Test
    void aRegradeWithoutRationaleIsCountedNotInvented() {
        AgencyGrade bare = new AgencyGrade("E1", "C1", "A", "Agency A", "police", null, GOOD, INADEQUATE, "  ", null,
                null, null, null, 1);
        assertTrue(bare.rationaleMissing());
        assertEquals("  ", bare.rationale());
        assertFalse(grade("E1", "C1", "A", GOOD, null).rationaleMissing());
        assertNull(grade("E1", "C1", "A", GOOD, GOOD).rationale());
        assertEquals(1, GradeSummary.of(List.of(bare, grade("E1", "C2", "A", GOOD, null))).missingRationales());
    }
}
