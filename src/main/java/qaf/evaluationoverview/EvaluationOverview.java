package qaf.evaluationoverview;

import java.util.ArrayList;
import java.util.List;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Chart;
import qaf.document.ReportDocument;

/**
 * The overview of one multi-agency case evaluation for the partnership board: a {@code board}
 * document, so it holds pseudonyms and age bands only, never a child's name or date of birth (the
 * composer never copies them in). Format-free and already worded: both renderers show exactly this.
 *
 * @param meta title, partnership, audience and refs (evaluation ref first)
 * @param asAt the date statuses are measured at, as shown, e.g. "31 March 2019"
 * @param facts what the evaluation is: theme, kind, dates, chair, deadlines
 * @param timetableNote how the timetable was adjusted or why it could not be laid out; "" for none
 * @param submissions chronology and self-evaluation timeliness per agency, by agency code
 * @param submissionsNote a sentence when submissions could not all be measured; "" otherwise
 * @param cases the sample by case ref
 * @param matrix the agency x case grade matrix in blocks of at most {@link #MATRIX_CASES} cases;
 *     empty when no agency graded any case
 * @param gradeCounts self and final counts per grade, best grade first
 * @param gradeSummary the headline sentences on grades
 * @param gradeChart self against final grades; null when nothing was graded
 * @param regradingByAgency per agency, how the panel moved its grades
 * @param regrades every changed grade with its rationale, by agency code then case ref
 * @param findings per case: partnership effectiveness, child's voice, strengths, improvements
 * @param findingsSummary the partnership-effectiveness and child's-voice totals, as sentences
 * @param actions the action plan by action ref
 * @param closeTheLoop expected forms per agency, by agency code, then a total row when any
 * @param notes plain statements of gaps in the data, never naming a child
 */
