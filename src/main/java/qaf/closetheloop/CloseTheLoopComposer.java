package qaf.closetheloop;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.ChildDetails;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.calendar.ClockResult;
import qaf.closetheloop.CloseTheLoopDocument.Field;
import qaf.closetheloop.CloseTheLoopDocument.Kind;
import qaf.closetheloop.CloseTheLoopDocument.Section;
import qaf.document.Audience;
import qaf.document.DocumentMeta;

/**
 * Pre-fills appendix C for one agency on one case from an evaluation's findings, the child's
 * restricted details and, when the agency has returned the form, its answers. Pure: records in,
 * model out. Gaps in the records become "not recorded", never a failure.
 */
public final class CloseTheLoopComposer {
    static final String KIND = "close-the-loop";
    static final String NOT_RECORDED = "not recorded";
    static final String YES = "Yes";
    static final String NO = "No";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Appendix C's case types, in its order, with the dataset's case_type each stands for. */
    private static final List<List<String>> FORM_CASE_TYPES = List.of(
            List.of("cin", "Child in need"), List.of("cp", "Child protection"), List.of("cic", "Child in care"),
            List.of("care-leaver", "Care leaver"), List.of("adoption", "Adoption"));

    /**
     * @param findings the evaluation's findings as at the end of the reporting year
     * @param children the evaluation's children ({@code EvaluationQueries.children}); one may be missing
     * @throws IllegalArgumentException if no close-the-loop form is due from the agency on the case
     */
    public CloseTheLoopDocument compose(String partnershipName, EvaluationFindings findings, String caseRef,
            String agencyCode, Collection<ChildDetails> children) {
        CloseTheLoopItem item = findings.closeTheLoop().expected().stream()
                .filter(i -> i.grade().caseRef().equals(caseRef) && i.grade().agencyCode().equals(agencyCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no close-the-loop form is due from " + agencyCode
                        + " on case " + caseRef + " in evaluation " + findings.evaluation().ref()));
        EvaluationCase c = findings.cases().stream().map(CaseOutcome::evaluationCase)
                .filter(x -> x.caseRef().equals(caseRef)).findFirst().orElseThrow();
        Optional<ChildDetails> child = children.stream().filter(x -> x.childRef().equals(c.childRef())).findFirst();
        AgencyGrade g = item.grade();
        Optional<CloseTheLoopReturn> r = item.returned();
        LocalDate panel = findings.evaluation().panelOn();

        String lead = r.map(CloseTheLoopReturn::leadPerson).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(g.leadPerson()).filter(s -> !s.isBlank())).map(String::strip)
                .orElse("");
        Section leadSection = new Section("Lead person details", "", List.of(
                fact("Service", "service", g.agencyName()),
                new Field("Lead person", "lead-person", Kind.TEXT, lead, lead.isEmpty(), List.of()),
                new Field("Date completed", "date-completed", Kind.TEXT,
                        r.map(x -> DAY.format(x.returnedOn())).orElse(""), false, List.of()),
                new Field("Date reviewed", "date-reviewed", Kind.TEXT, "", false, List.of())));

        Section caseSection = new Section("Case details copied from audit", "", List.of(
                fact("Case ID", "case-id", caseRef),
                fact("Date case currently opened", "case-opened", DAY.format(c.caseOpenedOn())),
                fact("Child name", "child-name", child.map(x -> x.givenName() + " " + x.familyName()).orElse(null)),
                fact("Child date of birth", "child-dob", DAY.format(c.dateOfBirth())),
                fact("Child age", "child-age", age(c, panel)),
                fact("Gender", "gender", child.map(ChildDetails::gender).orElse(null)),
                fact("Ethnicity", "ethnicity", child.map(ChildDetails::ethnicity).orElse(null)),
                fact("Religion", "religion", child.map(ChildDetails::religion).orElse(null)),
                fact("Type of case", "case-type", caseType(c.caseType())),
                fact("Name of case worker", "case-worker", c.caseWorker()),
                fact("Supervising manager", "supervising-manager", c.supervisingManager()),
                fact("Team", "team", c.team())));

