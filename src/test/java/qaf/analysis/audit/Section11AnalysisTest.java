package qaf.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import qaf.analysis.audit.Section11Overview.AgencyChange;
import qaf.analysis.audit.Section11Overview.AgencyProfile;
import qaf.analysis.audit.Section11Overview.ProfileCell;
import qaf.analysis.audit.Section11Overview.ReturnLine;
import qaf.analysis.audit.Section11Overview.StandardChange;
import qaf.analysis.audit.Section11Overview.StandardSummary;
import qaf.calendar.BankHolidays;
import qaf.calendar.ClockResult.Status;
import qaf.calendar.Nation;
import qaf.calendar.WorkingDays;

/**
 * Section 11 figures over a hand-made cycle whose answers are worked out in the comments.
 *
 * <p>Cycle 2018, all due 2018-09-30, analysed as of 2018-11-01:
 * <pre>
 * A1 submitted 2018-09-30 (on the due day), moderation panel
 *    std: 1    2    3    4  5  6  7  8
 *    self 3    2    1    2  2  3  1  -
 *    mod  2    2    2    -  -  -  -  -
 * A2 submitted 2018-10-03 (3 days late)
 *    self 3    3    -    0  1  2  3  -
 *    mod  1    -    -    0  -  -  -  -
 * A3 submitted 2018-09-01, moderation panel, NO scores
 * A4 not submitted (overdue: 30 Sep → 1 Nov = 32 calendar days)
 * </pre>
 * Standard 8 is scored by nobody.
 */
