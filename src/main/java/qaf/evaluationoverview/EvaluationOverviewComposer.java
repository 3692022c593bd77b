package qaf.evaluationoverview;

import qaf.analysis.evaluation.EvaluationTimetable;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.AgencyTimeliness;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.CaseType;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Flag;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.evaluation.GradeSummary;
import qaf.analysis.evaluation.Share;
import qaf.analysis.evaluation.Submission;
import qaf.analysis.evaluation.SubmissionTally;
import qaf.calendar.Timetable;
import qaf.compose.Charts;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.TableLayout;

/**
 * Words an evaluation's findings for the board as one block document, landscape for the grade
 * matrix. Pure: findings and names in, document out. Only pseudonyms, age bands and stored panel
 * text reach the document; the date of birth on {@link EvaluationCase} is used for nothing but the
 * age band the analysis already worked out. The sections after the grade distribution are in
 * {@link FindingsSections}.
 */
public final class EvaluationOverviewComposer {
    static final String KIND = "evaluation-overview";
    /** Shown in place of a rationale the panel did not record. */
    public static final String NO_RATIONALE = "\u2691 No rationale recorded";
    /** A matrix cell for an agency that did not grade the case. */
    public static final String NOT_GRADED = "\u2014";
    /** Case columns per matrix table: what fits across a landscape page beside the agency column. */
    public static final int MATRIX_CASES = 7;
    static final String UP = "\u25B2";
    static final String DOWN = "\u25BC";
    static final String ARROW = " \u2192 ";

    static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