public record EvaluationOverview(
        DocumentMeta meta,
        String asAt,
        List<Fact> facts,
        String timetableNote,
        List<SubmissionRow> submissions,
        String submissionsNote,
        List<SampleCase> cases,
        List<MatrixBlock> matrix,
        List<GradeCountRow> gradeCounts,
        List<String> gradeSummary,
        Chart gradeChart,
        List<AgencyRegrading> regradingByAgency,
        List<Regrade> regrades,
        List<CaseFinding> findings,
        List<String> findingsSummary,
        List<ActionRow> actions,
        List<LoopRow> closeTheLoop,
        List<String> notes) implements ReportDocument {

    /** Case columns per matrix block: what fits across a landscape page beside the agency column. */
    public static final int MATRIX_CASES = 7;

    public EvaluationOverview {
        facts = List.copyOf(facts);
        submissions = List.copyOf(submissions);
        cases = List.copyOf(cases);
        matrix = List.copyOf(matrix);
        gradeCounts = List.copyOf(gradeCounts);
        gradeSummary = List.copyOf(gradeSummary);
        regradingByAgency = List.copyOf(regradingByAgency);
        regrades = List.copyOf(regrades);
        findings = List.copyOf(findings);
        findingsSummary = List.copyOf(findingsSummary);
        actions = List.copyOf(actions);
        closeTheLoop = List.copyOf(closeTheLoop);
        notes = List.copyOf(notes);
    }

    /** A labelled fact about the evaluation, e.g. "Panel day" / "Wednesday 6 June 2018". */
    public record Fact(String label, String value) {
    }

    /** One agency's submissions: counts of chronologies and self-evaluations on time, late and missing. */
    public record SubmissionRow(String agencyCode, String agency, int chronologyOnTime, int chronologyLate,
            int chronologyMissing, int evaluationOnTime, int evaluationLate, int evaluationMissing) {
    }

    /**
     * A case of the sample as the board may see it.
     *
     * @param ageBand the child's age band on the panel day, e.g. "11–15"
     * @param agencies the agencies graded on the case, by name; "none graded" when none
     */
    public record SampleCase(String caseRef, String pseudonym, String ageBand, String caseType, String agencies) {
    }

    /**
     * Up to {@link #MATRIX_CASES} cases of the matrix.
     *
     * @param caseHeaders one per case column, e.g. "C-0101 (Child A)"
     * @param rows one per agency graded on any case of the evaluation
     */
    public record MatrixBlock(List<String> caseRefs, List<String> caseHeaders, List<MatrixRow> rows) {
        public MatrixBlock {
            caseRefs = List.copyOf(caseRefs);
            caseHeaders = List.copyOf(caseHeaders);
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param cells one per case column: "Good", "Good → RI ▼", "— not graded" written as "—"
     * @param regraded across the whole evaluation, e.g. "1 of 5"
     */
    public record MatrixRow(String agencyCode, String agency, List<String> cells, String regraded) {
        public MatrixRow {
            cells = List.copyOf(cells);
        }
    }

    public record GradeCountRow(String grade, int self, int finals) {
    }

    /** How the panel moved one agency's grades across the evaluation's cases. */
    public record AgencyRegrading(String agencyCode, String agency, int graded, int unchanged, int up, int down) {
    }

    /**
     * One grade the panel changed.
     *
     * @param change e.g. "Good → Requires improvement ▼ (down 1)"
     * @param rationale the panel's rationale as recorded, or {@link EvaluationOverviewComposer#NO_RATIONALE}
     * @param rationaleMissing no rationale was recorded: shown, never filled in
     */
    public record Regrade(String agencyCode, String agency, String caseRef, String change, String rationale,
            boolean rationaleMissing) {
    }

    /** The panel's view of one case; text as stored (written with pseudonyms), "" where not recorded. */
    public record CaseFinding(String caseRef, String pseudonym, String partnershipGrade, String childVoice,
            String strengths, String improvements) {
    }

    /**
     * @param owner the agency's name, or "Partnership" for a partnership-wide action
     * @param status as at the as-of date, e.g. "In progress – overdue"
     */
    public record ActionRow(String actionRef, String source, String description, String owner, String due,
            String status) {
    }

    /** Close-the-loop forms expected from one agency (or the total), by outcome as at the as-of date. */
    public record LoopRow(String agency, int expected, int onTime, int late, int outstanding, int notYetDue) {
    }

    @Override
    public String name() {
        return ReportDocument.safeName(meta.refs().get(0));
    }

    @Override
    public List<DataTable> dataTables() {
        List<DataTable> tables = new ArrayList<>();
        tables.add(new DataTable("facts", List.of("item", "value"),
                facts.stream().map(f -> List.of(f.label(), f.value())).toList()));
        tables.add(new DataTable("submissions",
                List.of("agency_code", "agency", "chronology_on_time", "chronology_late", "chronology_missing",
                        "self_evaluation_on_time", "self_evaluation_late", "self_evaluation_missing"),
                submissions.stream().map(s -> List.of(s.agencyCode(), s.agency(), n(s.chronologyOnTime()),
                        n(s.chronologyLate()), n(s.chronologyMissing()), n(s.evaluationOnTime()),
                        n(s.evaluationLate()), n(s.evaluationMissing()))).toList()));
        tables.add(new DataTable("case-sample", List.of("case_ref", "pseudonym", "age_band", "case_type", "agencies"),
                cases.stream().map(c -> List.of(c.caseRef(), c.pseudonym(), c.ageBand(), c.caseType(), c.agencies()))
                        .toList()));
        tables.add(matrixTable());
        tables.add(new DataTable("grade-distribution", List.of("grade", "self", "final"),
                gradeCounts.stream().map(g -> List.of(g.grade(), n(g.self()), n(g.finals()))).toList()));
        tables.add(new DataTable("regrading-by-agency",
                List.of("agency_code", "agency", "graded", "unchanged", "up", "down"),
                regradingByAgency.stream().map(r -> List.of(r.agencyCode(), r.agency(), n(r.graded()),
                        n(r.unchanged()), n(r.up()), n(r.down()))).toList()));
        tables.add(new DataTable("regrades",
                List.of("agency_code", "agency", "case_ref", "change", "rationale", "rationale_missing"),
                regrades.stream().map(r -> List.of(r.agencyCode(), r.agency(), r.caseRef(), r.change(),
                        r.rationale(), r.rationaleMissing() ? "yes" : "no")).toList()));
        tables.add(new DataTable("case-findings",
                List.of("case_ref", "pseudonym", "partnership_effectiveness", "child_voice", "strengths",
                        "improvements"),
                findings.stream().map(f -> List.of(f.caseRef(), f.pseudonym(), f.partnershipGrade(), f.childVoice(),
                        f.strengths(), f.improvements())).toList()));
        tables.add(new DataTable("actions", List.of("action_ref", "source", "description", "owner", "due", "status"),
                actions.stream().map(a -> List.of(a.actionRef(), a.source(), a.description(), a.owner(), a.due(),
                        a.status())).toList()));
        tables.add(new DataTable("close-the-loop",
                List.of("agency", "expected", "on_time", "late", "outstanding", "not_yet_due"),
                closeTheLoop.stream().map(l -> List.of(l.agency(), n(l.expected()), n(l.onTime()), n(l.late()),
                        n(l.outstanding()), n(l.notYetDue()))).toList()));
        return tables;
    }

    /** The whole matrix in one table, whatever the blocks: one column per case. */
    private DataTable matrixTable() {
        List<String> header = new ArrayList<>(List.of("agency_code", "agency"));
        matrix.forEach(b -> header.addAll(b.caseRefs()));
        header.add("regraded");
        List<List<String>> rows = new ArrayList<>();
        if (!matrix.isEmpty()) {
            int agencies = matrix.get(0).rows().size();
            for (int i = 0; i < agencies; i++) {
                MatrixRow first = matrix.get(0).rows().get(i);
                List<String> row = new ArrayList<>(List.of(first.agencyCode(), first.agency()));
                for (MatrixBlock b : matrix) {
                    row.addAll(b.rows().get(i).cells());
                }
                row.add(first.regraded());
                rows.add(row);
            }
        }
        return new DataTable("grade-matrix", header, rows);
    }

    private static String n(int value) {
        return Integer.toString(value);
    }
}
