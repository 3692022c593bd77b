package qaf.agencyfeedback;

import static qaf.agencyfeedback.AgencyFeedbackComposer.DAY;
import static qaf.agencyfeedback.AgencyFeedbackComposer.blank;
import static qaf.agencyfeedback.AgencyFeedbackComposer.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.AgencyPosition;
import qaf.analysis.evaluation.CaseType;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.calendar.ClockResult;
import java.util.Set;
import qaf.document.Block;
import qaf.document.DataTable;
import qaf.document.TableLayout;
import qaf.document.Tone;

/**
 * The agency feedback's sections after the covering note: the agency's grades per case, its own
 * words on strengths and improvements, its position against the other agencies, its actions and
 * its close-the-loop returns.
 */
final class FeedbackSections {
    private FeedbackSections() {
    }

    static void grades(List<AgencyGrade> own, Map<String, EvaluationCase> cases, List<Block> body) {
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
    static void strengths(List<AgencyGrade> own, Map<String, EvaluationCase> cases, String agency,
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

    static void position(EvaluationFindings findings, String agencyCode, String agency,
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

    static void actions(EvaluationFindings findings, String agencyCode, String agency, List<Block> body) {
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

    static void returns(List<CloseTheLoopItem> due, Map<String, EvaluationCase> cases, String agency,
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
}
