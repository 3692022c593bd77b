package qaf.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.Optional;
import qaf.analysis.audit.SchoolsOverview.AreaSummary;
import qaf.analysis.audit.SchoolsOverview.ReturnStatus;
import qaf.analysis.audit.SchoolsOverview.SchoolFlag;
import qaf.analysis.audit.SchoolsOverview.SchoolReturn;

/**
 * Schools' audit figures over a hand-made cycle. Schools S1–S5 sit under the schools lead ED.
 * <pre>
 * S1 all green but area 5 red                       submitted 2018-06-12
 * S2 amber in 2, 3, 6; rest green                   submitted 2018-06-01, area 14 on 2018-06-05
 * S3 areas 1–12 only: amber 1, 2; red 4, 9          no submission date
 * S4 nothing
 * S5 amber in 7, 8 (only two ambers: not flagged)   submitted 2018-06-20
 * ED (the schools lead, not a school) area 1 amber  submitted 2018-06-20
 * </pre>
 */
class SchoolAuditAnalysisTest {
    private static final Agency ED = new Agency("ED", "Schools lead", "education", null);
    private static final List<Agency> AGENCIES = List.of(
            new Agency("P", "Police", "police", null), ED,
            school("S1", "First"), school("S2", "Second"), school("S3", "Third"), school("S4", "Fourth"),
            school("S5", "Fifth"));

    private static Agency school(String code, String name) {
        return new Agency(code, name, "education", "ED");
    }

    private static List<SchoolAuditRating> ratings(String agency, LocalDate on, int lastArea, List<Integer> red,
            List<Integer> amber) {
        List<SchoolAuditRating> out = new ArrayList<>();
        for (int area = 1; area <= lastArea; area++) {
            Rag rag = red.contains(area) ? Rag.RED : amber.contains(area) ? Rag.AMBER : Rag.GREEN;
            out.add(new SchoolAuditRating("2018", agency, area, rag, on, null));
        }
        return out;
    }

    private static SchoolAuditCycle cycle() {
        List<SchoolAuditRating> r = new ArrayList<>();
        r.addAll(ratings("S1", LocalDate.of(2018, 6, 12), 14, List.of(5), List.of()));
        List<SchoolAuditRating> s2 = ratings("S2", LocalDate.of(2018, 6, 1), 14, List.of(), List.of(2, 3, 6));
        s2.set(13, new SchoolAuditRating("2018", "S2", 14, Rag.GREEN, LocalDate.of(2018, 6, 5), null));
        r.addAll(s2);
        r.addAll(ratings("S3", null, 12, List.of(4, 9), List.of(1, 2)));
        r.addAll(ratings("S5", LocalDate.of(2018, 6, 20), 14, List.of(), List.of(7, 8)));
        r.add(new SchoolAuditRating("2018", "ED", 1, Rag.AMBER, LocalDate.of(2018, 6, 20), null));
        return new SchoolAuditCycle("2018", AGENCIES, r);
    }

    @Test
    void returnRateIsAgainstTheSchoolsOnly() {
        SchoolsOverview o = SchoolAuditAnalysis.analyse(cycle());
        // Schools S1–S5 expected (not ED, not P); S1, S2, S3, S5 returned.
        assertEquals(new Ratio(4, 5), o.returnRate());
        List<SchoolReturn> r = o.returns();
        assertEquals(List.of("S1", "S2", "S3", "S4", "S5", "ED"), r.stream().map(x -> x.agency().code()).toList());
        assertEquals(new SchoolReturn(AGENCIES.get(3), true, true, LocalDate.of(2018, 6, 5), 14, List.of(),
                ReturnStatus.NOT_MEASURED, 0), r.get(1));
        assertEquals(new SchoolReturn(AGENCIES.get(4), true, true, null, 12, List.of(13, 14),
                ReturnStatus.NOT_MEASURED, 0), r.get(2));
        assertEquals(new SchoolReturn(AGENCIES.get(5), true, false, null, 0, List.of(), ReturnStatus.NOT_MEASURED, 0),
                r.get(3));
        assertEquals(false, r.get(5).expected());
        assertEquals(1, r.get(5).areasRated());
    }

