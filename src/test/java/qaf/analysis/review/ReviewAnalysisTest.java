package qaf.analysis.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.review.ReviewYear.ClockCase;
import qaf.analysis.review.ReviewYear.ClockSummary;
import qaf.analysis.review.ReviewYear.Learning;
import qaf.analysis.review.ReviewYear.ThemeCount;
import qaf.analysis.review.ReviewYear.TypeCount;
import qaf.calendar.ClockResult.Status;
import qaf.calendar.ClockRule;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;

/**
 * The hand-worked year of {@link ReviewFixtures}: a hand-made year (April 2018 to March 2019, England and Wales bank holidays) whose every figure
 * was worked out on paper; the working is in the fixture's comments.
 */
class ReviewAnalysisTest {
    static final WorkingDays WD = ReviewFixtures.WD;
    static final ReportingYear YEAR = ReviewFixtures.YEAR;

    static LocalDate d(String iso) {
        return ReviewFixtures.d(iso);
    }

    static Review review(String ref, ReviewType type, String child, String criterion, String aware, String notified,
            Decision decision, String letter, String started, String completed, String published, String learning) {
        return ReviewFixtures.review(ref, type, child, criterion, aware, notified, decision, letter, started, completed,
                published, learning);
    }

    static List<Review> reviews() {
        return ReviewFixtures.reviews();
    }

    static ReviewYear year() {
        return ReviewAnalysis.analyse(reviews(), YEAR, WD);
    }

    @Test
    void countsReviewsKnownInTheYearByTypeAndDecision() {
        ReviewYear y = year();
        assertEquals(List.of(
                new TypeCount(ReviewType.SCR, 1, 1, 0, 0, 0),
                new TypeCount(ReviewType.LCSPR, 1, 0, 0, 1, 0),
                new TypeCount(ReviewType.RAPID_REVIEW, 1, 1, 0, 0, 0),
                new TypeCount(ReviewType.MACR, 0, 0, 0, 0, 0),
                new TypeCount(ReviewType.SINGLE_AGENCY_REVIEW, 2, 2, 0, 0, 0)), y.byType());
        // Child death reviews are never decisions ("not initiated"): counts and themes only.
        assertEquals(5, y.aware());
        assertEquals(2, y.childDeaths().aware());
        assertEquals(d("2019-03-31"), y.asOf());
    }

    @Test
    void measuresEveryClockAsAtTheYearEnd() {
        ReviewYear y = year();
        ClockSummary notification = y.clock(ClockRule.NOTIFICATION);
        assertEquals(List.of("SCR-B", "RR-A", "LCSPR-C"), refs(notification));
        assertEquals(List.of(1, 1, 0, 1), counts(notification));
        ClockCase late = notification.failed().get(0);
        assertEquals("Child B", late.pseudonym());
        assertEquals(d("2018-04-10"), late.result().due());
        assertEquals(1, late.result().daysLate());
        assertEquals(d("2019-04-01"), notification.cases().get(2).result().due());

        ClockSummary rapid = y.clock(ClockRule.RAPID_REVIEW);
        assertEquals(List.of("RR-A"), refs(rapid));
        assertEquals(List.of(0, 1, 0, 0), counts(rapid));
        assertEquals(d("2018-07-23"), rapid.cases().get(0).result().due());
        assertEquals(1, rapid.cases().get(0).result().daysLate());

        // Six months from the notification: SCR-CARRY notified 3 May 2017, due 3 Nov 2017, done 1 Jun 2018
        // (210 days late); SCR-B notified 11 Apr 2018, due 11 Oct 2018, not done: 171 days overdue.
        ClockSummary scr = y.clock(ClockRule.SCR);
        assertEquals(List.of("SCR-CARRY", "SCR-B"), refs(scr));
        assertEquals(List.of(0, 1, 1, 0), counts(scr));
        assertEquals(Status.LATE, scr.cases().get(0).result().status());
        assertEquals(210, scr.cases().get(0).result().daysLate());
        assertEquals(Status.OVERDUE, scr.cases().get(1).result().status());
        assertEquals(171, scr.cases().get(1).result().daysLate());

        // LCSPR-C has no decision day recorded: measured from its start, 29 Mar 2019, and named in the notes.
        ClockSummary lcspr = y.clock(ClockRule.LCSPR);
        assertEquals(List.of("LCSPR-C"), refs(lcspr));
        assertEquals(List.of(0, 0, 0, 1), counts(lcspr));
        assertEquals(d("2019-09-29"), lcspr.cases().get(0).result().due());

        ClockSummary sar = y.clock(ClockRule.SINGLE_AGENCY_REVIEW);
        assertEquals(List.of("SAR-D"), refs(sar));
        assertEquals(List.of(1, 0, 0, 0), counts(sar));
        assertEquals(d("2018-06-22"), sar.cases().get(0).result().due());

        assertEquals(List.of("Review LCSPR-C has no date recorded for the decision to initiate (decision_on), so its"
                        + " clock (LCSPR within 6 months of the decision to initiate) is measured from the review's"
                        + " start (started_on).",
                "Review SAR-E was initiated but has no letter date, so its clock cannot be measured."),
                y.dataNotes());
    }

