package qaf.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import qaf.analysis.audit.SingleAgencyOverview.AuditLine;
import qaf.analysis.audit.SingleAgencyOverview.HowActionedCount;
import qaf.analysis.audit.SingleAgencyOverview.SubmissionStatus;
import qaf.calendar.ReportingYear;

/**
 * Single agency audits for 2018-19, due 31 March 2019 (the default rule), as of 10 April 2019.
 * <pre>
 * A submitted 2018-10-01, workshop          on time
 * B submitted 2019-04-02, how not stated    late: 31 Mar → 2 Apr = 2 days
 * C no submission, no text                  overdue: 31 Mar → 10 Apr = 10 days
 * D submitted 2019-03-31, circulate, blank  on time (on the due day); every section blank
 * E no submission but an executive summary  overdue 10 days; text without a date
 * ED (schools lead) has no row              not asked; S1 is a school, so not expected at all
 * </pre>
 */
class SingleAgencyAuditAnalysisTest {
    private static final ReportingYear YEAR = ReportingYear.parse("2018-19", 4);
    private static final LocalDate AS_OF = LocalDate.of(2019, 4, 10);
    private static final List<Agency> AGENCIES = List.of(
            new Agency("A", "Agency A", "police", null), new Agency("B", "Agency B", "health", null),
            new Agency("C", "Agency C", "housing", null), new Agency("D", "Agency D", "other", null),
            new Agency("E", "Agency E", "voluntary", null), new Agency("ED", "Schools lead", "education", null),
            new Agency("S1", "A school", "education", "ED"));

    private static SingleAgencyAudit audit(String code, LocalDate on, String summary, HowActioned how) {
        return new SingleAgencyAudit("2018-19", code, on, summary == null ? null : "Audits done", null, summary,
                null, null, null, how);
    }

    private static SingleAgencyAuditYear year() {
        return new SingleAgencyAuditYear("2018-19", AGENCIES, List.of(
                audit("E", null, "Drafted", null),
                audit("D", LocalDate.of(2019, 3, 31), null, HowActioned.CIRCULATE),
                audit("C", null, null, null),
                audit("B", LocalDate.of(2019, 4, 2), "Summary", null),
                audit("A", LocalDate.of(2018, 10, 1), "Summary", HowActioned.WORKSHOP)));
    }

    @Test
    void theDefaultDueDateIsTheLastDayOfTheReportingYear() {
        assertEquals(LocalDate.of(2019, 3, 31), SingleAgencyAuditAnalysis.defaultDue(YEAR));
        assertEquals(LocalDate.of(2018, 12, 31), SingleAgencyAuditAnalysis.defaultDue(new ReportingYear(2018, 1)));
    }

    @Test
    void perAgencyStatusAndRates() {
        SingleAgencyOverview o = SingleAgencyAuditAnalysis.analyse(year(), SingleAgencyAuditAnalysis.defaultDue(YEAR),
                AS_OF);
        // Submitted A, B, D = 3 of 5 rows; on time A, D = 2 of 5.
        assertEquals(new Ratio(3, 5), o.submittedRate());
        assertEquals(new Ratio(2, 5), o.onTimeRate());
        List<AuditLine> l = o.lines();
        assertEquals(List.of("A", "B", "C", "D", "E"), l.stream().map(x -> x.agency().code()).toList());
        assertEquals(List.of(SubmissionStatus.ON_TIME, SubmissionStatus.LATE, SubmissionStatus.OVERDUE,
                SubmissionStatus.ON_TIME, SubmissionStatus.OVERDUE), l.stream().map(AuditLine::status).toList());
        assertEquals(List.of(0, 2, 10, 0, 10), l.stream().map(AuditLine::daysLate).toList());
        assertEquals(LocalDate.of(2019, 3, 31), o.due());
    }

    @Test
    void howActionedIsCountedOverSubmittedAudits() {
        SingleAgencyOverview o = SingleAgencyAuditAnalysis.analyse(year(), LocalDate.of(2019, 3, 31), AS_OF);
        // A workshop, D circulate, B not stated; C and E are not submitted.
        assertEquals(List.of(new HowActionedCount(HowActioned.AUTHOR_ATTENDING, 0),
                new HowActionedCount(HowActioned.DISCUSSION, 0), new HowActionedCount(HowActioned.PRESENTATION, 0),
                new HowActionedCount(HowActioned.WORKSHOP, 1), new HowActionedCount(HowActioned.CIRCULATE, 1)),
                o.howActioned());
        assertEquals(1, o.howActionedNotStated());
    }

    @Test
    void agenciesWithoutARowAreListedAndOdditiesNoted() {
        SingleAgencyOverview o = SingleAgencyAuditAnalysis.analyse(year(), LocalDate.of(2019, 3, 31), AS_OF);
        assertEquals(List.of(AGENCIES.get(5)), o.notAsked());
        assertEquals(List.of(
                "Agency D (D) submitted an audit with every section blank.",
                "Agency E (E) has audit text but no submission date.",
                "No single agency audit is recorded for Schools lead (ED) in 2018-19."), o.dataNotes());
    }

    @Test
    void beforeTheDueDateAMissingAuditIsNotYetDue() {
        SingleAgencyOverview o = SingleAgencyAuditAnalysis.analyse(year(), LocalDate.of(2019, 3, 31),
                LocalDate.of(2019, 3, 31));
        assertEquals(SubmissionStatus.NOT_YET_DUE, o.lines().get(2).status());
        assertEquals(0, o.lines().get(2).daysLate());
        // B's submission on 2 April is still late; the as-of date does not change that.
        assertEquals(SubmissionStatus.LATE, o.lines().get(1).status());
    }

    /** Against the programme's 31 October 2018: in that day is on time, in the day after one day late. */
    @Test
    void anAuditInOnTheProgrammesDueDayIsOnTimeAndTheDayAfterLate() {
        LocalDate due = LocalDate.of(2018, 10, 31);
        SingleAgencyAuditYear y = new SingleAgencyAuditYear("2018-19", AGENCIES, List.of(
                audit("A", due, "Summary", null), audit("B", due.plusDays(1), "Summary", null), audit("C", null, null,
                        null)));
        SingleAgencyOverview onDay = SingleAgencyAuditAnalysis.analyse(y, due, due);
        assertEquals(List.of(SubmissionStatus.ON_TIME, SubmissionStatus.LATE, SubmissionStatus.NOT_YET_DUE),
                onDay.lines().stream().map(AuditLine::status).toList());
        assertEquals(1, onDay.lines().get(1).daysLate());
        SingleAgencyOverview dayAfter = SingleAgencyAuditAnalysis.analyse(y, due, due.plusDays(1));
        assertEquals(SubmissionStatus.OVERDUE, dayAfter.lines().get(2).status());
        assertEquals(1, dayAfter.lines().get(2).daysLate());
    }

    @Test
    void aYearWithNoRowsSaysSo() {
        SingleAgencyOverview o = SingleAgencyAuditAnalysis.analyse(
                new SingleAgencyAuditYear("2019-20", AGENCIES.subList(0, 1), List.of()), LocalDate.of(2020, 3, 31),
                AS_OF);
        assertEquals(new Ratio(0, 0), o.submittedRate());
        assertEquals(List.of("No single agency audit was asked for in 2019-20.",
                "No single agency audit is recorded for Agency A (A) in 2019-20."), o.dataNotes());
    }
}