    @Test
    void areaRagCountsCoverEveryAgencyThatSentRatings() {
        List<AreaSummary> a = SchoolAuditAnalysis.analyse(cycle()).areas();
        assertEquals(14, a.size());
        // Returners: S1, S2, S3, S5, ED.
        // Area 1: S3 amber, ED amber, S1/S2/S5 green.
        assertEquals(new AreaSummary(1, "Senior designated person", 0, 2, 3, 0), a.get(0));
        // Area 2: S2 and S3 amber, S1 and S5 green, ED did not rate.
        assertEquals(new AreaSummary(2, "Staff induction, training and development", 0, 2, 2, 1), a.get(1));
        // Area 4: S3 red; area 5: S1 red.
        assertEquals(new AreaSummary(4, "Pupils", 1, 0, 3, 1), a.get(3));
        assertEquals(new AreaSummary(5, "Risk assessment", 1, 0, 3, 1), a.get(4));
        // Area 10: all four schools green.
        assertEquals(new AreaSummary(10, "Governors", 0, 0, 4, 1), a.get(9));
        // Area 14: S3 and ED did not rate it.
        assertEquals(new AreaSummary(14, "Links with other agencies", 0, 0, 3, 2), a.get(13));
    }

    @Test
    void schoolsWithAnyRedOrThreeAmbersAreFlaggedMostRedFirst() {
        List<SchoolFlag> f = SchoolAuditAnalysis.analyse(cycle()).flagged();
        // S3 two reds, S1 one red, S2 no red but three ambers; S5 (two ambers) and ED (one) are not.
        assertEquals(List.of("S3", "S1", "S2"), f.stream().map(x -> x.school().code()).toList());
        assertEquals("Red in areas 4 and 9", f.get(0).reason());
        assertEquals("Red in area 5", f.get(1).reason());
        assertEquals("Amber in 3 areas (2, 3 and 6)", f.get(2).reason());
        assertEquals(List.of(1, 2), f.get(0).amberAreas());
    }

    @Test
    void aReasonNamesBothTriggers() {
        SchoolFlag f = new SchoolFlag(AGENCIES.get(2), List.of(1), List.of(2, 3, 4, 5));
        assertEquals("Red in area 1; amber in 4 areas (2, 3, 4 and 5)", f.reason());
    }

    @Test
    void notesNameTheNonSchoolAndThePartialReturns() {
        assertEquals(List.of(
                "Schools lead (ED) sent school audit ratings but is not a school: its ratings count in the areas,"
                        + " not in the return rate.",
                "Third (S3) rated 12 of 14 areas.",
                "Schools lead (ED) rated 1 of 14 areas."), SchoolAuditAnalysis.analyse(cycle()).dataNotes());
    }

    @Test
    void noSchoolsMeansAnUndefinedRateAndANote() {
        SchoolsOverview o = SchoolAuditAnalysis.analyse(new SchoolAuditCycle("2020", List.of(ED), List.of()));
        assertTrue(o.returnRate().isUndefined());
        assertEquals(14, o.areas().size());
        assertEquals(new AreaSummary(3, "Information to staff", 0, 0, 0, 0), o.areas().get(2));
        assertEquals(1, o.dataNotes().size());
        assertTrue(o.dataNotes().get(0).startsWith("No agency is recorded as a school"));
    }

    @Test
    void schoolsThatAllFailedToReturnAreNoted() {
        SchoolsOverview o = SchoolAuditAnalysis.analyse(new SchoolAuditCycle("2020", AGENCIES, List.of()));
        assertEquals(new Ratio(0, 5), o.returnRate());
        assertEquals(List.of("No school has returned an audit in cycle 2020."), o.dataNotes());
    }

    private static Optional<qaf.analysis.programme.ProgrammeEntry> dueOn(LocalDate due) {
        return Optional.of(new qaf.analysis.programme.ProgrammeEntry("school-audit", "2018", LocalDate.of(2018, 3, 14),
                due, null));
    }

