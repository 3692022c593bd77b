package qaf.prepanelpack;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.CaseType;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.evaluation.GradeDistribution;
import qaf.analysis.evaluation.Submission;
import qaf.compose.Cells;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.TableLayout;
import qaf.document.Tone;
import qaf.terms.Terms;

/**
 * Words the week-3 pack for panel members (appendix B, week 3: "audit outcome tracker to be
 * completed and high level summary of agencies own scores to be written about each case") as
 * blocks: which agency returned what, when, against which due date; then each case's story and the
 * agencies' own grades. Only self-grades: the panel has not met, so nothing of its grading is shown.
 * Board audience: pseudonyms and age bands; the stored stories are written with pseudonyms and the
 * privacy screen runs over them too.
 */
public final class PrePanelPackComposer {
    static final String KIND = "pre-panel-pack";
    static final String NOT_RETURNED = "Not returned";
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    public BlockDocument compose(String partnershipName, Terms terms, EvaluationFindings f) {
        Evaluation e = f.evaluation();
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Pre-panel pack: " + e.ref(), e.theme(),
                Audience.BOARD, refs(f));
        List<Block> body = new ArrayList<>();
        about(f, terms, body);
        tracker(f, body);
        ownScores(f, body);
        return new BlockDocument(meta, e.ref(), "Returns as at " + Cells.longDay(f.asOf()) + ".", body);
    }

    private static void about(EvaluationFindings f, Terms terms, List<Block> body) {
        Evaluation e = f.evaluation();
        body.add(new Block.Heading(1, "About this pack"));
        body.add(new Block.Paragraph("For the panel members of evaluation " + e.ref() + ", before the panel day:"
                + " the audit outcome tracker, which shows what each agency returned and when, and a summary of"
                + " the agencies' own grades of their involvement in each case, with the case's story. Prepared by"
                + " the " + terms.word("business-manager") + " from the returns. Children are shown by pseudonym"
                + " and by age band on the panel day."));
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("Evaluation", e.ref()));
        facts.add(List.of("Theme", e.theme()));
        facts.add(List.of("Kind", e.kind().title()));
        facts.add(List.of("Started", LONG_DAY.format(e.startsOn())));
        EvaluationTimetable t = f.timetable();
        t.chronologyDue().ifPresent(d -> facts.add(List.of("Chronologies due", due(d))));
        t.evaluationDue().ifPresent(d -> facts.add(List.of("Self-evaluations due", due(d))));
        t.healthEvaluationDue().ifPresent(d -> facts.add(List.of("Health self-evaluations due", due(d))));
        facts.add(List.of("Multi-agency panel day", LONG_DAY.format(e.panelOn())));
        facts.add(List.of("Cases", Integer.toString(f.cases().size())));
        facts.add(List.of("Returns as at", Cells.longDay(f.asOf())));
        body.add(new Block.Table(new DataTable("facts", List.of("Item", "Detail"), facts), TableLayout.FACTS));
        if (!t.note().isEmpty()) {
            body.add(Block.Paragraph.of(Inline.strong("Timetable note: "), Inline.plain(t.note())));
        }
    }

    private static void tracker(EvaluationFindings f, List<Block> body) {
        body.add(new Block.Heading(1, "Audit outcome tracker"));
        if (f.submissions().isEmpty()) {
            body.add(new Block.Paragraph(f.cases().isEmpty() ? "The evaluation has no cases, so nothing was due."
                    : "The returns cannot be measured: " + (f.timetable().note().isEmpty()
                            ? "no agency graded a case." : f.timetable().note())));
            return;
        }
        body.add(new Block.Paragraph("One chronology and one self-evaluation is due from each agency for each case"
                + " it is asked to evaluate. Late and overdue are counted in working days after the due date;"
                + " missing means not returned and past its due date on " + Cells.longDay(f.asOf()) + "."));
        Map<String, Integer> entries = new TreeMap<>();
        Map<String, Grade> own = new TreeMap<>();
        f.cases().forEach(c -> c.grades().forEach(g -> {
            entries.put(key(g.caseRef(), g.agencyCode()), g.chronologyEntries());
            own.put(key(g.caseRef(), g.agencyCode()), g.selfGrade());
        }));
        for (Submission.Document document : Submission.Document.values()) {
            List<Submission> list = f.submissions().stream().filter(s -> s.document() == document)
                    .sorted(Comparator.comparing(Submission::agencyName).thenComparing(Submission::agencyCode)
                            .thenComparing(Submission::caseRef)).toList();
            boolean chronology = document == Submission.Document.CHRONOLOGY;
            body.add(new Block.Heading(2, chronology ? "Chronologies" : "Self-evaluations"));
            body.add(new Block.Paragraph(tally(list)));
            List<List<Block.Cell>> rows = new ArrayList<>();
            List<List<String>> data = new ArrayList<>();
            for (Submission s : list) {
                String k = key(s.caseRef(), s.agencyCode());
                String third = chronology ? Integer.toString(entries.getOrDefault(k, 0))
                        : own.get(k) == null ? Cells.MISSING : own.get(k).label();
                String returned = s.submittedOn() == null ? NOT_RETURNED : Cells.day(s.submittedOn());
                rows.add(List.of(Block.Cell.of(s.agencyName()), Block.Cell.of(s.caseRef()), Block.Cell.of(third),
                        Block.Cell.of(Cells.day(s.due())), Block.Cell.of(returned),
                        Block.Cell.toned(status(s), tone(s.status()))));
                data.add(List.of(s.agencyCode(), s.agencyName(), s.caseRef(), third, s.due().toString(),
                        s.submittedOn() == null ? "" : s.submittedOn().toString(), status(s)));
            }
            String name = chronology ? "chronologies" : "self-evaluations";
            body.add(new Block.Table(name, List.of("Agency", "Case", chronology ? "Entries" : "Own grade", "Due",
                    "Returned", "Status"), rows, TableLayout.SUBMISSIONS, chronology ? Set.of(2) : Set.of(),
                    new DataTable(name, List.of("agency_code", "agency", "case_ref", chronology ? "entries"
                            : "own_grade", "due_on", "returned_on", "status"), data)));
        }
    }

    /** "On time", "Late by 2 working days", "Missing: 45 working days overdue", "Not yet due". */
    static String status(Submission s) {
        return switch (s.status()) {
            case ON_TIME -> "On time";
            case LATE -> "Late by " + Cells.count(s.workingDaysLate(), "working day", "working days");
            case MISSING -> "Missing: " + Cells.count(s.workingDaysLate(), "working day", "working days")
                    + " overdue";
            case NOT_YET_DUE -> "Not yet due";
            case UNASSESSED -> "Not measured (a date lies outside the bank-holiday data)";
        };
    }

    private static Tone tone(Submission.Status status) {
        return switch (status) {
            case ON_TIME -> Tone.GOOD;
            case LATE -> Tone.CAUTION;
            case MISSING -> Tone.BAD;
            case NOT_YET_DUE -> Tone.PENDING;
            case UNASSESSED -> Tone.NOT_RATED;
        };
    }

    private static String tally(List<Submission> list) {
        long onTime = list.stream().filter(s -> s.status() == Submission.Status.ON_TIME).count();
        long late = list.stream().filter(s -> s.status() == Submission.Status.LATE).count();
        long missing = list.stream().filter(s -> s.status() == Submission.Status.MISSING).count();
        long notDue = list.stream().filter(s -> s.status() == Submission.Status.NOT_YET_DUE).count();
        long unmeasured = list.stream().filter(s -> s.status() == Submission.Status.UNASSESSED).count();
        return list.size() + " due: " + onTime + " on time, " + late + " late, " + missing + " missing"
                + (notDue > 0 ? ", " + notDue + " not yet due" : "")
                + (unmeasured > 0 ? ", " + unmeasured + " not measured" : "") + ".";
    }

    private static void ownScores(EvaluationFindings f, List<Block> body) {
        body.add(new Block.Heading(1, "Agencies' own scores by case"));
        if (f.cases().isEmpty()) {
            body.add(new Block.Paragraph("The evaluation has no cases in its sample."));
            return;
        }
        body.add(new Block.Paragraph("Each agency's grade of its own involvement in each case, before the panel's"
                + " challenge, on the four-point scale (outstanding, good, requires improvement, inadequate)."));
        List<List<String>> counts = new ArrayList<>();
        for (CaseOutcome c : f.cases()) {
            GradeDistribution own = selfGrades(c);
            List<String> row = new ArrayList<>(List.of(label(c.evaluationCase())));
            for (Grade g : Grade.values()) {
                row.add(Integer.toString(own.count(g)));
            }
            row.add(Integer.toString(own.total()));
            counts.add(row);
        }
        body.add(new Block.Table(new DataTable("own-grades-by-case", List.of("Case", "Outstanding", "Good",
                "Requires improvement", "Inadequate", "Agencies graded"), counts), TableLayout.GRADE_COUNTS));
        List<List<String>> published = new ArrayList<>();
        f.cases().forEach(c -> c.grades().forEach(g -> published.add(List.of(g.caseRef(),
                c.evaluationCase().pseudonym(), g.agencyCode(), g.agencyName(), g.selfGrade().label(),
                text(g.strengths()), text(g.improvements())))));
        DataTable all = new DataTable("own-grades", List.of("case_ref", "pseudonym", "agency_code", "agency",
                "own_grade", "strengths", "improvements"), published);
        for (CaseOutcome c : f.cases()) {
            EvaluationCase ec = c.evaluationCase();
            body.add(new Block.Heading(2, label(ec)));
            body.add(new Block.Paragraph(CaseType.labelOf(ec.caseType()) + "; age band " + c.ageBand().label()
                    + " on the panel day."));
            String story = text(ec.summary());
            body.add(Block.Paragraph.of(Inline.strong("The case's story: "), Inline.plain(story.isEmpty()
                    ? "not written yet." : story)));
            if (c.noAgencyGraded()) {
                body.add(new Block.Paragraph("No agency has graded its involvement in this case yet."));
                continue;
            }
            body.add(Block.Paragraph.of(Inline.strong("Summary of the agencies' own grades: "),
                    Inline.plain(summary(selfGrades(c)))));
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (AgencyGrade g : c.grades().stream().sorted(Comparator.comparing(AgencyGrade::selfGrade)
                    .thenComparing(AgencyGrade::agencyName)).toList()) {
                rows.add(List.of(Block.Cell.of(g.agencyName()), Block.Cell.of(g.selfGrade().label()),
                        Block.Cell.of(orNotStated(g.strengths())), Block.Cell.of(orNotStated(g.improvements()))));
            }
            body.add(new Block.Table("own-grades", List.of("Agency", "Own grade", "Strengths",
                    "Areas for improvement"), rows, TableLayout.OWN_GRADES, Set.of(), all));
        }
    }

    /** "7 agencies graded their involvement: 1 outstanding, 5 good, 1 requires improvement, none inadequate." */
    static String summary(GradeDistribution own) {
        List<String> parts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            parts.add((own.count(g) == 0 ? "none" : Integer.toString(own.count(g))) + " "
                    + g.label().toLowerCase(Locale.UK));
        }
        int good = own.count(Grade.OUTSTANDING) + own.count(Grade.GOOD);
        return Cells.count(own.total(), "agency graded its", "agencies graded their") + " involvement: "
                + String.join(", ", parts) + "; " + good + " of " + own.total() + " good or better.";
    }

    private static GradeDistribution selfGrades(CaseOutcome c) {
        return GradeDistribution.of(c.grades().stream().map(AgencyGrade::selfGrade).toList());
    }

    private static String label(EvaluationCase ec) {
        return ec.caseRef() + " (" + ec.pseudonym() + ")";
    }

    /** "Monday 21 May 2018 (the date the partnership issued)": every due date says where it came from. */
    private static String due(EvaluationTimetable.Due d) {
        return LONG_DAY.format(d.date()) + " (" + d.source().words() + ")";
    }

    private static String text(String stored) {
        return stored == null ? "" : stored.strip();
    }

    private static String orNotStated(String stored) {
        String t = text(stored);
        return t.isEmpty() ? "Not stated" : t;
    }

    private static String key(String caseRef, String agencyCode) {
        return caseRef + "\u0000" + agencyCode;
    }

    private static List<String> refs(EvaluationFindings f) {
        Set<String> refs = new LinkedHashSet<>();
        refs.add(f.evaluation().ref());
        f.cases().forEach(c -> refs.add(c.evaluationCase().caseRef()));
        f.cases().forEach(c -> c.grades().forEach(g -> refs.add(g.agencyCode())));
        return List.copyOf(refs);
    }
}