    @Test
    void scrSixMonthsRunFromTheNotificationNotTheStart() {
        // Notified Fri 1 Jun 2018, started 1 Aug 2018, completed 15 Jan 2019. From the notification it was
        // due 1 Dec 2018 and missed by 45 days; from the start it would have been met (due 1 Feb 2019).
        Review r = review("SCR-N", ReviewType.SCR, "Child N", null, "2018-05-30", "2018-06-01", Decision.INITIATE,
                null, "2018-08-01", "2019-01-15", null, null);
        ClockCase c = ReviewAnalysis.analyse(List.of(r), YEAR, WD).clock(ClockRule.SCR).cases().get(0);
        assertEquals(d("2018-06-01"), c.result().start());
        assertEquals(d("2018-12-01"), c.result().due());
        assertEquals(Status.LATE, c.result().status());
        assertEquals(45, c.result().daysLate());
        assertEquals(List.of(), ReviewAnalysis.analyse(List.of(r), YEAR, WD).dataNotes());

        // Not notified: from becoming aware, 30 May 2018, due 30 Nov 2018, and the data notes say so.
        Review unnotified = review("SCR-U", ReviewType.SCR, null, null, "2018-05-30", null, Decision.INITIATE,
                null, "2018-08-01", "2019-01-15", null, null);
        ReviewYear y = ReviewAnalysis.analyse(List.of(unnotified), YEAR, WD);
        assertEquals(d("2018-11-30"), y.clock(ClockRule.SCR).cases().get(0).result().due());
        assertEquals(List.of("Review SCR-U has no date recorded for the notification (notified_on), so its clock"
                + " (Serious case review within 6 months of the notification) is measured from the day the"
                + " partnership became aware (aware_on)."), y.dataNotes());
    }

    @Test
    void lcsprSixMonthsRunFromTheDecisionToInitiateNotTheStart() {
        // Decided Mon 23 Jul 2018, started 10 Sep 2018, not done: due 23 Jan 2019 from the decision, so
        // overdue by 67 days on 31 Mar 2019 (from the start it would be due 10 Mar 2019, 21 days).
        Review r = new Review("LCSPR-D", ReviewType.LCSPR, "Child D", null, d("2018-07-06"), d("2018-07-11"),
                Decision.INITIATE, d("2018-07-23"), null, d("2018-09-10"), null, null, null, null, null);
        ClockCase c = ReviewAnalysis.analyse(List.of(r), YEAR, WD).clock(ClockRule.LCSPR).cases().get(0);
        assertEquals(d("2019-01-23"), c.result().due());
        assertEquals(Status.OVERDUE, c.result().status());
        assertEquals(67, c.result().daysLate());
        // An LCSPR is not measured by the SCR rule, nor an SCR by the LCSPR's.
        assertEquals(List.of(), ReviewAnalysis.analyse(List.of(r), YEAR, WD).clock(ClockRule.SCR).cases());
    }

    @Test
    void aRapidReviewAndItsLcsprAreOneNotification() {
        // One incident: aware Fri 6 Jul 2018; the rapid review notified Wed 11 Jul (due Fri 13 Jul: met). The
        // LCSPR that came out of it records its own notified_on later; it is the same notification.
        Review rapid = new Review("RR-1", ReviewType.RAPID_REVIEW, "Child P", null, d("2018-07-06"),
                d("2018-07-11"), Decision.INITIATE, d("2018-07-23"), null, null, d("2018-07-23"), null, null, null,
                null);
        Review lcspr = new Review("LCSPR-1", ReviewType.LCSPR, "Child P", null, d("2018-07-06"), d("2018-07-20"),
                Decision.INITIATE, d("2018-07-23"), null, d("2018-09-10"), null, null, null, "RR-1", null);
        // Another incident, not linked, for the same count to show two.
        Review other = review("SCR-2", ReviewType.SCR, "Child Q", null, "2018-09-03", "2018-09-05",
                Decision.INITIATE, null, "2018-10-01", null, null, null);
        ReviewYear y = ReviewAnalysis.analyse(List.of(lcspr, rapid, other), YEAR, WD);
        assertEquals(2, y.notifications());
        assertEquals(2, y.children());
        ClockSummary notification = y.clock(ClockRule.NOTIFICATION);
        assertEquals(List.of("RR-1", "SCR-2"), refs(notification));
        assertEquals(List.of(2, 0, 0, 0), counts(notification));
        // Each keeps its own clocks: the rapid review's 15 working days and the LCSPR's six months.
        assertEquals(List.of("RR-1"), refs(y.clock(ClockRule.RAPID_REVIEW)));
        assertEquals(List.of("LCSPR-1"), refs(y.clock(ClockRule.LCSPR)));
        assertEquals(d("2019-01-23"), y.clock(ClockRule.LCSPR).cases().get(0).result().due());

        // Unlinked, the same two reviews are two notifications.
        Review alone = new Review("LCSPR-1", ReviewType.LCSPR, "Child P", null, d("2018-07-06"), d("2018-07-20"),
                Decision.INITIATE, d("2018-07-23"), null, d("2018-09-10"), null, null, null, null, null);
        ReviewYear unlinked = ReviewAnalysis.analyse(List.of(alone, rapid, other), YEAR, WD);
        assertEquals(3, unlinked.notifications());
        assertEquals(3, unlinked.clock(ClockRule.NOTIFICATION).cases().size());
    }

