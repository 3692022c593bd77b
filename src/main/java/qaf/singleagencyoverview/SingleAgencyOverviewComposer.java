package qaf.singleagencyoverview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.Ratio;
import qaf.analysis.audit.SingleAgencyAudit;
import qaf.analysis.audit.SingleAgencyAuditAnalysis;
import qaf.analysis.audit.SingleAgencyAuditYear;
import qaf.analysis.audit.SingleAgencyOverview;
import qaf.analysis.audit.SingleAgencyOverview.AuditLine;
import qaf.analysis.audit.SingleAgencyOverview.HowActionedCount;
import qaf.analysis.audit.SingleAgencyOverview.SubmissionStatus;
import qaf.calendar.ReportingYear;
import qaf.document.Audience;
import qaf.document.DocumentMeta;

/**
 * Words a year's single agency audit analysis ({@link SingleAgencyAuditAnalysis}) for the board.
 * Pure. Audits are due on {@link SingleAgencyAuditAnalysis#defaultDue} and statuses are measured at
 * the end of the year being built.
 */
public final class SingleAgencyOverviewComposer {
    static final String KIND = "single-agency-overview";
    /** Shown wherever a value is missing; a missing value is never shown as 0. */
    static final String MISSING = "\u2013";
    static final String NOT_STATED = "Not stated";
    static final List<String> SECTION_TITLES = List.of("Audit activity", "Performance information",
            "Executive summary", "Outcomes", "Message for the board", "Recommendations");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public SingleAgencyOverviewDocument compose(String partnershipName, ReportingYear year,
            SingleAgencyAuditYear data) {
        LocalDate due = SingleAgencyAuditAnalysis.defaultDue(year);
        LocalDate asOf = year.end();
        SingleAgencyOverview o = SingleAgencyAuditAnalysis.analyse(data, due, asOf);

        List<SingleAgencyOverviewDocument.ReturnRow> returns = new ArrayList<>();
        List<SingleAgencyOverviewDocument.AgencyAudit> audits = new ArrayList<>();
        for (AuditLine line : o.lines()) {
            returns.add(new SingleAgencyOverviewDocument.ReturnRow(line.agency().code(), line.agency().name(),
                    line.audit().submittedOn() == null ? MISSING : DAY.format(line.audit().submittedOn()),
                    status(line, due), how(line)));
            audits.add(audit(line, due));
        }
        for (Agency a : o.notAsked()) {
            returns.add(new SingleAgencyOverviewDocument.ReturnRow(a.code(), a.name(), MISSING,
                    "No audit recorded for the year", MISSING));
        }
        List<SingleAgencyOverviewDocument.HowRow> how = new ArrayList<>();
        for (HowActionedCount h : o.howActioned()) {
            how.add(new SingleAgencyOverviewDocument.HowRow(h.how().label(), h.count()));
        }
        how.add(new SingleAgencyOverviewDocument.HowRow(NOT_STATED, o.howActionedNotStated()));

        Ratio submitted = o.submittedRate();
        List<String> rates = List.of(
                "Audits asked for: " + submitted.denominator() + ".",
                "Submitted: " + ratio(submitted) + ".",
                "Submitted on time: " + ratio(o.onTimeRate()) + ".",
                "Missing (not received): " + ratio(new Ratio(submitted.denominator() - submitted.numerator(),
                        submitted.denominator())) + ".");
        String dueRule = "Audits were due by " + LONG.format(due) + ". The framework asks for an annual audit but"
                + " sets no date, so the rule used is the last day of the reporting year; an audit is on time when"
                + " submitted on or before that day, and lateness is counted in calendar days.";
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Single agency audits " + o.year(),
                "Appendix E returns for the reporting year " + o.year(), Audience.BOARD,
                refs(o));
        return new SingleAgencyOverviewDocument(meta, o.year(), dueRule,
                "Statuses are as at " + LONG.format(asOf) + ", the end of the reporting year.", rates, returns, how,
                o.dataNotes(), audits);
    }

    static String status(AuditLine line, LocalDate due) {
        return switch (line.status()) {
            case ON_TIME -> "Submitted on time";
            case LATE -> "Submitted late, " + days(line.daysLate()) + " after the due date";
            case OVERDUE -> "Missing: not received, " + days(line.daysLate()) + " overdue";
            case NOT_YET_DUE -> "Missing: not received (due " + DAY.format(due) + ", not yet overdue)";
        };
    }

    private static String how(AuditLine line) {
        if (line.audit().howActioned() != null) {
            return line.audit().howActioned().label();
        }
        return line.status().submitted() ? NOT_STATED : MISSING;
    }

    private static SingleAgencyOverviewDocument.AgencyAudit audit(AuditLine line, LocalDate due) {
        SingleAgencyAudit a = line.audit();
        String name = line.agency().name();
        String code = line.agency().code();
        // Some names already end with their code, e.g. "Mental Health Trust (CAMHS)": do not repeat it.
        String heading = name.endsWith("(" + code + ")") ? name : name + " (" + code + ")";
        String status = status(line, due) + (a.submittedOn() == null ? "" : ", " + DAY.format(a.submittedOn()))
                + "." + (line.status().submitted() || a.howActioned() != null
                        ? " To be actioned by: " + how(line) + "." : "");
        List<String> texts = java.util.Arrays.asList(a.auditActivity(), a.performanceInformation(),
                a.executiveSummary(), a.outcomes(), a.boardMessage(), a.recommendations());
        boolean anyText = texts.stream().anyMatch(t -> t != null && !t.isBlank());
        List<SingleAgencyOverviewDocument.Section> sections = new ArrayList<>();
        // An audit not received has nothing to show; one with text but no date still shows its text.
        if (line.status().submitted() || anyText) {
            for (int i = 0; i < SECTION_TITLES.size(); i++) {
                String t = texts.get(i);
                sections.add(new SingleAgencyOverviewDocument.Section(SECTION_TITLES.get(i),
                        t == null || t.isBlank() ? MISSING : t.strip()));
            }
        }
        return new SingleAgencyOverviewDocument.AgencyAudit(line.agency().code(), heading, status, sections);
    }

    static String ratio(Ratio r) {
        if (r.isUndefined()) {
            return MISSING + " (no audit was asked for)";
        }
        return r.numerator() + " of " + r.denominator() + " (" + r.wholePercent() + "%)";
    }

    private static String days(int n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static List<String> refs(SingleAgencyOverview o) {
        List<String> refs = new ArrayList<>();
        refs.add(o.year());
        o.lines().forEach(l -> refs.add(l.agency().code()));
        return refs;
    }
}
