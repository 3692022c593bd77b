package qaf.agencyfeedback;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.AgencyPosition;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.CaseType;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Flag;
import qaf.analysis.evaluation.GradeAnalysis;
import qaf.analysis.evaluation.Share;
import qaf.calendar.ClockResult;
import java.util.Set;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.ReportDocument;
import qaf.document.TableLayout;
import qaf.document.Tone;
import qaf.terms.Terms;

/**
 * Composes one agency's feedback from an evaluation's findings as one block document, to be sent to
 * its board representative. Pure: findings in, document out. The document holds pseudonyms and case
 * types only (board audience): this class never sees a child's name.
 */
public final class AgencyFeedbackComposer {
    static final String KIND = "agency-feedback";
    static final String NOT_RECORDED = "not recorded";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** In the framework's own words: what a partnership without terms.csv reads. */
    public BlockDocument compose(String partnershipName, EvaluationFindings findings, String agencyCode) {
        return compose(partnershipName, findings, agencyCode, Terms.FRAMEWORK);
    }

    /**
     * @param partnershipName the partnership's name, for the page furniture and the covering note
     * @param findings the evaluation's findings as at the end of the reporting year
     * @param agencyCode an agency graded in the evaluation
     * @param terms the partnership's words for the board and the subgroup the agency reports back to
     * @throws IllegalArgumentException if the agency graded no case of the evaluation
     */
    public BlockDocument compose(String partnershipName, EvaluationFindings findings, String agencyCode, Terms terms) {
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
        List<AgencyGrade> all = findings.cases().stream().flatMap(c -> c.grades().stream()).toList();
        AgencyPosition position = GradeAnalysis.position(all, agencyCode);
        List<CloseTheLoopItem> due = findings.closeTheLoop().expected().stream()
                .filter(i -> i.grade().agencyCode().equals(agencyCode)).toList();

        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, "Covering note"));
        body.add(new Block.Paragraph(covering(partnershipName, findings, agency, lead, own, position, due, asAt, terms)));
        body.add(facts(List.of(
                List.of("Evaluation", ref),
                List.of("Theme", findings.evaluation().theme()),
                List.of("Kind", findings.evaluation().kind().title()),
                List.of("Panel day", DAY.format(findings.evaluation().panelOn())),
                List.of("Agency", agency),
                List.of("Evaluation lead", lead),
                List.of("Statuses as at", asAt))));
        grades(own, cases, body);
        strengths(own, cases, agency, body);
        position(findings, agencyCode, agency, all, position, body);
        actions(findings, agencyCode, agency, body);
        returns(due, cases, agency, body);
        List<String> notes = new ArrayList<>();
        for (Flag f : findings.flags()) {
            if (f.agencyCode() == null || f.agencyCode().equals(agencyCode)) {
                notes.add(f.message());
            }
        }
        if (!notes.isEmpty()) {
            body.add(new Block.Heading(1, "Notes"));
            body.add(new Block.Bullets(notes));
        }

        List<String> refs = new ArrayList<>();
        refs.add(ref);
        refs.add(agencyCode);
        own.forEach(g -> refs.add(g.caseRef()));
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Agency feedback: " + agency,
                "Multi-agency case evaluation " + ref + ": " + findings.evaluation().theme(), Audience.BOARD, refs);
        // <evaluation>_<agency>, as published before the block model.
        String fileName = ReportDocument.safeName(ref) + "_" + ReportDocument.safeName(agencyCode);
        return new BlockDocument(meta, fileName, "", body);
    }

    /** "Label: value" lines in one paragraph, the labels in bold: the covering note's particulars. */
    private static Block facts(List<List<String>> facts) {
        List<Inline> runs = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            runs.add(Inline.strong(facts.get(i).get(0) + ": "));
            runs.add(Inline.plain(facts.get(i).get(1) + (i < facts.size() - 1 ? "\n" : "")));
        }
        return new Block.Paragraph(runs);
    }

    private static void grades(List<AgencyGrade> own, Map<String, EvaluationCase> cases, List<Block> body) {
        body.add(new Block.Heading(1, "Grades per case"));
        body.add(new Block.Paragraph("Self-grade is the agency's own; final grade is the panel's, or the self-grade"
                + " where the panel left it unchanged. Regrades are marked \u25B2 (up) or \u25BC (down), their"
                + " grades and change in bold."));
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (AgencyGrade g : own) {
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
            // A regraded row is bold but for its rationale: in the sample build a long bold rationale lost
            // its last line from the PDF (see the merge notes). The ▲/▼ says "regraded" in words anyway.
            List<Block.Cell> row = new ArrayList<>(List.of(g.caseRef(), c.pseudonym(),
                    CaseType.labelOf(c.caseType()), g.selfGrade().label(), g.finalGrade().label(), change).stream()
                    .map(t -> new Block.Cell(t, null, g.regraded())).toList());
            row.add(Block.Cell.of(rationale));
            rows.add(row);
        }
        List<List<String>> data = rows.stream().map(r -> r.stream().map(Block.Cell::text).toList()).toList();
        body.add(new Block.Table("grades", List.of("Case", "Child", "Case type", "Self-grade", "Final grade",
                "Change", "Rationale"), rows, TableLayout.CASE_GRADES, Set.of(), new DataTable("grades",
                List.of("case", "child", "case_type", "self_grade", "final_grade", "change", "rationale"), data)));
    }

    /** The agency's own words from its self-evaluation of each case: what went well and what to improve. */
    private static void strengths(List<AgencyGrade> own, Map<String, EvaluationCase> cases, String agency,
            List<Block> body) {
        body.add(new Block.Heading(1, "Strengths and areas for improvement"));
        body.add(new Block.Paragraph("As " + agency + " recorded them in its self-evaluation of each case."));
        List<List<String>> rows = new ArrayList<>();
        for (AgencyGrade g : own) {
            rows.add(List.of(g.caseRef() + " (" + cases.get(g.caseRef()).pseudonym() + ")", ownWords(g.strengths()),
                    ownWords(g.improvements())));
        }
        List<List<String>> data = new ArrayList<>();
        for (AgencyGrade g : own) {
            data.add(List.of(g.caseRef(), cases.get(g.caseRef()).pseudonym(), blank(g.strengths()) ? ""
                    : g.strengths().strip(), blank(g.improvements()) ? "" : g.improvements().strip()));
        }
        body.add(new Block.Table("strengths", List.of("Case", "Strengths", "Areas for improvement"), cells(rows),
                TableLayout.THREE_TEXT, Set.of(), new DataTable("strengths",
                        List.of("case", "child", "strengths", "improvements"), data)));
    }

    private static String ownWords(String stored) {
        return blank(stored) ? "Not recorded" : stored.strip();
    }

    private static void position(EvaluationFindings findings, String agencyCode, String agency,
            List<AgencyGrade> all, AgencyPosition position, List<Block> body) {
        body.add(new Block.Heading(1, "Position against the partnership"));
        List<List<String>> rows = List.of(
                List.of("Final grades good or better", position.finalGoodOrBetter().label(),
                        position.othersFinalGoodOrBetter().label()),
                List.of("Grades changed by the panel", position.regraded().label(), position.othersRegraded().label()));
        body.add(new Block.Table("position", List.of("Measure", agency, "All other agencies"), cells(rows),
                TableLayout.THREE, TableLayout.THREE.defaultNumeric(),
                new DataTable("position", List.of("measure", "agency", "all_other_agencies"), rows)));
        long otherAgencies = all.stream().map(AgencyGrade::agencyCode).filter(c -> !c.equals(agencyCode))
                .distinct().count();
        body.add(new Block.Paragraph(otherAgencies == 0
                ? agency + " was the only agency graded in this evaluation, so there is nothing to compare with."
                : "All other agencies: the " + otherAgencies
                        + (otherAgencies == 1 ? " other agency" : " other agencies")
                        + " graded in this evaluation, every case taken together. A grading is one agency's"
                        + " grade on one case; the counts are in brackets."));
    }

    private static void actions(EvaluationFindings findings, String agencyCode, String agency, List<Block> body) {
        body.add(new Block.Heading(1, "Actions"));
        List<ActionRecord> mine = findings.actions().stream().filter(a -> agencyCode.equals(a.agencyCode())).toList();
        if (mine.isEmpty()) {
            body.add(new Block.Paragraph("The evaluation's action plan holds no action for " + agency + "."));
            return;
        }
        List<List<Block.Cell>> rows = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        for (ActionRecord a : mine) {
            boolean overdue = a.overdueAt(findings.asOf());
            String status = a.status().label() + (overdue ? " (overdue)" : "");
            List<String> row = List.of(a.actionRef(), a.description(), DAY.format(a.dueOn()), status,
                    a.completedOn() == null ? "" : DAY.format(a.completedOn()));
            data.add(row);
            List<Block.Cell> cells = new ArrayList<>(row.stream().map(Block.Cell::of).toList());
            // Overdue in red; the status says "(overdue)" in words.
            cells.set(3, new Block.Cell(status, overdue ? Tone.BAD : null, false));
            rows.add(cells);
        }
        body.add(new Block.Table("actions", List.of("Action", "Description", "Due", "Status", "Completed"), rows,
                TableLayout.AGENCY_ACTIONS, Set.of(), new DataTable("actions",
                        List.of("action", "description", "due", "status", "completed"), data)));
    }

    private static void returns(List<CloseTheLoopItem> due, Map<String, EvaluationCase> cases, String agency,
            List<Block> body) {
        body.add(new Block.Heading(1, "Close-the-loop returns"));
        if (due.isEmpty()) {
            body.add(new Block.Paragraph("No close-the-loop form was due: no final grade of " + agency
                    + " was requires improvement or inadequate."));
            return;
        }
        body.add(new Block.Paragraph("A form is due 10 working days after the panel day for every case whose final"
                + " grade is requires improvement or inadequate."));
        List<List<String>> rows = new ArrayList<>();
        for (CloseTheLoopItem i : due) {
            AgencyGrade g = i.grade();
            rows.add(List.of(g.caseRef(), cases.get(g.caseRef()).pseudonym(), g.finalGrade().label(),
                    i.clock().map(c -> DAY.format(c.due())).orElse("cannot be worked out"),
                    i.returned().map(r -> DAY.format(r.returnedOn())).orElse("Not returned"), status(i)));
        }
        body.add(new Block.Table("close-the-loop", List.of("Case", "Child", "Final grade", "Due", "Returned",
                "Status"), cells(rows), TableLayout.RETURNS, Set.of(), new DataTable("close-the-loop",
                List.of("case", "child", "final_grade", "due", "returned", "status"), rows)));
    }

    private static List<List<Block.Cell>> cells(List<List<String>> rows) {
        return rows.stream().map(r -> r.stream().map(Block.Cell::of).toList()).toList();
    }

    private static String covering(String partnership, EvaluationFindings findings, String agency, String lead,
            List<AgencyGrade> own, AgencyPosition position, List<CloseTheLoopItem> due, String asAt, Terms terms) {
        long changed = own.stream().filter(AgencyGrade::regraded).count();
        StringBuilder s = new StringBuilder();
        s.append("To the ").append(terms.word("board", "board")).append(" representative of ").append(agency).append(": this is your agency's feedback from ")
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
                .append(", cascade the learning to staff, and report back to the ").append(terms.auditSubgroup())
                .append(" when that has been done.");
        return s.toString();
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
        return s.label();
    }


    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
