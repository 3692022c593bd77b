package qaf.analysis.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.review.ReviewYear.ClockCase;
import qaf.analysis.review.ReviewYear.ClockSummary;
import qaf.analysis.review.ReviewYear.Learning;
import qaf.analysis.review.ReviewYear.ThemeCount;
import qaf.analysis.review.ReviewYear.TypeCount;
import qaf.calendar.BankHolidays;
import qaf.calendar.ClockResult.Status;
import qaf.calendar.ClockRule;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;

/**
 * A hand-made year (April 2018 to March 2019, England and Wales bank holidays) whose every figure
 * was worked out on paper; the working is in the comments next to each review.
 */
class ReviewAnalysisTest {
    static final WorkingDays WD = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));
    static final ReportingYear YEAR = new ReportingYear(2018, 4);

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static Review review(String ref, ReviewType type, String child, String criterion, String aware, String notified,
            Decision decision, String letter, String started, String completed, String published, String learning) {
        return new Review(ref, type, child, criterion, d(aware), d(notified), decision, d(letter), d(started),
                d(completed), d(published), learning);
    }

    /** The hand-worked dataset, deliberately out of ref order. */
    static List<Review> reviews() {
        return List.of(
                // Aware Mon 2 Jul 2018. Notification due +5 working days = Mon 9 Jul; done Fri 6 Jul: met.
                // Rapid review due +15 working days = Mon 23 Jul; done Tue 24 Jul: missed by 1 working day.
                review("RR-A", ReviewType.RAPID_REVIEW, "Child A", null, "2018-07-02", "2018-07-06", Decision.INITIATE,
                        null, "2018-07-02", "2018-07-24", null, "   "),
                // Aware Tue 3 Apr 2018 (Easter Monday was 2 Apr). Notification due Tue 10 Apr; done Wed 11 Apr:
                // missed by 1 working day. Started 1 May 2018, due 1 Nov 2018, not done: overdue on 31 Mar 2019
                // by 29 + 31 + 31 + 28 + 31 = 150 days.
                review("SCR-B", ReviewType.SCR, "Child B", null, "2018-04-03", "2018-04-11", Decision.INITIATE, null,
                        "2018-05-01", null, null, null),
                // Aware Mon 25 Mar 2019, not notified: due Mon 1 Apr 2019, after the year end, so open. Started
                // 29 Mar 2019, due 29 Sep 2019: open. Decision pending.
                review("LCSPR-C", ReviewType.LCSPR, "Child C", null, "2019-03-25", null, Decision.PENDING, null,
                        "2019-03-29", null, null, null),
                // Letter 1 Jun 2018, due 22 Jun (21 days); done 22 Jun: met.
                review("SAR-D", ReviewType.SINGLE_AGENCY_REVIEW, "Child D", null, "2018-05-01", null,
                        Decision.INITIATE, "2018-06-01", "2018-06-01", "2018-06-22", null, null),
                // Initiated without a letter date: cannot be measured, named in the data notes.
                review("SAR-E", ReviewType.SINGLE_AGENCY_REVIEW, "Child E", null, "2018-09-03", null,
                        Decision.INITIATE, null, null, null, null, null),
                review("CDR-F", ReviewType.CHILD_DEATH_REVIEW, "Child F", "Unexpected death: SUDI", "2018-10-10",
                        "2018-10-10", Decision.NOT_INITIATED, null, null, "2019-02-01", null, "Safer sleep"),
                review("CDR-G", ReviewType.CHILD_DEATH_REVIEW, "Child G", " Unexpected death: SUDI", "2019-01-05",
                        null, Decision.NOT_INITIATED, null, null, null, null, null),
                // Known in the previous year, completed in this one: counts as completed only.
                review("CDR-H", ReviewType.CHILD_DEATH_REVIEW, null, "Expected death", "2017-12-01", null,
                        Decision.NOT_INITIATED, null, null, "2018-05-01", null, null),
                // Every clock fell due and was met in 2017-18: only its publication belongs to this year.
                review("SCR-OLD", ReviewType.SCR, "Child I", null, "2017-06-01", "2017-06-02", Decision.INITIATE, null,
                        "2017-07-01", "2017-12-20", "2018-04-20", "Old learning"),
                // SCR clock due 1 Dec 2017, still running at 1 Apr 2018, done 1 Jun 2018: carried over and missed
                // by 31 + 31 + 28 + 31 + 30 + 31 = 182 days. Its notification (2017) is not this year's.
                review("SCR-CARRY", ReviewType.SCR, "Child J", null, "2017-05-01", "2017-05-03", Decision.INITIATE,
                        null, "2017-06-01", "2018-06-01", null, "Point one\n  \n Point two "),
                // Known after the year end: nowhere in this year.
                review("MACR-I", ReviewType.MACR, "Child K", null, "2019-04-02", null, Decision.INITIATE, null,
                        "2019-04-02", null, null, "Later"));
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
                new TypeCount(ReviewType.SINGLE_AGENCY_REVIEW, 2, 2, 0, 0, 0),
                new TypeCount(ReviewType.CHILD_DEATH_REVIEW, 2, 0, 2, 0, 0)), y.byType());
        assertEquals(7, y.aware());
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

        ClockSummary scr = y.clock(ClockRule.SCR_LCSPR);
        assertEquals(List.of("SCR-CARRY", "SCR-B", "LCSPR-C"), refs(scr));
        assertEquals(List.of(0, 1, 1, 1), counts(scr));
        assertEquals(Status.LATE, scr.cases().get(0).result().status());
        assertEquals(182, scr.cases().get(0).result().daysLate());
        assertEquals(Status.OVERDUE, scr.cases().get(1).result().status());
        assertEquals(150, scr.cases().get(1).result().daysLate());
        assertEquals(d("2019-09-29"), scr.cases().get(2).result().due());

        ClockSummary sar = y.clock(ClockRule.SINGLE_AGENCY_REVIEW);
        assertEquals(List.of("SAR-D"), refs(sar));
        assertEquals(List.of(1, 0, 0, 0), counts(sar));
        assertEquals(d("2018-06-22"), sar.cases().get(0).result().due());

        assertEquals(List.of("Review SAR-E was initiated but has no letter date, so its clock cannot be measured."),
                y.dataNotes());
    }

    @Test
    void workDoneAfterTheYearEndIsNotDoneAsAtTheYearEnd() {
        // Started 1 Jul 2018, due 1 Jan 2019, completed 2 Apr 2019: overdue on 31 Mar 2019 by 89 days.
        Review r = review("SCR-Z", ReviewType.SCR, null, null, "2018-06-01", null, Decision.INITIATE, null,
                "2018-07-01", "2019-04-02", null, null);
        ClockCase c = ReviewAnalysis.analyse(List.of(r), YEAR, WD).clock(ClockRule.SCR_LCSPR).cases().get(0);
        assertEquals(Status.OVERDUE, c.result().status());
        assertEquals(89, c.result().daysLate());
        assertNull(c.pseudonym());
        assertNull(ReviewAnalysis.measure(ClockRule.SCR_LCSPR, d("2019-04-01"), null, YEAR, WD));
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
