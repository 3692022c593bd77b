package qaf.analysis.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.Mean;
import qaf.analysis.audit.Ratio;
import qaf.analysis.training.TrainingYear.AgencyReach;
import qaf.analysis.training.TrainingYear.ConfidenceChange;
import qaf.analysis.training.TrainingYear.EventLine;
import qaf.analysis.training.TrainingYear.Tally;
import qaf.annualtraining.TrainingFixtures;
import org.junit.jupiter.api.Test;

/** Every figure of the hand-made year in TrainingFixtures, worked out by hand. */
class TrainingAnalysisTest {
    private final TrainingYear t = TrainingFixtures.year();

    @Test
    void countsOnlyTheEventsHeldInTheYear() {
        assertEquals(List.of("E1", "E2", "E3"), t.events().stream().map(LearningEvent::ref).toList());
    }

    @Test
    void eventsByKindListEveryKnownKind() {
        assertEquals(List.of(new Tally("briefing-session", 0), new Tally("course", 2), new Tally("conference", 0),
                new Tally("webinar", 1)), t.byKind());
    }

    @Test
    void themesFoldCaseAndSpaceAndSortMostFirst() {
        // "Neglect" and " neglect " are one theme, shown as first met.
        assertEquals(List.of(new Tally("Neglect", 2), new Tally("Planning", 1)), t.byTheme());
    }

    @Test
    void attendanceCountsDistinctEventsAndAttendeesAndIgnoresZeroRows() {
        // A: E1 3 + E2 1 = 4 in 2 events; B: E1 2 (its E3 row is 0); C only attended last year's E0.
        assertEquals(List.of("A", "B"), t.attendance().stream().map(r -> r.agency().code()).toList());
        AgencyReach a = t.attendance().get(0);
        assertEquals(2, a.events());
        assertEquals(4, a.attendees());
        assertEquals(1, t.attendance().get(1).events());
        assertEquals(2, t.attendance().get(1).attendees());
        assertEquals(6, t.attendees());
        assertEquals(new Ratio(2, 4), t.reach());
    }

    @Test
    void absentAgenciesAreThoseNotReachedByName() {
        assertEquals(List.of("Delta Service", "Gamma Service"), t.absent().stream().map(Agency::name).toList());
    }

    @Test
    void ratingsOfTheYearsRespondents() {
        // Ratings 5, 3, 4, 1 (E0's 2 is last year's): one each of 1, 3, 4, 5; mean 13 / 4.
        assertEquals(List.of(1, 0, 1, 1, 1), t.ratings().counts());
        assertEquals(new Mean(13, 4), t.ratings().mean());
        assertEquals(4, t.ratings().responses());
    }

    @Test
    void confidenceUsesOnlyRespondentsScoringBoth() {
        // Pairs: R1 2→4 (rose), R2 3→3 (same), R3 4→1 (fell); R4 gave no before score.
        ConfidenceChange c = t.confidence();
        assertEquals(4, c.respondents());
        assertEquals(3, c.pairs());
        assertEquals(new Mean(9, 3), c.before());
        assertEquals(new Mean(8, 3), c.after());
        assertEquals(1, c.rose());
        assertEquals(1, c.same());
        assertEquals(1, c.fell());
        assertEquals(new Ratio(1, 3), c.roseShare());
        assertEquals(List.of(0, 1, 1, 1, 0), c.beforeCounts());
        assertEquals(List.of(1, 0, 1, 1, 0), c.afterCounts());
    }

    @Test
    void perEventLines() {
        EventLine e1 = t.perEvent().get(0);
        assertEquals(5, e1.attendees());
        assertEquals(new Mean(8, 2), e1.rating().mean());
        assertEquals(new Mean(5, 2), e1.confidence().before());
        assertEquals(new Mean(7, 2), e1.confidence().after());
        EventLine e2 = t.perEvent().get(1);
        assertEquals(1, e2.attendees());
        assertEquals(new Mean(5, 2), e2.rating().mean());
        assertEquals(1, e2.confidence().pairs());
        EventLine e3 = t.perEvent().get(2);
        assertEquals(0, e3.attendees());
        assertTrue(e3.rating().mean().isEmpty());
        assertEquals(0, e3.confidence().pairs());
    }

    @Test
    void needsMatchBySourceRefOrEvaluationTheme() {
        // MACE-1: E1 by theme, E2 by source (and theme). MACE-2: E3 by theme ("Planning " folds).
        // RR-1: E3 by source. R-2: a review is never matched by theme, so nothing.
        assertEquals(List.of(List.of("E1", "E2"), List.of("E3"), List.of("E3"), List.of()),
                t.needs().stream().map(TrainingYear.NeedCoverage::eventRefs).toList());
        assertEquals(new Ratio(3, 4), t.needsAddressed());
    }

    @Test
    void anEventWithNoThemeOrSourceAddressesNothing() {
        LearningEvent bare = new LearningEvent("X", "course", "Bare", "", LocalDate.of(2018, 6, 1), "");
        LearningNeed need = new LearningNeed("MACE-9", LearningNeed.Source.EVALUATION, "",
                LocalDate.of(2018, 6, 1));
        assertFalse(TrainingAnalysis.addresses(bare, need));
    }

    @Test
    void anEmptyYearHasEmptyMeansNotZeros() {
        TrainingYear empty = TrainingAnalysis.analyse(TrainingFixtures.YEAR, List.of(), List.of(), List.of(),
                TrainingFixtures.AGENCIES, List.of());
        assertTrue(empty.ratings().mean().isEmpty());
        assertTrue(empty.confidence().before().isEmpty());
        assertEquals(new Ratio(0, 4), empty.reach());
        assertEquals(4, empty.absent().size());
        assertTrue(empty.needsAddressed().isUndefined());
    }
}
