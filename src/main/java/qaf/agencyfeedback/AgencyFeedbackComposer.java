package qaf.agencyfeedback;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import qaf.analysis.evaluation.Action;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.AgencyPosition;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Flag;
import qaf.analysis.evaluation.GradeAnalysis;
import qaf.analysis.evaluation.Share;
import qaf.calendar.ClockResult;
import qaf.document.Audience;
import qaf.document.DocumentMeta;

/**
 * Composes one agency's feedback from an evaluation's findings. Pure: findings in, model out. The
 * model holds pseudonyms and case types only (board audience): this class never sees a child's name.
 */
public final class AgencyFeedbackComposer {
    static final String KIND = "agency-feedback";
    static final String NOT_RECORDED = "not recorded";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /**
     * @param partnershipName the partnership's name, for the page furniture and the covering note
     * @param findings the evaluation's findings as at the end of the reporting year
     * @param agencyCode an agency graded in the evaluation
     * @throws IllegalArgumentException if the agency graded no case of the evaluation
     */
    public AgencyFeedbackDocument compose(String partnershipName, EvaluationFindings findings, String agencyCode) {
        List<AgencyGrade> own = findings.gradesOf(agencyCode);
        if (own.isEmpty()) {
            throw new IllegalArgumentException("agency " + agencyCode + " graded no case in evaluation "
                    + findings.evaluation().ref());
        }
        AgencyGrade first = own.get(0);
        String agency = first.agencyName();
        String lead = blank(first.leadPerson()) ? NOT_RECORDED : first.leadPerson().strip();
        Map<String, EvaluationCase> cases = new TreeMap<>();
        for (CaseOutcome c : findings.cases()) {
            cases.put(c.evaluationCase().caseRef(), c.evaluationCase());
        }
        String ref = findings.evaluation().ref();
        String asAt = DAY.format(findings.asOf());

        List<AgencyFeedbackDocument.CaseGrade> grades = own.stream().map(g -> caseGrade(g, cases)).toList();
        List<AgencyGrade> all = findings.cases().stream().flatMap(c -> c.grades().stream()).toList();
        AgencyPosition position = GradeAnalysis.position(all, agencyCode);
        List<AgencyFeedbackDocument.PositionRow> rows = List.of(
                new AgencyFeedbackDocument.PositionRow("Final grades good or better",
                        position.finalGoodOrBetter().label(), position.othersFinalGoodOrBetter().label()),
                new AgencyFeedbackDocument.PositionRow("Grades changed by the panel",
                        position.regraded().label(), position.othersRegraded().label()));
        long otherAgencies = all.stream().map(AgencyGrade::agencyCode).filter(c -> !c.equals(agencyCode))
                .distinct().count();
        String positionNote = otherAgencies == 0
                ? agency + " was the only agency graded in this evaluation, so there is nothing to compare with."
                : "All other agencies: the " + otherAgencies
                        + (otherAgencies == 1 ? " other agency" : " other agencies")
                        + " graded in this evaluation, every case taken together. A grading is one agency's"
                        + " grade on one case; the counts are in brackets.";

        List<AgencyFeedbackDocument.ActionRow> actions = findings.actions().stream()
                .filter(a -> agencyCode.equals(a.agencyCode()))
                .map(a -> actionRow(a, findings.asOf())).toList();
        List<CloseTheLoopItem> due = findings.closeTheLoop().expected().stream()
                .filter(i -> i.grade().agencyCode().equals(agencyCode)).toList();
        List<AgencyFeedbackDocument.ReturnRow> returns = due.stream().map(i -> returnRow(i, cases)).toList();

        List<String> notes = new ArrayList<>();
        for (Flag f : findings.flags()) {
            if (f.agencyCode() == null || f.agencyCode().equals(agencyCode)) {
                notes.add(f.message());
            }
        }

        List<AgencyFeedbackDocument.Fact> facts = List.of(
                new AgencyFeedbackDocument.Fact("Evaluation", ref),
                new AgencyFeedbackDocument.Fact("Theme", findings.evaluation().theme()),
                new AgencyFeedbackDocument.Fact("Kind", findings.evaluation().kind().title()),
                new AgencyFeedbackDocument.Fact("Panel day", DAY.format(findings.evaluation().panelOn())),
                new AgencyFeedbackDocument.Fact("Agency", agency),
                new AgencyFeedbackDocument.Fact("Evaluation lead", lead),
                new AgencyFeedbackDocument.Fact("Statuses as at", asAt));

        List<String> refs = new ArrayList<>();
        refs.add(ref);
        refs.add(agencyCode);
        own.forEach(g -> refs.add(g.caseRef()));
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Agency feedback: " + agency,
                "Multi-agency case evaluation " + ref + ": " + findings.evaluation().theme(), Audience.BOARD, refs);
        return new AgencyFeedbackDocument(meta, agency, lead,
                covering(partnershipName, findings, agency, lead, own, position, due, asAt), facts, grades, rows,
                positionNote, actions, returns, notes);
    }

    private static String covering(String partnership, EvaluationFindings findings, String agency, String lead,
            List<AgencyGrade> own, AgencyPosition position, List<CloseTheLoopItem> due, String asAt) {
        long changed = own.stream().filter(AgencyGrade::regraded).count();
        StringBuilder s = new StringBuilder();
        s.append("To the board representative of ").append(agency).append(": this is your agency's feedback from ")
                .append(partnership).append("'s multi-agency case evaluation ").append(findings.evaluation().ref())
                .append(", \u201c").append(findings.evaluation().theme()).append("\u201d, whose panel met on ")
                .append(DAY.format(findings.evaluation().panelOn())).append(". ");
        s.append(agency).append(" graded its involvement in ").append(count(own.size(), "case", "cases"))
                .append("; the panel agreed ").append(own.size() - changed).append(" of those grades and changed ")
                .append(changed).append(". ");
        s.append("Final grades good or better: ").append(shareText(position.finalGoodOrBetter()))
                .append(" for ").append(agency).append(", against ")
                .append(shareText(position.othersFinalGoodOrBetter())).append(" for all other agencies. ");
        if (due.isEmpty()) {
            s.append("No close-the-loop form was due from ").append(agency).append(". ");
        } else {
            long onTime = due.stream().filter(i -> is(i, ClockResult.Status.ON_TIME)).count();
            long late = due.stream().filter(i -> is(i, ClockResult.Status.LATE)).count();
            long outstanding = due.stream().filter(i -> i.returned().isEmpty()).count();
            s.append(count(due.size(), "close-the-loop form was", "close-the-loop forms were"))
                    .append(" due from ").append(agency).append("; as at ").append(asAt).append(", ")
                    .append(onTime).append(" returned on time, ").append(late).append(" late and ")
                    .append(outstanding).append(" not returned. ");
        }
        s.append("Please share this feedback with ")
                .append(NOT_RECORDED.equals(lead) ? "your agency's evaluation lead (none is recorded)" : lead)
                .append(", cascade the learning to staff, and report back to the Audit and Scrutiny subgroup when"
                        + " that has been done.");
        return s.toString();
    }

    private static AgencyFeedbackDocument.CaseGrade caseGrade(AgencyGrade g, Map<String, EvaluationCase> cases) {
        EvaluationCase c = cases.get(g.caseRef());
        int steps = g.stepsUp();
        String change = steps == 0 ? "Unchanged"
                : (steps > 0 ? "\u25B2 Up " : "\u25BC Down ") + count(Math.abs(steps), "step", "steps");
        String rationale;
        if (!g.regraded()) {
            rationale = "\u2014";
        } else if (g.rationaleMissing()) {
            rationale = "\u2691 No rationale recorded";
        } else {
            rationale = g.rationale().strip();
        }
        return new AgencyFeedbackDocument.CaseGrade(g.caseRef(), c.pseudonym(), caseTypeLabel(c.caseType()),
                g.selfGrade().label(), g.finalGrade().label(), change, rationale, g.regraded());
    }

    private static AgencyFeedbackDocument.ActionRow actionRow(Action a, LocalDate asOf) {
        String status = a.status().label() + (a.overdueAt(asOf) ? " (overdue)" : "");
        return new AgencyFeedbackDocument.ActionRow(a.actionRef(), a.description(), DAY.format(a.dueOn()), status,
                a.completedOn() == null ? "" : DAY.format(a.completedOn()));
    }

    private static AgencyFeedbackDocument.ReturnRow returnRow(CloseTheLoopItem i, Map<String, EvaluationCase> cases) {
        AgencyGrade g = i.grade();
        String due = i.clock().map(c -> DAY.format(c.due())).orElse("cannot be worked out");
        String returned = i.returned().map(r -> DAY.format(r.returnedOn())).orElse("Not returned");
        return new AgencyFeedbackDocument.ReturnRow(g.caseRef(), cases.get(g.caseRef()).pseudonym(),
                g.finalGrade().label(), due, returned, status(i));
    }

    /** The form's status in words; lateness in working days, as the clock counts it. */
    static String status(CloseTheLoopItem i) {
        if (i.clock().isEmpty()) {
            return "Not assessed: a date lies outside the bank-holiday data";
        }
        ClockResult c = i.clock().get();
        return switch (c.status()) {
            case ON_TIME -> "Returned on time";
            case LATE -> "Returned late, by " + count(c.daysLate(), "working day", "working days");
            case OVERDUE -> "Overdue, by " + count(c.daysLate(), "working day", "working days");
            case NOT_YET_DUE -> "Not yet due";
        };
    }

    private static boolean is(CloseTheLoopItem i, ClockResult.Status status) {
        return i.status().filter(s -> s == status).isPresent();
    }

    private static String shareText(Share s) {
        return s.isEmpty() ? "none graded" : s.percent() + "% (" + s.numerator() + " of " + s.denominator() + ")";
    }

    static String caseTypeLabel(String id) {
        return switch (id) {
            case "early-help" -> "Early help";
            case "assessment" -> "Assessment";
            case "cin" -> "Child in need";
            case "cp" -> "Child protection";
            case "cic" -> "Child in care";
            case "care-leaver" -> "Care leaver";
            case "adoption" -> "Adoption";
            default -> id;
        };
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