    /**
     * @param partnershipName for the page furniture
     * @param agencyNames every agency's name by code, for action owners that graded no case
     */
    public BlockDocument compose(String partnershipName, EvaluationFindings f, Map<String, String> agencyNames) {
        Evaluation e = f.evaluation();
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Evaluation overview: " + e.ref(), e.theme(),
                Audience.BOARD, refs(f));
        String asAt = DAY.format(f.asOf());
        List<Block> body = new ArrayList<>();
        about(f, body);
        submissions(f, body);
        sample(f, body);
        MatrixSection.matrix(f, body);
        grades(f.overall(), body);
        FindingsSections.regrading(f, body);
        FindingsSections.findings(f, body);
        FindingsSections.actions(f, agencyNames, asAt, body);
        FindingsSections.closeTheLoop(f, asAt, body);
        FindingsSections.gaps(notes(f), body);
        return new BlockDocument(meta, e.ref(), BlockDocument.Orientation.LANDSCAPE,
                "Statuses as at " + qaf.compose.Cells.longDay(f.asOf()) + ".", body);
    }

    private static List<String> refs(EvaluationFindings f) {
        Set<String> refs = new LinkedHashSet<>();
        refs.add(f.evaluation().ref());
        f.cases().forEach(c -> refs.add(c.evaluationCase().caseRef()));
        f.matrix().rows().forEach(r -> refs.add(r.agencyCode()));
        return List.copyOf(refs);
    }

    private static List<String> notes(EvaluationFindings f) {
        List<String> notes = new ArrayList<>();
        for (Flag flag : f.flags()) {
            // The timetable's own note is printed with the timetable.
            if (flag.kind() != Flag.Kind.TIMETABLE) {
                notes.add(flag.message());
            }
        }
        long unmeasured = f.closeTheLoop().expected().stream().filter(i -> i.status().isEmpty()).count();
        if (unmeasured > 0) {
            notes.add(unmeasured + (unmeasured == 1 ? " close-the-loop form" : " close-the-loop forms")
                    + " could not be measured: a date lies outside the bank-holiday data.");
        }
        return notes;
    }

    private static void about(EvaluationFindings f, List<Block> body) {
        Evaluation e = f.evaluation();
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("Evaluation", e.ref()));
        facts.add(List.of("Theme", e.theme()));
        facts.add(List.of("Kind", e.kind().title()));
        facts.add(List.of("Started", LONG_DAY.format(e.startsOn())));
        facts.add(List.of("Panel day", LONG_DAY.format(e.panelOn())));
        facts.add(List.of("Chair", e.chair() == null || e.chair().isBlank() ? "Not recorded" : e.chair()));
        facts.add(List.of("Cases in the sample", Integer.toString(f.cases().size())));
        facts.add(List.of("Agencies graded", Integer.toString(f.matrix().rows().size())));
        Optional<Timetable> t = f.timetable().timetable();
        EvaluationTimetable et = f.timetable();
        et.chronologyDue().ifPresent(d -> facts.add(List.of("Chronologies due", dueText(d))));
        et.evaluationDue().ifPresent(d -> facts.add(List.of("Self-evaluations due", dueText(d))));
        et.healthEvaluationDue().ifPresent(d -> facts.add(List.of("Health self-evaluations due", dueText(d))));
        if (t.isPresent()) {
            facts.add(List.of("Close-the-loop forms due", LONG_DAY.format(t.get().closeTheLoopDue())));
        }
        facts.add(List.of("Statuses as at", DAY.format(f.asOf())));
        body.add(new Block.Heading(1, "About this evaluation"));
        body.add(FindingsSections.table("facts", List.of("Item", "Detail"), facts, TableLayout.FACTS,
                new DataTable("facts", List.of("item", "value"), facts)));
        String note = f.timetable().note();
        if (!note.isEmpty()) {
            body.add(Block.Paragraph.of(Inline.strong("Timetable note: "), Inline.plain(note)));
        }
    }

    private static void submissions(EvaluationFindings f, List<Block> body) {
        body.add(new Block.Heading(1, "Timetable compliance"));
        List<List<String>> shown = new ArrayList<>();
        List<List<String>> published = new ArrayList<>();
        for (AgencyTimeliness a : f.timeliness()) {
            SubmissionTally c = a.chronology();
            SubmissionTally s = a.selfEvaluation();
            List<String> counts = List.of(n(c.onTime()), n(c.late()), n(c.missing()), n(s.onTime()), n(s.late()),
                    n(s.missing()));
            List<String> row = new ArrayList<>(List.of(a.agencyName()));
            row.addAll(counts);
            shown.add(row);
            List<String> data = new ArrayList<>(List.of(a.agencyCode(), a.agencyName()));
            data.addAll(counts);
            published.add(data);
        }
        if (shown.isEmpty()) {
            body.add(new Block.Paragraph(f.cases().isEmpty() ? "There are no cases, so nothing was due."
                    : "No submissions could be measured."));
        } else {
            body.add(new Block.Paragraph("Each agency's chronologies and self-evaluations, one per case it was"
                    + " graded on, against the timetable's deadlines."));
            body.add(FindingsSections.table("submissions", List.of("Agency", "Chronology on time", "Chronology late",
                    "Chronology missing", "Self-evaluation on time", "Self-evaluation late",
                    "Self-evaluation missing"), shown, TableLayout.SEVEN_COUNTS,
                    new DataTable("submissions", List.of("agency_code", "agency", "chronology_on_time",
                            "chronology_late", "chronology_missing", "self_evaluation_on_time",
                            "self_evaluation_late", "self_evaluation_missing"), published)));
        }
        String note = submissionsNote(f);
        if (!note.isEmpty()) {
            body.add(new Block.Paragraph(note));
        }
    }

    private static String submissionsNote(EvaluationFindings f) {
        if (f.timetable().timetable().isEmpty()) {
            return f.cases().isEmpty() ? "" : "Submissions cannot be measured without a timetable.";
        }
        long notDue = f.submissions().stream().filter(s -> s.status() == Submission.Status.NOT_YET_DUE).count();
        long unassessed = f.submissions().stream().filter(s -> s.status() == Submission.Status.UNASSESSED).count();
        List<String> parts = new ArrayList<>();
        if (notDue > 0) {
            parts.add(notDue + (notDue == 1 ? " submission was" : " submissions were") + " not yet due");
        }
        if (unassessed > 0) {
            parts.add(unassessed + (unassessed == 1 ? " submission" : " submissions")
                    + " could not be measured (a date lies outside the bank-holiday data)");
        }
        return parts.isEmpty() ? "" : "Not counted above: " + String.join("; ", parts) + ".";
    }

    private static void sample(EvaluationFindings f, List<Block> body) {
        body.add(new Block.Heading(1, "The case sample"));
        if (f.cases().isEmpty()) {
            body.add(new Block.Paragraph(FindingsSections.NO_CASES));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (CaseOutcome c : f.cases()) {
            EvaluationCase ec = c.evaluationCase();
            String agencies = c.noAgencyGraded() ? "None graded"
                    : String.join(", ", c.grades().stream().map(AgencyGrade::agencyName).toList());
            rows.add(List.of(ec.caseRef(), ec.pseudonym(), c.ageBand().label(), CaseType.labelOf(ec.caseType()),
                    agencies));
        }
        body.add(new Block.Paragraph("Children are shown by pseudonym and by age band on the panel day."));
        body.add(FindingsSections.table("case-sample", List.of("Case", "Pseudonym", "Age band", "Case type",
                "Agencies graded"), rows, TableLayout.FIVE_SAMPLE,
                new DataTable("case-sample", List.of("case_ref", "pseudonym", "age_band", "case_type", "agencies"),
                        rows)));
    }

    private static void grades(GradeSummary s, List<Block> body) {
        body.add(new Block.Heading(1, "Grade distribution"));
        if (s.graded() == 0) {
            body.add(new Block.Paragraph(FindingsSections.NO_MATRIX));
            return;
        }
        body.add(new Block.Paragraph("Agency gradings: " + s.graded() + "."));
        body.add(new Block.Paragraph("Self-grades good or better: " + s.selfGoodOrBetter().label() + "."));
        body.add(new Block.Paragraph("Final grades good or better: " + s.finalGoodOrBetter().label() + "."));
        Share regraded = s.regrading().regraded();
        body.add(new Block.Paragraph("Regraded by the panel: " + regraded.label() + ": " + s.regrading().up()
                + " up, " + s.regrading().down() + " down."));
        if (s.missingRationales() > 0) {
            body.add(new Block.Paragraph("\u2691 Regrades with no rationale recorded: " + s.missingRationales()
                    + "."));
        }
        List<Charts.Pair> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Grade g : Grade.values()) {
            bars.add(new Charts.Pair(g.label(), s.self().count(g), s.finals().count(g)));
            rows.add(List.of(g.label(), n(s.self().count(g)), n(s.finals().count(g))));
        }
        DataTable series = new DataTable("grade-distribution", List.of("grade", "self", "final"), rows);
        body.add(new Block.Figure(Charts.comparison("Agency grades: self against final", "Agency gradings",
                "Self-grade", "Final grade", bars), series));
        body.add(FindingsSections.table("grade-distribution", List.of("Grade", "Self-grade", "Final grade"), rows,
                TableLayout.THREE_COUNTS, series));
    }

    static String n(long value) {
        return Long.toString(value);
    }

    /** "21 May 2018 (the date the partnership issued)": every due date says where it came from. */
    private static String dueText(EvaluationTimetable.Due d) {
        return LONG_DAY.format(d.date()) + " (" + d.source().words() + ")";
    }
}
