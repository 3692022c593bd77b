package qaf.analysis.due;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.SchoolAuditAnalysis;
import qaf.analysis.audit.SchoolAuditCycle;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.audit.Section11Cycle;
import qaf.analysis.audit.Section11Return;
import qaf.analysis.audit.SingleAgencyAudit;
import qaf.analysis.audit.SingleAgencyAuditAnalysis;
import qaf.analysis.audit.SingleAgencyAuditYear;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.analysis.evaluation.Submission;
import qaf.analysis.evaluation.Timeliness;
import qaf.analysis.review.Review;
import qaf.analysis.review.Incidents;
import qaf.analysis.review.ReviewClocks;
import qaf.calendar.ClockRule;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;

/**
 * Every clock as at one day. Pure.
 *
 * <p>Which clocks are listed: every clock started by the as-at day and not done by it, however long
 * ago it fell due (an unfinished clock stays visible until it is done), and every clock done by the
 * as-at day whose due day or done day is in the build's reporting year (met or missed this year).
 * Work recorded as done after the as-at day counts as not done, as the documents count it.
 *
 * <p>The due days are the ones the documents use: review clocks by {@link ReviewClocks}, as
 * {@code ReviewAnalysis} measures them; submissions and close-the-loop returns by
 * {@link Timeliness} from the evaluation's timetable; Section 11 returns on their {@code due_on};
 * single agency audits on {@link SingleAgencyAuditAnalysis#defaultDue}; actions on their
 * {@code due_on}; schools' audit returns on the QA programme's due day for the cycle, as the schools
 * overview measures them (a cycle the programme gives no day is not listed, nor a school whose ratings
 * carry no submission date), from the programme's start day.
 */
public final class DueList {
    /** "Due within 5 working days": due on the as-at day or within the 5 working days after it. */
    public static final int SOON_WORKING_DAYS = 5;

    private static final Map<ClockRule, DueClock> DUE_CLOCKS = Map.of(ClockRule.NOTIFICATION, DueClock.NOTIFICATION,
            ClockRule.RAPID_REVIEW, DueClock.RAPID_REVIEW, ClockRule.SCR, DueClock.SCR, ClockRule.LCSPR,
            DueClock.LCSPR, ClockRule.SINGLE_AGENCY_REVIEW, DueClock.SINGLE_AGENCY_REVIEW);

