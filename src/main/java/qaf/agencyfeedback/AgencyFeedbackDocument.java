package qaf.agencyfeedback;

import java.util.List;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.ReportDocument;

/**
 * One agency's feedback from one multi-agency case evaluation, to be sent to its board
 * representative: a {@code board}-audience document, so cases appear by pseudonym and case type only.
 * Format-free and already formatted for display: both renderers take exactly this.
 *
 * @param meta title, partnership, audience and refs (evaluation first, then the agency, then cases)
 * @param agencyName the agency's name
 * @param leadPerson the agency's evaluation lead, or "not recorded"
 * @param covering the covering paragraph addressed to the board representative
 * @param facts what, when and as at when: label and value pairs
 * @param grades one row per case the agency graded, by case ref
 * @param position the agency against every other agency graded in the evaluation
 * @param positionNote how to read the position table
 * @param actions the evaluation's actions for this agency, by action ref
 * @param returns the close-the-loop forms due from this agency, by case ref
 * @param notes gaps in the data stated plainly (flags about this agency or the whole evaluation)
 */
public record AgencyFeedbackDocument(DocumentMeta meta, String agencyName, String leadPerson, String covering,
        List<Fact> facts, List<CaseGrade> grades, List<PositionRow> position, String positionNote,
        List<ActionRow> actions, List<ReturnRow> returns, List<String> notes) implements ReportDocument {

    public AgencyFeedbackDocument {
        facts = List.copyOf(facts);
        grades = List.copyOf(grades);
        position = List.copyOf(position);
        actions = List.copyOf(actions);
        returns = List.copyOf(returns);
        notes = List.copyOf(notes);
    }

    public record Fact(String label, String value) {
    }

    /**
     * @param change e.g. "Unchanged", "Down 1 step"; a regrade also carries a written "▼"/"▲" marker
     * @param rationale the panel's rationale, "—" when unchanged, or a flagged "No rationale recorded"
     * @param regraded the panel changed the grade (rows are emphasised; the change text says so too)
     */
    public record CaseGrade(String caseRef, String pseudonym, String caseType, String selfGrade, String finalGrade,
            String change, String rationale, boolean regraded) {
    }

    public record PositionRow(String measure, String agency, String others) {
    }

    public record ActionRow(String actionRef, String description, String due, String status, String completed) {
    }

    public record ReturnRow(String caseRef, String pseudonym, String finalGrade, String due, String returned,
            String status) {
    }

    /** {@code <evaluation>_<agency>}: the composer puts those refs first. */
    @Override
    public String name() {
        return ReportDocument.safeName(meta.refs().get(0)) + "_" + ReportDocument.safeName(meta.refs().get(1));
    }

    @Override
    public List<DataTable> dataTables() {
        return List.of(
                new DataTable("grades", List.of("case", "child", "case_type", "self_grade", "final_grade", "change",
                        "rationale"), grades.stream().map(g -> List.of(g.caseRef(), g.pseudonym(), g.caseType(),
                        g.selfGrade(), g.finalGrade(), g.change(), g.rationale())).toList()),
                new DataTable("position", List.of("measure", "agency", "all_other_agencies"),
                        position.stream().map(p -> List.of(p.measure(), p.agency(), p.others())).toList()),
                new DataTable("actions", List.of("action", "description", "due", "status", "completed"),
                        actions.stream().map(a -> List.of(a.actionRef(), a.description(), a.due(), a.status(),
                                a.completed())).toList()),
                new DataTable("close-the-loop", List.of("case", "child", "final_grade", "due", "returned", "status"),
                        returns.stream().map(r -> List.of(r.caseRef(), r.pseudonym(), r.finalGrade(), r.due(),
                                r.returned(), r.status())).toList()));
    }
}
