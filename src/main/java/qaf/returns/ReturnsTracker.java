package qaf.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.analysis.programme.ProgrammeEntry;
import qaf.calendar.WorkingDays;
import qaf.returns.ReturnsIssue.NothingToIssue;
import qaf.returns.ReturnsStatus.DueFrom;
import qaf.returns.ReturnsStatus.Line;
import qaf.store.Database;
import qaf.store.EvaluationQueries;
import qaf.store.ProgrammeQueries;
import qaf.store.ReturnsQueries;
import qaf.store.ReturnsQueries.Agency;

/**
 * {@code qaf returns status}: for one process, which agency (or school) has returned what, as at a
 * day, against which due date and where that date comes from. The agencies listed are those the
 * forms of the process are issued to.
 */
public final class ReturnsTracker {
    private final Database db;
    private final WorkingDays workingDays;

    public ReturnsTracker(Database db, WorkingDays workingDays) {
        this.db = db;
        this.workingDays = workingDays;
    }

    /** The status of one process: a title, its lines, and what to say when there are none. */
    public record Report(String title, List<Line> lines, String none) {
        public Report {
            lines = List.copyOf(lines);
        }
    }

    /** Chronology, self-evaluation and close-the-loop forms per agency involved in the evaluation. */
    public Report evaluation(String ref, LocalDate asAt) throws NothingToIssue {
        EvaluationData data = evaluationData(ref);
        var timetable = EvaluationTimetable.of(data.evaluation(), workingDays);
        EvaluationFindings findings = EvaluationFindings.of(data, workingDays, asAt);
        return new Report("Returns for evaluation " + ref, ReturnsStatus.of(data, timetable, findings, asAt,
                involved(data), ReturnsQueries.chronologyEntries(db, ref)),
                "No agency is graded on a case of it or holds chronology entries on one yet.");
    }

    /** Each close-the-loop form due in the evaluation, by agency then case. */
    public Report closeTheLoop(String ref, LocalDate asAt) throws NothingToIssue {
        EvaluationData data = evaluationData(ref);
        EvaluationFindings findings = EvaluationFindings.of(data, workingDays, asAt);
        return new Report("Close-the-loop returns for evaluation " + ref, ReturnsStatus.closeTheLoop(findings,
                ReturnsQueries.agencies(db), asAt), "No close-the-loop form is due: no agency's final grade on a case"
                        + " is requires improvement or inadequate.");
    }

    /**
     * Per agency with a Section 11 return opened for the cycle: due its own due_on (said to come from
     * programme.csv when it is the programme's date), returned on its submitted_on; scores without a
     * submission date are in, undated.
     */
    public Report s11(String cycle, LocalDate asAt) {
        Optional<LocalDate> programme = programmeDue("s11", cycle);
        List<Line> lines = new ArrayList<>();
        for (ReturnsQueries.S11Return r : ReturnsQueries.s11Returns(db, cycle)) {
            Agency agency = agency(r.agencyCode());
            int scored = ReturnsQueries.s11Scores(db, cycle, r.agencyCode()).size();
            DueFrom from = programme.filter(r.dueOn()::equals).isPresent() ? DueFrom.PROGRAMME : DueFrom.AGENCY;
            List<LocalDate> dates = new ArrayList<>();
            dates.add(r.submittedOn());
            lines.add(ReturnsStatus.audit(agency, "section 11", r.dueOn(), from, dates, scored, asAt, scored + " of "
                    + qaf.analysis.audit.AuditLabels.STANDARDS + " standards scored"));
        }
        return new Report("Section 11 returns for cycle " + cycle, lines, "No Section 11 return is opened for the"
                + " cycle (s11_returns.csv).");
    }

    /** Per school (an education agency, or one audited in the cycle), due the programme's school-audit date. */
    public Report schools(String cycle, LocalDate asAt) {
        Optional<LocalDate> due = programmeDue("school-audit", cycle);
        TreeSet<String> audited = new TreeSet<>(ReturnsQueries.schoolAuditAgencies(db, cycle));
        List<Line> lines = new ArrayList<>();
        for (Agency a : ReturnsQueries.agencies(db)) {
            if (!a.sector().equals("education") && !audited.contains(a.code())) {
                continue;
            }
            List<ReturnsQueries.SchoolArea> areas = ReturnsQueries.schoolAudit(db, cycle, a.code());
            lines.add(ReturnsStatus.audit(a, "schools audit", due.orElse(null), due.map(d -> DueFrom.PROGRAMME)
                    .orElse(null), areas.stream().map(ReturnsQueries.SchoolArea::submittedOn).toList(), areas.size(),
                    asAt, areas.size() + " of " + qaf.analysis.audit.AuditLabels.AREAS + " areas rated"));
        }
        return new Report("Schools audit returns for cycle " + cycle, lines, "No school: no agency has sector"
                + " education in agencies.csv.");
    }

    /** Per agency, appendix E for the year, due the programme's single-agency-audit date. */
    public Report singleAgency(String year, LocalDate asAt) {
        Optional<LocalDate> due = programmeDue("single-agency-audit", year);
        List<Line> lines = new ArrayList<>();
        for (Agency a : ReturnsQueries.agencies(db)) {
            var stored = ReturnsQueries.singleAgencyAudit(db, year, a.code());
            long sections = stored.map(s -> s.answers().entrySet().stream()
                    .filter(e -> !e.getKey().equals("how_actioned") && e.getValue() != null && !e.getValue().isBlank())
                    .count()).orElse(0L);
            List<LocalDate> dates = new ArrayList<>();
            dates.add(stored.map(ReturnsQueries.SingleAgencyAudit::submittedOn).orElse(null));
            lines.add(ReturnsStatus.audit(a, "single agency audit", due.orElse(null), due.map(d -> DueFrom.PROGRAMME)
                    .orElse(null), dates, stored.isPresent() ? 1 : 0, asAt, stored.isEmpty() ? "" : sections + " of "
                    + (ReturnsQueries.SINGLE_AGENCY_ANSWERS.size() - 1) + " sections completed"));
        }
        return new Report("Single agency audit returns for " + year, lines, "No agency in agencies.csv.");
    }

    private Optional<LocalDate> programmeDue(String process, String cycle) {
        return ProgrammeQueries.programme(db, process, cycle).map(ProgrammeEntry::dueOn);
    }

    private Agency agency(String code) {
        return ReturnsQueries.agencies(db).stream().filter(a -> a.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("agency " + code + " is not in agencies"));
    }

    /** Agencies graded on a case of the evaluation or holding chronology entries on one, by code. */
    private List<Agency> involved(EvaluationData data) {
        TreeSet<String> codes = new TreeSet<>(ReturnsQueries.chronologyAgencies(db, data.evaluation().ref()));
        data.grades().stream().map(AgencyGrade::agencyCode).forEach(codes::add);
        return ReturnsQueries.agencies(db).stream().filter(a -> codes.contains(a.code())).toList();
    }

    private EvaluationData evaluationData(String ref) throws NothingToIssue {
        return EvaluationQueries.evaluation(db, ref).orElseThrow(() -> new NothingToIssue("no evaluation " + ref
                + " in the database — check the ref (qaf ingest the dataset that holds it first)"));
    }
}
