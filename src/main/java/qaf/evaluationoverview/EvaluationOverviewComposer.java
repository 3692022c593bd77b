package qaf.evaluationoverview;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.AgencyTimeliness;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Flag;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.evaluation.GradeMatrix;
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
        matrix(f, body);
        grades(f.overall(), body);
        FindingsSections.regrading(f, body);
        FindingsSections.findings(f, body);
        FindingsSections.actions(f, agencyNames, asAt, body);
        FindingsSections.closeTheLoop(f, asAt, body);
        FindingsSections.gaps(notes(f), body);
        return new BlockDocument(meta, e.ref(), BlockDocument.Orientation.LANDSCAPE,
                "Statuses as at " + asAt + " (the end of the reporting year).", body);
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
        if (t.isPresent()) {
            facts.add(List.of("Chronologies due", LONG_DAY.format(t.get().chronologyDue())));
            facts.add(List.of("Self-evaluations due", LONG_DAY.format(t.get().evaluationDue())));
            facts.add(List.of("Health self-evaluations due", LONG_DAY.format(t.get().healthEvaluationDue())));
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
            rows.add(List.of(ec.caseRef(), ec.pseudonym(), c.ageBand().label(), caseType(ec.caseType()), agencies));
        }
        body.add(new Block.Paragraph("Children are shown by pseudonym and by age band on the panel day."));
        body.add(FindingsSections.table("case-sample", List.of("Case", "Pseudonym", "Age band", "Case type",
                "Agencies graded"), rows, TableLayout.FIVE_SAMPLE,
                new DataTable("case-sample", List.of("case_ref", "pseudonym", "age_band", "case_type", "agencies"),
                        rows)));
    }

    /** The dataset's case types as a board reads them; an unknown type is shown as stored. */
    static String caseType(String id) {
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

    /** The matrix's short grade words: "RI" keeps a regraded cell to two short lines. */
    static String shortGrade(Grade g) {
        return g == Grade.REQUIRES_IMPROVEMENT ? "RI" : g.label();
    }

    /** "Good", or "Good → RI ▼" for a regrade (⚑ added when the panel recorded no rationale). */
    static String cell(AgencyGrade g) {
        if (!g.regraded()) {
            return shortGrade(g.selfGrade());
        }
        return shortGrade(g.selfGrade()) + ARROW + shortGrade(g.finalGrade()) + " " + (g.stepsUp() > 0 ? UP : DOWN)
                + (g.rationaleMissing() ? " \u2691" : "");
    }

    /**
     * The agency x case matrix as tables of at most {@link #MATRIX_CASES} cases ("Cases, part 1 of 2"
     * when it takes more than one); all of them share one name, so the published CSV is the whole
     * matrix side by side (agency code, name, every case, regraded).
     */
    private static void matrix(EvaluationFindings f, List<Block> body) {
        body.add(new Block.Heading(1, "Grades by agency and case"));
        GradeMatrix m = f.matrix();
        if (m.rows().isEmpty()) {
            body.add(new Block.Paragraph(FindingsSections.NO_MATRIX));
            return;
        }
        body.add(new Block.Paragraph("Each cell shows the agency's self-grade; where the panel changed it, self"
                + " \u2192 final, with \u25B2 for a regrade up and \u25BC for a regrade down. RI: requires"
                + " improvement. \u2691: regraded with no rationale recorded. \u2014: the agency did not grade the"
                + " case."));
        Map<String, String> pseudonyms = new TreeMap<>();
        f.cases().forEach(c -> pseudonyms.put(c.evaluationCase().caseRef(), c.evaluationCase().pseudonym()));
        List<String> regraded = new ArrayList<>();
        for (GradeMatrix.Row r : m.rows()) {
            List<AgencyGrade> own = r.cells().stream().flatMap(Optional::stream).toList();
            regraded.add(own.stream().filter(AgencyGrade::regraded).count() + " of " + own.size());
        }
        DataTable whole = wholeMatrix(m, regraded);
        int parts = (m.caseRefs().size() + MATRIX_CASES - 1) / MATRIX_CASES;
        for (int part = 0; part < parts; part++) {
            int from = part * MATRIX_CASES;
            int to = Math.min(from + MATRIX_CASES, m.caseRefs().size());
            if (parts > 1) {
                body.add(new Block.Heading(2, "Cases, part " + (part + 1) + " of " + parts));
            }
            List<String> header = new ArrayList<>(List.of("Agency"));
            m.caseRefs().subList(from, to).forEach(ref -> header.add(ref + "\n" + pseudonyms.get(ref)));
            header.add("Regraded");
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (int i = 0; i < m.rows().size(); i++) {
                GradeMatrix.Row r = m.rows().get(i);
                List<Block.Cell> row = new ArrayList<>(List.of(Block.Cell.of(r.agencyName())));
                r.cells().subList(from, to).forEach(c -> row.add(Block.Cell.of(
                        c.map(EvaluationOverviewComposer::cell).orElse(NOT_GRADED))));
                row.add(Block.Cell.of(regraded.get(i)));
                rows.add(row);
            }
            body.add(new Block.Table("grade-matrix", header, rows, TableLayout.matrix(to - from), Set.of(),
                    part == 0 ? whole : null));
        }
    }

    private static DataTable wholeMatrix(GradeMatrix m, List<String> regraded) {
        List<String> header = new ArrayList<>(List.of("agency_code", "agency"));
        header.addAll(m.caseRefs());
        header.add("regraded");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < m.rows().size(); i++) {
            GradeMatrix.Row r = m.rows().get(i);
            List<String> row = new ArrayList<>(List.of(r.agencyCode(), r.agencyName()));
            r.cells().forEach(c -> row.add(c.map(EvaluationOverviewComposer::cell).orElse(NOT_GRADED)));
            row.add(regraded.get(i));
            rows.add(row);
        }
        return new DataTable("grade-matrix", header, rows);
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
}