    /** Overdue first, then by due day (earliest first), clock, ref and agency: one order for any input order. */
    public static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::status)
            .thenComparing(DueItem::due).thenComparing(DueItem::clock).thenComparing(DueItem::ref)
            .thenComparing(i -> i.agencyCode() == null ? "" : i.agencyCode());

    private DueList() {
    }

    public static List<DueItem> of(DueInputs in, ReportingYear year, LocalDate asAt, WorkingDays wd) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(asAt, "asAt");
        Objects.requireNonNull(wd, "wd");
        Window window = new Window(year, asAt, wd);
        Map<String, String> agencyNames = new HashMap<>();
        in.agencies().forEach(a -> agencyNames.put(a.code(), a.name()));
        List<DueItem> items = new ArrayList<>();
        reviews(in.reviews(), window, items);
        for (EvaluationData e : in.evaluations()) {
            evaluation(e, window, items);
        }
        for (Section11Cycle cycle : in.section11()) {
            section11(cycle, agencyNames, window, items);
        }
        for (SchoolAuditCycle cycle : in.schoolAudits()) {
            schoolAudits(cycle, in.programme(), window, items);
        }
        for (SingleAgencyAuditYear y : in.singleAgencyAudits()) {
            singleAgencyAudits(y, in.yearStartMonth(), in.programme(), agencyNames, window, items);
        }
        actions(in.actions(), agencyNames, window, items);
        items.sort(ORDER);
        return List.copyOf(items);
    }

    private static void reviews(List<Review> reviews, Window w, List<DueItem> items) {
        DueSource source = new DueSource(DueSource.Report.REVIEWS, w.year.label());
        Incidents incidents = Incidents.of(reviews);
        for (Review r : reviews) {
            // The same clocks, starts and stops as the annual report's (child death reviews run none).
            for (ReviewClocks.Clock c : ReviewClocks.forType(r.type())) {
                if (c.measures(r, incidents)) {
                    w.add(items, DUE_CLOCKS.get(c.rule()), c.rule(), c.startOf(r), c.doneOf(r, incidents),
                            r.reviewRef(), r.pseudonym(), null, null, source);
                }
            }
        }
    }

    private static void evaluation(EvaluationData data, Window w, List<DueItem> items) {
        var evaluation = data.evaluation();
        if (evaluation.startsOn().isAfter(w.asAt)) {
            return;
        }
        Map<String, String> pseudonyms = new HashMap<>();
        data.cases().forEach(c -> pseudonyms.put(c.caseRef(), c.pseudonym()));
        DueSource source = new DueSource(DueSource.Report.EVALUATION, evaluation.ref());
        EvaluationTimetable timetable = EvaluationTimetable.of(evaluation, w.wd);
        for (Submission s : Timeliness.submissions(timetable, data.grades(), w.asAt, w.wd)) {
            DueClock clock = s.document() == Submission.Document.CHRONOLOGY ? DueClock.CHRONOLOGY
                    : DueClock.SELF_EVALUATION;
            w.addDue(items, clock, s.due(), s.submittedOn(), evaluation.ref() + " " + s.caseRef(),
                    pseudonyms.get(s.caseRef()), s.agencyCode(), s.agencyName(), source);
        }
        // The close-the-loop clock runs from the panel day, when the final grades are known; its returns
        // are reported in the evaluation's overview (the forms themselves are case documents).
        if (evaluation.panelOn().isAfter(w.asAt)) {
            return;
        }
        for (CloseTheLoopItem item : Timeliness.closeTheLoop(evaluation, data.grades(), data.returns(), w.asAt, w.wd)
                .expected()) {
            AgencyGrade g = item.grade();
            LocalDate due = ClockRule.CLOSE_THE_LOOP.due(evaluation.panelOn(), w.wd);
            w.addDue(items, DueClock.CLOSE_THE_LOOP, due, item.returned().map(CloseTheLoopReturn::returnedOn).orElse(null),
                    evaluation.ref() + " " + g.caseRef(), pseudonyms.get(g.caseRef()), g.agencyCode(), g.agencyName(),
                    source);
        }
    }

    private static void section11(Section11Cycle cycle, Map<String, String> names, Window w, List<DueItem> items) {
        DueSource source = new DueSource(DueSource.Report.SECTION_11, cycle.cycle());
        for (Section11Return r : cycle.returns()) {
            if (!r.openedOn().isAfter(w.asAt)) {
                w.addDue(items, DueClock.SECTION_11_RETURN, r.dueOn(), r.submittedOn(), cycle.cycle(), null,
                        r.agencyCode(), names.get(r.agencyCode()), source);
            }
        }
    }

    private static void schoolAudits(SchoolAuditCycle cycle, List<qaf.analysis.programme.ProgrammeEntry> programme,
            Window w, List<DueItem> items) {
        var entry = programme.stream().filter(p -> p.process().equals(SchoolAuditAnalysis.PROGRAMME_PROCESS)
                && p.cycle().equals(cycle.cycle())).findFirst();
        if (entry.isEmpty() || entry.get().startsOn().isAfter(w.asAt)) {
            return;
        }
        DueSource source = new DueSource(DueSource.Report.SCHOOLS_AUDIT, "school-audit-" + cycle.cycle());
        for (SchoolsOverview.SchoolReturn r : SchoolAuditAnalysis.analyse(cycle, entry, w.asAt).returns()) {
            if (r.expected() && r.status() != SchoolsOverview.ReturnStatus.NO_DATE) {
                w.addDue(items, DueClock.SCHOOLS_AUDIT, entry.get().dueOn(), r.submittedOn(), cycle.cycle(), null,
                        r.agency().code(), r.agency().name(), source);
            }
        }
    }

    private static void singleAgencyAudits(SingleAgencyAuditYear y, int startMonth,
            List<qaf.analysis.programme.ProgrammeEntry> programme, Map<String, String> names, Window w,
            List<DueItem> items) {
        ReportingYear auditYear = ReportingYear.parse(y.year(), startMonth);
        if (auditYear.start().isAfter(w.asAt)) {
            return;
        }
        LocalDate due = SingleAgencyAuditAnalysis.due(auditYear, programme.stream()
                .filter(p -> p.process().equals("single-agency-audit") && p.cycle().equals(y.year())).findFirst())
                .date();
        DueSource source = new DueSource(DueSource.Report.SINGLE_AGENCY_AUDITS, y.year());
        for (SingleAgencyAudit a : y.audits()) {
            w.addDue(items, DueClock.SINGLE_AGENCY_AUDIT, due, a.submittedOn(), y.year(), null, a.agencyCode(),
                    names.get(a.agencyCode()), source);
        }
    }

    private static void actions(List<ActionRecord> actions, Map<String, String> names, Window w, List<DueItem> items) {
        DueSource source = new DueSource(DueSource.Report.ACTIONS, w.year.label());
        for (ActionRecord a : actions) {
            if (a.status() == ActionStatus.CANCELLED || a.agreedOn().isAfter(w.asAt)) {
                continue;
            }
            LocalDate done = a.status() == ActionStatus.COMPLETE ? a.completedOn() : null;
            w.addDue(items, DueClock.ACTION, a.dueOn(), done, a.actionRef(), null, a.agencyCode(),
                    a.agencyCode() == null ? null : names.get(a.agencyCode()), source);
        }
    }

    /** The build's year and as-at day, and the rules that turn a due day and a done day into a line. */
    private record Window(ReportingYear year, LocalDate asAt, WorkingDays wd) {
        /** A clock started on {@code start} by {@code rule}; none when the start is not recorded or still to come. */
        void add(List<DueItem> items, DueClock clock, ClockRule rule, LocalDate start, LocalDate done, String ref,
                String pseudonym, String agencyCode, String agencyName, DueSource source) {
            if (start == null || start.isAfter(asAt)) {
                return;
            }
            addDue(items, clock, rule.due(start, wd), done, ref, pseudonym, agencyCode, agencyName, source);
        }

        void addDue(List<DueItem> items, DueClock clock, LocalDate due, LocalDate done, String ref, String pseudonym,
                String agencyCode, String agencyName, DueSource source) {
            LocalDate doneByAsAt = done != null && !done.isAfter(asAt) ? done : null;
            if (doneByAsAt != null && !year.contains(due) && !year.contains(doneByAsAt)) {
                return;
            }
            DueStatus status;
            int days = 0;
            if (doneByAsAt != null) {
                status = doneByAsAt.isAfter(due) ? DueStatus.MISSED : DueStatus.MET;
                days = status == DueStatus.MISSED ? lateness(clock, due, doneByAsAt) : 0;
            } else if (asAt.isAfter(due)) {
                status = DueStatus.OVERDUE;
                days = lateness(clock, due, asAt);
            } else {
                status = due.isAfter(wd.add(asAt, SOON_WORKING_DAYS)) ? DueStatus.LATER : DueStatus.DUE_SOON;
            }
            items.add(new DueItem(clock, ref, pseudonym, agencyCode, agencyName, due, doneByAsAt, status, days, source));
        }

        /** As {@code ClockResult} counts it: in working days a non-working day counts as the next working day. */
        int lateness(DueClock clock, LocalDate due, LocalDate when) {
            return clock.inWorkingDays() ? wd.count(due, wd.onOrAfter(when))
                    : Math.toIntExact(ChronoUnit.DAYS.between(due, when));
        }
    }
}
