package qaf.analysis.review;

import java.time.LocalDate;
import java.util.List;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;

/**
 * A hand-made year of reviews (April 2018 to March 2019, England and Wales bank holidays) whose every
 * figure was worked out on paper; the working is in the comments next to each review.
 */
public final class ReviewFixtures {
    private ReviewFixtures() {
    }

    public static final WorkingDays WD = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));
    public static final ReportingYear YEAR = new ReportingYear(2018, 4);

    public static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    public static Review review(String ref, ReviewType type, String child, String criterion, String aware, String notified,
            Decision decision, String letter, String started, String completed, String published, String learning) {
        return new Review(ref, type, child, criterion, d(aware), d(notified), decision, d(letter), d(started),
                d(completed), d(published), learning);
    }

    /** The hand-worked dataset, deliberately out of ref order. */
    public static List<Review> reviews() {
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
}
