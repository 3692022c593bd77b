package qaf.analysis.due;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.Agency;
import qaf.analysis.review.Decision;
import qaf.analysis.review.Review;
import qaf.analysis.review.ReviewType;
import qaf.calendar.BankHolidays;
import qaf.calendar.Nation;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;

/** The status rules at their edges, on a few hand-made clocks as at Wednesday 19 December 2018. */
class DueListRulesTest {
    private static final WorkingDays WD = new WorkingDays(BankHolidays.load(Nation.ENGLAND_AND_WALES));
    private static final ReportingYear YEAR = ReportingYear.parse("2018-19", 4);
    private static final LocalDate AS_AT = LocalDate.of(2018, 12, 19);

    @Test
    void reviewClocksAreTheAnnualReportsOneNotificationPerIncidentAndTheSixMonthRulePerType() {
        // A rapid review (aware Mon 3 Dec, notified Wed 5 Dec) and the LCSPR from it (decided Mon 10 Dec,
        // its own later notified_on): one notification line, the incident's. The LCSPR's six months run from
        // the decision (due 10 Jun 2019), not its start. An SCR notified 2 Jul 2018 and started 1 Aug is due
        // on 2 Jan 2019, from the notification.
        Review rapid = new Review("RR-1", ReviewType.RAPID_REVIEW, "Child Q", null, LocalDate.of(2018, 12, 3),
                LocalDate.of(2018, 12, 5), Decision.INITIATE, LocalDate.of(2018, 12, 10), null, null, null, null,
                null, null, null);
        Review lcspr = new Review("LCSPR-1", ReviewType.LCSPR, "Child Q", null, LocalDate.of(2018, 12, 3),
                LocalDate.of(2018, 12, 14), Decision.INITIATE, LocalDate.of(2018, 12, 10), null,
                LocalDate.of(2018, 12, 17), null, null, null, "RR-1", null);
        Review scr = new Review("SCR-1", ReviewType.SCR, "Child R", null, LocalDate.of(2018, 6, 29),
                LocalDate.of(2018, 7, 2), Decision.INITIATE, LocalDate.of(2018, 7, 10), null,
                LocalDate.of(2018, 8, 1), null, null, null, null, null);
        List<DueItem> items = DueList.of(new DueInputs(List.of(rapid, lcspr, scr), List.of(), List.of(), List.of(),
                List.of(), List.of(), 4), YEAR, AS_AT, WD);
        Map<String, DueItem> byRef = items.stream()
                .collect(Collectors.toMap(i -> i.clock() + " " + i.ref(), Function.identity()));
        assertEquals(List.of("NOTIFICATION RR-1", "NOTIFICATION SCR-1"), items.stream()
                .filter(i -> i.clock() == DueClock.NOTIFICATION).map(i -> i.clock() + " " + i.ref()).sorted().toList());
        assertEquals(LocalDate.of(2019, 6, 10), byRef.get("LCSPR LCSPR-1").due());
        assertEquals(LocalDate.of(2019, 1, 2), byRef.get("SCR SCR-1").due());
    }

