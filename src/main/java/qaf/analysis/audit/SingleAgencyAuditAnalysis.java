package qaf.analysis.audit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import qaf.analysis.audit.SingleAgencyOverview.AuditLine;
import qaf.analysis.audit.SingleAgencyOverview.HowActionedCount;
import qaf.analysis.audit.SingleAgencyOverview.SubmissionStatus;
import qaf.calendar.ReportingYear;

/**
 * Single agency audit figures (framework section 7, appendix E).
 *
 * <p>Expected audits are the year's {@code single_agency_audits} rows: a row with no
 * {@code submitted_on} records an audit asked for and not received. Agencies (schools aside) with no
 * row are listed as not asked, so none drops out silently.
 *
 * <p>Due date: the framework says only that the audit is annual and the dataset carries no due date,
 * so the caller passes one; {@link #defaultDue} gives the rule used when a partnership sets none —
 * the last day of the reporting year. An audit is on time when submitted on or before that day;
 * lateness is counted in calendar days.
 */
public final class SingleAgencyAuditAnalysis {
    private SingleAgencyAuditAnalysis() {
    }

    /** The default due date: the last day of the reporting year (31 March for an April start). */
    public static LocalDate defaultDue(ReportingYear year) {
        return year.end();
    }

    /** A due date and the sentence that says where it came from. */
    public record Due(LocalDate date, boolean fromProgramme) {
    }

    /**
     * The year's due date: the QA programme's ({@code programme.csv}, process single-agency-audit, cycle
     * the year's label; appendix B sets 31 October 2018) when it has one, else {@link #defaultDue}.
     */
    public static Due due(ReportingYear year, java.util.Optional<qaf.analysis.programme.ProgrammeEntry> programme) {
        return programme.map(p -> new Due(p.dueOn(), true)).orElseGet(() -> new Due(defaultDue(year), false));
    }

    /**
     * @param due the date audits are due
     * @param asOf decides whether an audit not received is overdue or not yet due
     */
    public static SingleAgencyOverview analyse(SingleAgencyAuditYear year, LocalDate due, LocalDate asOf) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(asOf, "asOf");
        Map<String, Agency> agencies = RowChecks.byCode(year.agencies());
        List<SingleAgencyAudit> audits = year.audits().stream()
                .sorted(Comparator.comparing(SingleAgencyAudit::agencyCode)).toList();
        List<AuditLine> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int[] how = new int[HowActioned.values().length];
        int notStated = 0;
        int submitted = 0;
        int onTime = 0;
        for (SingleAgencyAudit a : audits) {
            Agency agency = agencies.get(a.agencyCode());
            AuditLine line = line(agency, a, due, asOf);
            lines.add(line);
            String who = agency.name() + " (" + agency.code() + ")";
            if (line.status().submitted()) {
                submitted++;
                onTime += line.status() == SubmissionStatus.ON_TIME ? 1 : 0;
                if (a.howActionedAll().isEmpty()) {
                    notStated++;
                }
                a.howActionedAll().forEach(h -> how[h.ordinal()]++);
                if (a.allSectionsBlank()) {
                    notes.add(who + " submitted an audit with every section blank.");
                }
            } else if (!a.allSectionsBlank() || a.howActioned() != null) {
                notes.add(who + " has audit text but no submission date.");
            }
        }
        List<HowActionedCount> howCounts = new ArrayList<>();
        for (HowActioned h : HowActioned.values()) {
            howCounts.add(new HowActionedCount(h, how[h.ordinal()]));
        }
        Set<String> asked = new HashSet<>();
        audits.forEach(a -> asked.add(a.agencyCode()));
        List<Agency> notAsked = year.agencies().stream().filter(a -> !a.isSchool() && !asked.contains(a.code()))
                .sorted(Comparator.comparing(Agency::code)).toList();
        for (Agency a : notAsked) {
            notes.add("No single agency audit is recorded for " + a.name() + " (" + a.code() + ") in " + year.year()
                    + ".");
        }
        if (audits.isEmpty()) {
            notes.add(0, "No single agency audit was asked for in " + year.year() + ".");
        }
        return new SingleAgencyOverview(year.year(), due, new Ratio(submitted, audits.size()),
                new Ratio(onTime, audits.size()), lines, howCounts, notStated, notAsked, notes,
                lines.stream().filter(l -> l.audit().moderation()).map(AuditLine::agency).toList());
    }

    private static AuditLine line(Agency agency, SingleAgencyAudit a, LocalDate due, LocalDate asOf) {
        LocalDate on = a.submittedOn();
        if (on != null) {
            return on.isAfter(due)
                    ? new AuditLine(agency, SubmissionStatus.LATE, days(due, on), a)
                    : new AuditLine(agency, SubmissionStatus.ON_TIME, 0, a);
        }
        return asOf.isAfter(due)
                ? new AuditLine(agency, SubmissionStatus.OVERDUE, days(due, asOf), a)
                : new AuditLine(agency, SubmissionStatus.NOT_YET_DUE, 0, a);
    }

    private static int days(LocalDate from, LocalDate to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
    }
}