    @Test
    void aNotificationRecordedOnlyOnTheLaterReviewIsTheIncidents() {
        // The rapid review carries no notified_on; the LCSPR from it does (Mon 9 Jul): the incident was notified.
        Review rapid = review("RR-1", ReviewType.RAPID_REVIEW, "Child P", null, "2018-07-06", null,
                Decision.INITIATE, null, null, "2018-07-23", null, null);
        Review lcspr = new Review("LCSPR-1", ReviewType.LCSPR, "Child P", null, d("2018-07-06"), d("2018-07-09"),
                Decision.INITIATE, d("2018-07-23"), null, d("2018-09-10"), null, null, null, "RR-1", null);
        ClockCase c = ReviewAnalysis.analyse(List.of(rapid, lcspr), YEAR, WD).clock(ClockRule.NOTIFICATION).cases()
                .get(0);
        assertEquals("RR-1", c.reviewRef());
        assertEquals(Status.ON_TIME, c.result().status());
    }

    @Test
    void workDoneAfterTheYearEndIsNotDoneAsAtTheYearEnd() {
        // Notified 1 Jul 2018, due 1 Jan 2019, completed 2 Apr 2019: overdue on 31 Mar 2019 by 89 days.
        Review r = review("SCR-Z", ReviewType.SCR, null, null, "2018-06-28", "2018-07-01", Decision.INITIATE, null,
                "2018-07-01", "2019-04-02", null, null);
        ClockCase c = ReviewAnalysis.analyse(List.of(r), YEAR, WD).clock(ClockRule.SCR).cases().get(0);
        assertEquals(Status.OVERDUE, c.result().status());
        assertEquals(89, c.result().daysLate());
        assertNull(c.pseudonym());
        assertNull(ReviewAnalysis.measure(ClockRule.SCR, d("2019-04-01"), null, YEAR, WD, YEAR.end()));
    }

    @Test
    void statusesAreAsAtTheBuildsDayNotAlwaysTheYearEnd() {
        // Notified 1 Jul 2018, due 1 Jan 2019, never completed: open on 31 Dec 2018, overdue on 2 Jan 2019.
        Review r = review("SCR-Y", ReviewType.SCR, null, null, "2018-06-28", "2018-07-01", Decision.INITIATE, null,
                "2018-07-01", null, null, null);
        ClockCase before = ReviewAnalysis.analyse(List.of(r), YEAR, WD, d("2018-12-31")).clock(ClockRule.SCR)
                .cases().get(0);
        assertNotEquals(Status.OVERDUE, before.result().status());
        assertEquals(0, before.result().daysLate());
        ClockCase dueDay = ReviewAnalysis.analyse(List.of(r), YEAR, WD, d("2019-01-01")).clock(ClockRule.SCR)
                .cases().get(0);
        assertNotEquals(Status.OVERDUE, dueDay.result().status());
        ClockCase after = ReviewAnalysis.analyse(List.of(r), YEAR, WD, d("2019-01-02")).clock(ClockRule.SCR)
                .cases().get(0);
        assertEquals(Status.OVERDUE, after.result().status());
        assertEquals(1, after.result().daysLate());
        assertEquals(d("2019-01-02"), ReviewAnalysis.analyse(List.of(r), YEAR, WD, d("2019-01-02")).asOf());
    }

    @Test
    void completedPublishedChildDeathsAndLearning() {
        ReviewYear y = year();
        assertEquals(List.of("SCR-CARRY", "SAR-D", "RR-A"), y.completed().stream().map(Review::reviewRef).toList());
        assertEquals(List.of("SCR-OLD"), y.published().stream().map(Review::reviewRef).toList());
        assertEquals(2, y.childDeaths().aware());
        assertEquals(2, y.childDeaths().completed());
        assertEquals(List.of(new ThemeCount("Unexpected death: SUDI", 2)), y.childDeaths().themes());
        assertEquals(List.of(new Learning("SCR-CARRY", ReviewType.SCR, "Child J", List.of("Point one", "Point two"))),
                y.learning());
    }

    private static List<String> refs(ClockSummary c) {
        return c.cases().stream().map(ClockCase::reviewRef).toList();
    }

    private static List<Integer> counts(ClockSummary c) {
        return List.of(c.met(), c.missed(), c.overdue(), c.open());
    }
}