    private static ReturnStatus statusOf(SchoolsOverview o, String code) {
        return o.returns().stream().filter(r -> r.agency().code().equals(code)).findFirst().orElseThrow().status();
    }

    /** Issue 14: the schools' audit had no due date and no on-time rate, though appendix B sets 29 June 2018. */
    @Test
    void schoolsAuditHadNoDueDateNorOnTimeRate() {
        SchoolsOverview o = SchoolAuditAnalysis.analyse(cycle(), dueOn(LocalDate.of(2018, 6, 12)),
                LocalDate.of(2019, 3, 31));
        assertEquals(Optional.of(LocalDate.of(2018, 6, 12)), o.due());
        // S1 on 12 June (the due day itself: on time), S2 last rated 5 June, S5 on 20 June (8 days late),
        // S3 returned with no date (not on time), S4 not received (overdue). Over the five schools.
        assertEquals(Optional.of(new Ratio(2, 5)), o.onTimeRate());
        assertEquals(ReturnStatus.ON_TIME, statusOf(o, "S1"));
        assertEquals(ReturnStatus.ON_TIME, statusOf(o, "S2"));
        assertEquals(ReturnStatus.NO_DATE, statusOf(o, "S3"));
        assertEquals(ReturnStatus.OVERDUE, statusOf(o, "S4"));
        assertEquals(ReturnStatus.LATE, statusOf(o, "S5"));
        assertEquals(8, o.returns().stream().filter(r -> r.agency().code().equals("S5")).findFirst().orElseThrow()
                .daysLate());
        assertTrue(o.dataNotes().contains("1 school returned ratings with no submission date: counted as returned,"
                + " not as on time."), o.dataNotes().toString());
    }

    @Test
    void aReturnOnTheDueDayIsOnTimeAndOnTheDayAfterLate() {
        assertEquals(ReturnStatus.ON_TIME, statusOf(SchoolAuditAnalysis.analyse(cycle(),
                dueOn(LocalDate.of(2018, 6, 20)), LocalDate.of(2019, 3, 31)), "S5"));
        assertEquals(ReturnStatus.LATE, statusOf(SchoolAuditAnalysis.analyse(cycle(),
                dueOn(LocalDate.of(2018, 6, 19)), LocalDate.of(2019, 3, 31)), "S5"));
    }

    @Test
    void aSchoolNotReturnedIsNotYetDueUntilTheDayAfterTheDueDay() {
        LocalDate due = LocalDate.of(2018, 6, 29);
        assertEquals(ReturnStatus.NOT_YET_DUE, statusOf(SchoolAuditAnalysis.analyse(cycle(), dueOn(due), due), "S4"));
        SchoolsOverview after = SchoolAuditAnalysis.analyse(cycle(), dueOn(due), due.plusDays(1));
        assertEquals(ReturnStatus.OVERDUE, statusOf(after, "S4"));
        assertEquals(1, after.returns().stream().filter(r -> r.agency().code().equals("S4")).findFirst()
                .orElseThrow().daysLate());
    }

    @Test
    void withoutAProgrammeDateTimelinessIsNotMeasured() {
        SchoolsOverview o = SchoolAuditAnalysis.analyse(cycle(), Optional.empty(), LocalDate.of(2019, 3, 31));
        assertEquals(Optional.empty(), o.onTimeRate());
        assertTrue(o.returns().stream().allMatch(r -> r.status() == ReturnStatus.NOT_MEASURED));
    }

    @Test
    void anotherCyclesProgrammeRowIsRefused() {
        var other = Optional.of(new qaf.analysis.programme.ProgrammeEntry("school-audit", "2016",
                LocalDate.of(2016, 3, 14), LocalDate.of(2016, 6, 29), null));
        assertThrows(IllegalArgumentException.class,
                () -> SchoolAuditAnalysis.analyse(cycle(), other, LocalDate.of(2019, 3, 31)));
    }
}