    @Test
    void statusesAtTheirEdges() {
        List<ActionRecord> actions = new ArrayList<>();
        // Due the day before: overdue by one calendar day. Due on the day: due now, not overdue.
        actions.add(action("A-YESTERDAY", "2018-12-18", ActionStatus.OPEN, null));
        actions.add(action("A-TODAY", "2018-12-19", ActionStatus.IN_PROGRESS, null));
        // The working days after Wed 19 Dec, over Christmas and Boxing Day: 20, 21, 24, 27, 28 — Fri 28 Dec
        // is the 5th (due within 5 working days), Mon 31 Dec the 6th (later).
        actions.add(action("A-FIFTH", "2018-12-28", ActionStatus.OPEN, null));
        actions.add(action("A-SIXTH", "2018-12-31", ActionStatus.OPEN, null));
        actions.add(action("A-MET", "2018-12-01", ActionStatus.COMPLETE, "2018-12-01"));
        actions.add(action("A-MISSED", "2018-12-01", ActionStatus.COMPLETE, "2018-12-04"));
        // Completed after the as-at day: not done as at it.
        actions.add(action("A-LATER-DONE", "2018-12-10", ActionStatus.COMPLETE, "2019-01-07"));
        actions.add(action("A-CANCELLED", "2018-12-01", ActionStatus.CANCELLED, null));
        // Met last year, outside the build's year: not listed. Agreed after the as-at day: not listed.
        actions.add(action("A-OLD", "2018-03-01", ActionStatus.COMPLETE, "2018-02-20"));
        actions.add(new ActionRecord("A-FUTURE", ActionSource.THEMATIC, "T1", null, "Future", LocalDate.of(2019, 1, 2),
                LocalDate.of(2019, 2, 1), ActionStatus.OPEN, null, null, null));
        // A rapid review known on Mon 3 Dec: due 15 working days on, Mon 24 Dec; notified on day 6.
        Review rapid = new Review("RR-1", ReviewType.RAPID_REVIEW, "Child Q", null, LocalDate.of(2018, 12, 3),
                LocalDate.of(2018, 12, 11), Decision.PENDING, null, null, null, null, null);

        Map<String, DueItem> byRef = DueList.of(new DueInputs(List.of(rapid), List.of(), List.of(), List.of(), actions,
                List.of(new Agency("POL", "Kestrel Vale Police", "police", null)), 4), YEAR, AS_AT, WD).stream()
                .collect(Collectors.toMap(i -> i.clock() + " " + i.ref(), Function.identity()));

        assertEquals(DueStatus.OVERDUE, byRef.get("ACTION A-YESTERDAY").status());
        assertEquals(1, byRef.get("ACTION A-YESTERDAY").days());
        assertEquals(DueStatus.DUE_SOON, byRef.get("ACTION A-TODAY").status());
        assertEquals(DueStatus.DUE_SOON, byRef.get("ACTION A-FIFTH").status());
        assertEquals(DueStatus.LATER, byRef.get("ACTION A-SIXTH").status());
        assertEquals(DueStatus.MET, byRef.get("ACTION A-MET").status());
        assertEquals(DueStatus.MISSED, byRef.get("ACTION A-MISSED").status());
        assertEquals(3, byRef.get("ACTION A-MISSED").days());
        assertEquals(DueStatus.OVERDUE, byRef.get("ACTION A-LATER-DONE").status());
        assertEquals(null, byRef.get("ACTION A-LATER-DONE").done());
        assertEquals("Kestrel Vale Police", byRef.get("ACTION A-YESTERDAY").agencyName());

        DueItem notification = byRef.get("NOTIFICATION RR-1");
        assertEquals(LocalDate.of(2018, 12, 10), notification.due());
        assertEquals(DueStatus.MISSED, notification.status());
        assertEquals(1, notification.days(), "one working day late");
        DueItem review = byRef.get("RAPID_REVIEW RR-1");
        assertEquals(LocalDate.of(2018, 12, 24), review.due());
        assertEquals(DueStatus.DUE_SOON, review.status());
        assertEquals("Child Q", review.pseudonym());

        // Seven actions and the review's two clocks; the cancelled, old and future actions are not listed.
        assertEquals(9, byRef.size(), byRef.keySet().toString());
    }

    private static ActionRecord action(String ref, String due, ActionStatus status, String completed) {
        return new ActionRecord(ref, ActionSource.THEMATIC, "T1", "POL", "An action", LocalDate.of(2018, 1, 5),
                LocalDate.parse(due), status, completed == null ? null : LocalDate.parse(completed), null, null);
    }

    /**
     * Issue 14: the schools' audit had no due day, so its returns were on no due list; now they are due on
     * the QA programme's day (29 June 2018), from the programme's start.
     */
    @Test
    void schoolsAuditReturnsWereOnNoDueList() {
        var lead = new Agency("EDU", "Schools lead", "education", null);
        var early = new Agency("SCH1", "Windhover Primary School", "education", "EDU");
        var late = new Agency("SCH2", "Harrier Lane Primary School", "education", "EDU");
        var none = new Agency("SCH3", "Merlin Brow Primary School", "education", "EDU");
        var cycle = new qaf.analysis.audit.SchoolAuditCycle("2018", List.of(lead, early, late, none), List.of(
                new qaf.analysis.audit.SchoolAuditRating("2018", "SCH1", 1, qaf.analysis.audit.Rag.GREEN,
                        LocalDate.of(2018, 6, 29), null),
                new qaf.analysis.audit.SchoolAuditRating("2018", "SCH2", 1, qaf.analysis.audit.Rag.GREEN,
                        LocalDate.of(2018, 7, 2), null)));
        var programme = List.of(new qaf.analysis.programme.ProgrammeEntry("school-audit", "2018",
                LocalDate.of(2018, 3, 14), LocalDate.of(2018, 6, 29), null));
        Map<String, DueItem> byAgency = DueList.of(new DueInputs(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(lead, early, late, none), 4, programme, List.of(cycle)), YEAR, LocalDate.of(2018, 7, 4), WD)
                .stream().filter(i -> i.clock() == DueClock.SCHOOLS_AUDIT)
                .collect(Collectors.toMap(DueItem::agencyCode, Function.identity()));
        assertEquals(java.util.Set.of("SCH1", "SCH2", "SCH3"), byAgency.keySet());
        assertEquals(DueStatus.MET, byAgency.get("SCH1").status());
        assertEquals(DueStatus.MISSED, byAgency.get("SCH2").status());
        assertEquals(3, byAgency.get("SCH2").days());
        assertEquals(DueStatus.OVERDUE, byAgency.get("SCH3").status());
        assertEquals(LocalDate.of(2018, 6, 29), byAgency.get("SCH3").due());
        assertEquals(new DueSource(DueSource.Report.SCHOOLS_AUDIT, "school-audit-2018"), byAgency.get("SCH3").belongsTo());
        // Without a programme day for the cycle the returns are not measured, so not listed.
        assertTrue(DueList.of(new DueInputs(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(lead, early, late, none), 4, List.of(), List.of(cycle)), YEAR, LocalDate.of(2018, 7, 4), WD)
                .stream().noneMatch(i -> i.clock() == DueClock.SCHOOLS_AUDIT));
    }
}