        List<Field> audit = new ArrayList<>();
        audit.add(fact("Overall grade of the audit", "overall-grade", grade(g)));
        if (g.regraded()) {
            audit.add(fact("The panel's rationale", "rationale",
                    g.rationaleMissing() ? "No rationale recorded" : g.rationale().strip()));
        }
        audit.add(fact("Who were the auditors?", "auditors", g.agencyName() + " (self-evaluation), challenged by the"
                + " multi-agency panel" + (blank(findings.evaluation().chair()) ? " (chair not recorded)"
                : ", chaired by " + findings.evaluation().chair().strip())));
        audit.add(fact("When was the audit completed?", "audit-date", DAY.format(panel) + " (the panel day)"));
        audit.add(fact("Form due back", "due-date", item.clock()
                .map(x -> DAY.format(x.due()) + " (10 working days after the panel day)")
                .orElse("cannot be worked out: a date lies outside the bank-holiday data")));
        audit.add(new Field("Has the social worker been notified of findings?", "worker-notified", Kind.CHOICE,
                r.map(x -> x.workerNotified() ? YES : NO).orElse(""), false, List.of(YES, NO)));
        audit.add(area("Present at the close the loop meeting", "present", r.map(CloseTheLoopReturn::present)));
        Section auditSection = new Section("Case worker to complete",
                "The grade, the auditors and the audit date are copied from the evaluation.", audit);

        List<Section> sections = List.of(leadSection, caseSection, auditSection,
                single("Overview/background", "overview", r.map(CloseTheLoopReturn::overview)),
                single("Reflections", "reflections", r.map(CloseTheLoopReturn::reflections)),
                single("Learning opportunity", "learning", r.map(CloseTheLoopReturn::learning)),
                new Section("Actions", "", List.of(area("Actions", "actions", r.map(CloseTheLoopReturn::actions)),
                        new Field("Completed", "completed", Kind.TEXT, "", false, List.of()))));

        String ref = findings.evaluation().ref();
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName,
                "Closing the loop on a multi-agency case evaluation",
                g.agencyName() + ", case " + caseRef + ", evaluation " + ref, Audience.CASE,
                List.of(ref, caseRef, agencyCode, c.childRef()));
        String purpose = "For the lead person of " + g.agencyName() + ", whose involvement in this case the"
                + " multi-agency case evaluation graded " + g.finalGrade().label().toLowerCase(Locale.UK)
                + ". Make sure the findings reach the allocated worker, that the actions are monitored and done"
                + " in good time, and return this form to the partnership so that the learning changes practice.";
        return new CloseTheLoopDocument(meta, purpose, status(item, panel, findings.asOf()), sections);
    }

    static String status(CloseTheLoopItem item, LocalDate panel, LocalDate asOf) {
        if (item.clock().isEmpty()) {
            return "The due date cannot be worked out: a date lies outside the bank-holiday data.";
        }
        ClockResult c = item.clock().get();
        String due = "Due " + DAY.format(c.due()) + ", 10 working days after the panel day (" + DAY.format(panel)
                + "). ";
        return due + switch (c.status()) {
            case ON_TIME -> "Returned " + DAY.format(c.done()) + ", on time.";
            case LATE -> "Returned " + DAY.format(c.done()) + ", late by " + days(c.daysLate()) + ".";
            case OVERDUE -> "Not returned as at " + DAY.format(asOf) + ": overdue by " + days(c.daysLate()) + ".";
            case NOT_YET_DUE -> "Not returned as at " + DAY.format(asOf) + "; not yet due.";
        };
    }

    private static String days(int n) {
        return n + (n == 1 ? " working day" : " working days");
    }

    private static String grade(AgencyGrade g) {
        String label = g.finalGrade().label();
        return g.regraded() ? label + " (self-graded " + g.selfGrade().label().toLowerCase(Locale.UK)
                + "; regraded by the panel)" : label;
    }

    private static String age(EvaluationCase c, LocalDate panel) {
        int years = c.ageInYears(panel);
        String on = " at the panel day, " + DAY.format(panel);
        if (years < 0) {
            return "Unborn" + on;
        }
        return years + (years == 1 ? " year" : " years") + " old" + on;
    }

    /** Appendix C's tick boxes, ticked (☒) for the case's type; a type the form lacks is added as "Other". */
    static String caseType(String id) {
        StringBuilder s = new StringBuilder();
        boolean listed = false;
        for (List<String> type : FORM_CASE_TYPES) {
            boolean ticked = type.get(0).equals(id);
            listed |= ticked;
            s.append(s.length() == 0 ? "" : "\n").append(ticked ? "\u2612 " : "\u2610 ").append(type.get(1));
        }
        if (!listed) {
            s.append("\n\u2612 Other: ").append(switch (id) {
                case "early-help" -> "Early help";
                case "assessment" -> "Assessment";
                default -> id;
            });
        }
        return s.toString();
    }

    private static Field fact(String label, String tag, String value) {
        boolean missing = blank(value);
        return new Field(label, tag, Kind.FACT, missing ? NOT_RECORDED : value.strip(), missing, List.of());
    }

    private static Field area(String label, String tag, Optional<String> value) {
        return new Field(label, tag, Kind.AREA, value.map(String::strip).orElse(""), false, List.of());
    }

    private static Section single(String heading, String tag, Optional<String> value) {
        return new Section(heading, "", List.of(area(heading, tag, value)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