class Section11AnalysisTest {
    private static final LocalDate DUE = LocalDate.of(2018, 9, 30);
    private static final LocalDate AS_OF = LocalDate.of(2018, 11, 1);
    private final WorkingDays wd = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));

    private static final List<Agency> AGENCIES = List.of(
            new Agency("A1", "Alpha Police", "police", null),
            new Agency("A2", "Beta Health", "health", null),
            new Agency("A3", "Gamma Homes", "housing", null),
            new Agency("A4", "Delta Service", "other", null),
            new Agency("A5", "Epsilon Trust", "voluntary", null),
            new Agency("ED", "Schools lead", "education", null));

    private static Section11Return ret(String cycle, String agency, LocalDate submitted, boolean moderation) {
        return new Section11Return(cycle, agency, DUE.minusMonths(6), DUE, submitted, moderation);
    }

    /** Scores in standard order; null = not scored. Each pair is {self, moderated}. */
    private static List<Section11Score> scores(String cycle, String agency, Integer[][] pairs) {
        List<Section11Score> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            if (pairs[i] != null) {
                out.add(new Section11Score(cycle, agency, i + 1, pairs[i][0], pairs[i][1], null, null, null));
            }
        }
        return out;
    }

    private static Integer[] p(Integer self, Integer moderated) {
        return new Integer[] {self, moderated};
    }

    private static Section11Cycle cycle2018() {
        List<Section11Score> s = new ArrayList<>();
        s.addAll(scores("2018", "A1", new Integer[][] {
            p(3, 2), p(2, 2), p(1, 2), p(2, null), p(2, null), p(3, null), p(1, null), null}));
        s.addAll(scores("2018", "A2", new Integer[][] {
            p(3, 1), p(3, null), null, p(0, 0), p(1, null), p(2, null), p(3, null), null}));
        return new Section11Cycle("2018", AGENCIES, List.of(
                ret("2018", "A4", null, false),
                ret("2018", "A2", LocalDate.of(2018, 10, 3), false),
                ret("2018", "A1", DUE, true),
                ret("2018", "A3", LocalDate.of(2018, 9, 1), true)), s);
    }

    /**
     * 2016: A1 std1 2, std2 2; A2 std1 1; A5 std1 3. No moderation.
     */
    private static Section11Cycle cycle2016() {
        List<Section11Score> s = new ArrayList<>();
        s.addAll(scores("2016", "A1", new Integer[][] {p(2, null), p(2, null)}));
        s.addAll(scores("2016", "A2", new Integer[][] {p(1, null)}));
        s.addAll(scores("2016", "A5", new Integer[][] {p(3, null)}));
        return new Section11Cycle("2016", AGENCIES, List.of(
                ret("2016", "A1", DUE, false), ret("2016", "A2", DUE, false), ret("2016", "A5", DUE, false)), s);
    }

    @Test
    void ratesCountSubmittedAndOnTimeAgainstEveryAgencyAsked() {
        Section11Overview o = Section11Analysis.analyse(cycle2018(), AS_OF, wd);
        // Submitted: A1, A2, A3 = 3 of 4 asked. On time: A1 (on the due day) and A3 = 2 of 4.
        assertEquals(new Ratio(3, 4), o.returnRate());
        assertEquals(new Ratio(2, 4), o.onTimeRate());
        List<ReturnLine> lines = o.returns();
        assertEquals(List.of("A1", "A2", "A3", "A4"), lines.stream().map(l -> l.agency().code()).toList());
        assertEquals(List.of(Status.ON_TIME, Status.LATE, Status.ON_TIME, Status.OVERDUE),
                lines.stream().map(l -> l.clock().status()).toList());
        // A2: 30 Sep → 3 Oct = 3 days late; A4: 30 Sep → 1 Nov = 32 days overdue.
        assertEquals(List.of(0, 3, 0, 32), lines.stream().map(l -> l.clock().daysLate()).toList());
        // Standards scored: A1 seven (no 8), A2 six (no 3, no 8), A3 and A4 none.
        assertEquals(List.of(7, 6, 0, 0), lines.stream().map(ReturnLine::standardsScored).toList());
        assertEquals(List.of(true, true, true, false), lines.stream().map(ReturnLine::submitted).toList());
    }

    @Test
    void aMissingReturnBeforeItsDueDateIsNotYetDue() {
        Section11Overview o = Section11Analysis.analyse(cycle2018(), DUE, wd);
        assertEquals(Status.NOT_YET_DUE, o.returns().get(3).clock().status());
        // A2's late submission is late whatever the as-of date.
        assertEquals(Status.LATE, o.returns().get(1).clock().status());
    }

    @Test
    void perStandardDistributionsAndShift() {
        List<StandardSummary> s = Section11Analysis.analyse(cycle2018(), AS_OF, wd).standards();
        assertEquals(8, s.size());
        assertEquals("Leadership and accountability", s.get(0).name());
        assertEquals("Equality of opportunity", s.get(7).name());
        // std1: self {3,3}; moderated {2,1}; shifts -1 (A1) and -2 (A2): 2 lowered, mean -3/2.
        assertEquals(new ScoreCounts(0, 0, 0, 2), s.get(0).self());
        assertEquals(new ScoreCounts(0, 1, 1, 0), s.get(0).moderated());
        assertEquals(new Section11Overview.Shift(2, 0, 0, new Mean(-3, 2)), s.get(0).shift());
        // std2: self {2,3}; moderated {2}; A1 2→2 unchanged.
        assertEquals(new ScoreCounts(0, 0, 1, 1), s.get(1).self());
        assertEquals(new ScoreCounts(0, 0, 1, 0), s.get(1).moderated());
        assertEquals(new Section11Overview.Shift(0, 0, 1, new Mean(0, 1)), s.get(1).shift());
        // std3: self {1}; moderated {2}; A1 1→2 raised by 1.
        assertEquals(new ScoreCounts(0, 1, 0, 0), s.get(2).self());
        assertEquals(new Section11Overview.Shift(0, 1, 0, new Mean(1, 1)), s.get(2).shift());
        // std4: self {2,0}; moderated {0} (A2 0→0).
        assertEquals(new ScoreCounts(1, 0, 1, 0), s.get(3).self());
        assertEquals(new ScoreCounts(1, 0, 0, 0), s.get(3).moderated());
        // std5: self {2,1}; nothing moderated, so the shift is empty.
        assertEquals(new ScoreCounts(0, 1, 1, 0), s.get(4).self());
        assertTrue(s.get(4).moderated().isEmpty());
        assertEquals(new Section11Overview.Shift(0, 0, 0, Mean.EMPTY), s.get(4).shift());
        // std6 {3,2}, std7 {1,3}.
        assertEquals(new ScoreCounts(0, 0, 1, 1), s.get(5).self());
        assertEquals(new ScoreCounts(0, 1, 0, 1), s.get(6).self());
        // std8: nobody.
        assertTrue(s.get(7).scoredByNobody());
        assertFalse(s.get(6).scoredByNobody());
        assertEquals(ScoreCounts.EMPTY, s.get(7).self());
    }

    @Test
    void agencyProfilesShowMissingAsMissing() {
        List<AgencyProfile> p = Section11Analysis.analyse(cycle2018(), AS_OF, wd).profiles();
        assertEquals(List.of("A1", "A2", "A3", "A4"), p.stream().map(x -> x.agency().code()).toList());
        AgencyProfile a1 = p.get(0);
        assertEquals(new ProfileCell(1, 3, 2), a1.cells().get(0));
        assertEquals(new ProfileCell(4, 2, null), a1.cells().get(3));
        assertEquals(new ProfileCell(8, null, null), a1.cells().get(7));
        // A1 self 3+2+1+2+2+3+1 = 14 over 7; moderated 2+2+2 = 6 over 3.
        assertEquals(new Mean(14, 7), a1.selfMean());
        assertEquals(new Mean(6, 3), a1.moderatedMean());
        AgencyProfile a2 = p.get(1);
        assertEquals(new ProfileCell(3, null, null), a2.cells().get(2));
        // A2 self 3+3+0+1+2+3 = 12 over 6; moderated 1+0 = 1 over 2.
        assertEquals(new Mean(12, 6), a2.selfMean());
        assertEquals(new Mean(1, 2), a2.moderatedMean());
        AgencyProfile a3 = p.get(2);
        assertTrue(a3.submitted());
        assertTrue(a3.hasNoScores());
        assertEquals(8, a3.cells().size());
        assertFalse(p.get(3).submitted());
        assertFalse(a1.hasNoScores());
    }

    @Test
    void largestDropsSumTheFallsAndIgnoreRises() {
        Section11Overview o = Section11Analysis.analyse(cycle2018(), AS_OF, wd);
        // A2: std1 3→1 = 2. A1: std1 3→2 = 1 (std3's rise 1→2 does not offset it).
        assertEquals(List.of(
                new Section11Overview.AgencyDrop(AGENCIES.get(1), 2, 1),
                new Section11Overview.AgencyDrop(AGENCIES.get(0), 1, 1)), o.largestDrops());
    }

    @Test
    void equalDropsAreOrderedByAgencyCode() {
        // A5 and A1 each lose one point on standard 1; A2 is only raised, so it is not listed.
        List<Section11Score> s = new ArrayList<>();
        s.addAll(scores("2020", "A5", new Integer[][] {p(2, 1)}));
        s.addAll(scores("2020", "A1", new Integer[][] {p(3, 2)}));
        s.addAll(scores("2020", "A2", new Integer[][] {p(1, 3)}));
        Section11Cycle c = new Section11Cycle("2020", AGENCIES, List.of(ret("2020", "A5", DUE, true),
                ret("2020", "A1", DUE, true), ret("2020", "A2", DUE, false)), s);
        List<String> order = Section11Analysis.analyse(c, AS_OF, wd).largestDrops().stream()
                .map(d -> d.agency().code()).toList();
        assertEquals(List.of("A1", "A5"), order);
    }

    @Test
    void moderationPanelAndDataNotes() {
        Section11Overview o = Section11Analysis.analyse(cycle2018(), AS_OF, wd);
        assertEquals(List.of(AGENCIES.get(0), AGENCIES.get(2)), o.moderationPanel());
        assertEquals(List.of(
                "Alpha Police (A1) did not score standard 8.",
                "Beta Health (A2) did not score standards 3 and 8.",
                "Gamma Homes (A3) submitted a return with no scores.",
                "Standard 8 (Equality of opportunity) was scored by nobody in cycle 2018."), o.dataNotes());
        assertTrue(o.comparison().isEmpty());
    }

    @Test
    void comparisonWithThePreviousCycleUsesMeanSelfScores() {
        Section11Overview o = Section11Analysis.analyse(cycle2018(), Optional.of(cycle2016()), AS_OF, wd);
        Section11Overview.CycleComparison c = o.comparison().orElseThrow();
        assertEquals("2016", c.previousCycle());
        List<StandardChange> s = c.standards();
        // std1 then {2 (A1), 1 (A2), 3 (A5)} = 6/3; now {3, 3} = 6/2.
        assertEquals(new StandardChange(1, "Leadership and accountability", new Mean(6, 3), new Mean(6, 2)),
                s.get(0));
        // std2 then {2} = 2/1; now {2, 3} = 5/2.
        assertEquals(new Mean(2, 1), s.get(1).selfThen());
        assertEquals(new Mean(5, 2), s.get(1).selfNow());
        // std3 then nobody; now {1}.
        assertEquals(Mean.EMPTY, s.get(2).selfThen());
        assertEquals(new Mean(1, 1), s.get(2).selfNow());
        assertEquals(8, s.size());
        // Agencies in either cycle: A1..A5. A1 then 2+2 = 4/2, now 14/7; A5 only then.
        List<AgencyChange> a = c.agencies();
        assertEquals(List.of("A1", "A2", "A3", "A4", "A5"), a.stream().map(x -> x.agency().code()).toList());
        assertEquals(new AgencyChange(AGENCIES.get(0), new Mean(4, 2), new Mean(14, 7)), a.get(0));
        assertEquals(new AgencyChange(AGENCIES.get(1), new Mean(1, 1), new Mean(12, 6)), a.get(1));
        assertEquals(new AgencyChange(AGENCIES.get(4), new Mean(3, 1), Mean.EMPTY), a.get(4));
        assertTrue(a.get(0).comparable());
        assertFalse(a.get(2).comparable());
        assertFalse(a.get(4).comparable());
    }

    @Test
    void aCycleWithOneReturnSaysSoAndKeepsEveryStandard() {
        // One return, one self score (std1 = 2), nothing moderated; standards 2–8 scored by nobody.
        Section11Cycle c = new Section11Cycle("2020", AGENCIES, List.of(ret("2020", "A1", DUE, false)),
                scores("2020", "A1", new Integer[][] {p(2, null)}));
        Section11Overview o = Section11Analysis.analyse(c, AS_OF, wd);
        assertEquals(new Ratio(1, 1), o.returnRate());
        assertEquals(new ScoreCounts(0, 0, 1, 0), o.standards().get(0).self());
        List<String> expected = new ArrayList<>();
        expected.add("Only one return has been submitted in cycle 2020: the distributions describe a single agency.");
        expected.add("Alpha Police (A1) did not score standards 2, 3, 4, 5, 6, 7 and 8.");
        for (int n = 2; n <= 8; n++) {
            expected.add("Standard " + n + " (" + AuditLabels.standardName(n)
                    + ") was scored by nobody in cycle 2020.");
        }
        expected.add("No score was moderated in cycle 2020.");
        assertEquals(expected, o.dataNotes());
        assertTrue(o.largestDrops().isEmpty());
    }

    @Test
    void anEmptyCycleIsUndefinedNotZero() {
        Section11Overview o = Section11Analysis.analyse(new Section11Cycle("2022", AGENCIES, List.of(), List.of()),
                AS_OF, wd);
        assertTrue(o.returnRate().isUndefined());
        assertEquals(8, o.standards().size());
        assertTrue(o.standards().stream().allMatch(StandardSummary::scoredByNobody));
        assertEquals("No agency was asked for a return in cycle 2022.", o.dataNotes().get(0));
        assertEquals(9, o.dataNotes().size());
    }

    @Test
    void scoresWithoutAReturnRowAreRejectedAtConstruction() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Section11Cycle("2018",
                AGENCIES, List.of(), scores("2018", "A1", new Integer[][] {p(1, null)})));
        assertEquals("scores for A1 in cycle 2018 have no return row", e.getMessage());
    }
}
