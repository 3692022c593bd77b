package qaf.panelnotes;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import qaf.analysis.audit.ActionRag;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionRegister.TrackedAction;
import qaf.analysis.audit.ActionSource;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.audit.ActionTracker;
import qaf.analysis.audit.Agency;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.CaseType;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Flag;
import qaf.analysis.evaluation.Grade;
import qaf.compose.Cells;
import qaf.document.Audience;
import qaf.document.Block;
import qaf.document.BlockDocument;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.document.Inline;
import qaf.document.TableLayout;
import qaf.document.Tone;

/**
 * Words the notes of the multi-agency panel day (appendix B, week 4: "notes from the panel to be
 * written on a case by case basis, documenting the challenge, and any regrading of agencies work
 * along with the rationale for doing so, and any actions that arise"; "an assessment of the
 * partnerships effectiveness of multi-agency working for each case should be agreed") as blocks,
 * one section per case. Pure: findings and agencies in, document out. Board audience: pseudonyms and
 * age bands; stored panel text passes the privacy screen.
 */
public final class PanelNotesComposer {
    static final String KIND = "panel-notes";
    static final String NO_RATIONALE = "\u2691 No rationale recorded";
    static final String NOT_RECORDED = "Not recorded";
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    /** @param agencies every agency of the partnership, for the owners of actions */
    public BlockDocument compose(String partnershipName, EvaluationFindings f, List<Agency> agencies) {
        Evaluation e = f.evaluation();
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Panel notes: " + e.ref(), e.theme(),
                Audience.BOARD, refs(f));
        List<ActionRecord> caseActions = f.actions().stream().filter(a -> a.source() == ActionSource.CASE).toList();
        ActionRegister register = ActionTracker.register(caseActions, agencies, f.asOf());
        List<Block> body = new ArrayList<>();
        about(f, body);
        summary(f, register, body);
        DataTable grades = gradesData(f);
        DataTable actions = actionsData(register);
        for (CaseOutcome c : f.cases()) {
            caseNotes(c, register, grades, actions, body);
        }
        gaps(f, body);
        return new BlockDocument(meta, e.ref(), "Action statuses as at " + Cells.longDay(f.asOf()) + ".", body);
    }

    private static void about(EvaluationFindings f, List<Block> body) {
        Evaluation e = f.evaluation();
        body.add(new Block.Heading(1, "About these notes"));
        body.add(new Block.Paragraph("The notes of the multi-agency panel for evaluation " + e.ref() + ", case by"
                + " case: the panel's challenge and findings, every agency's grade before and after the challenge"
                + " with the rationale for each regrade, the effectiveness of multi-agency working the panel"
                + " agreed, how well the child's voice was evidenced, and the actions arising from the case."
                + " Children are shown by pseudonym and by age band on the panel day."));
        List<List<String>> facts = new ArrayList<>();
        facts.add(List.of("Evaluation", e.ref()));
        facts.add(List.of("Theme", e.theme()));
        facts.add(List.of("Kind", e.kind().title()));
        facts.add(List.of("Panel day", LONG_DAY.format(e.panelOn())));
        facts.add(List.of("Chair", e.chair() == null || e.chair().isBlank() ? NOT_RECORDED : e.chair()));
        facts.add(List.of("Cases", Integer.toString(f.cases().size())));
        facts.add(List.of("Action statuses as at", Cells.longDay(f.asOf())));
        body.add(new Block.Table(new DataTable("facts", List.of("Item", "Detail"), facts), TableLayout.FACTS));
    }

    private static void summary(EvaluationFindings f, ActionRegister register, List<Block> body) {
        body.add(new Block.Heading(1, "The panel's judgements at a glance"));
        if (f.cases().isEmpty()) {
            body.add(new Block.Paragraph("The evaluation has no cases in its sample."));
            return;
        }
        List<String> counts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            counts.add(g.label().toLowerCase(Locale.UK) + " " + f.partnership().count(g));
        }
        body.add(new Block.Paragraph("Effectiveness of multi-agency working agreed: " + String.join(", ", counts)
                + (f.partnershipNotGraded() > 0 ? "; not recorded " + f.partnershipNotGraded() : "") + "."));
        List<List<String>> rows = new ArrayList<>();
        for (CaseOutcome c : f.cases()) {
            EvaluationCase ec = c.evaluationCase();
            long regraded = c.grades().stream().filter(AgencyGrade::regraded).count();
            rows.add(List.of(label(ec), effectiveness(ec), voice(ec), regraded + " of " + c.grades().size()));
        }
        body.add(new Block.Table(new DataTable("judgements", List.of("Case", "Effectiveness agreed", "Child's voice",
                "Grades changed"), rows), TableLayout.FOUR_EVEN));
        body.add(new Block.Paragraph("Actions arising from the cases: " + register.actions().size() + " ("
                + register.totals().red() + " red, " + register.totals().amber() + " amber, "
                + register.totals().green() + " green" + (register.totals().notRated() > 0 ? ", "
                        + register.totals().notRated() + " cancelled" : "") + " as at " + Cells.longDay(f.asOf())
                + "). Actions for the evaluation as a whole are in its evaluation overview."));
    }

    private static void caseNotes(CaseOutcome c, ActionRegister register, DataTable grades, DataTable actions,
            List<Block> body) {
        EvaluationCase ec = c.evaluationCase();
        body.add(new Block.Heading(1, label(ec)));
        body.add(new Block.Paragraph(CaseType.labelOf(ec.caseType()) + "; age band " + c.ageBand().label()
                + " on the panel day."));

        body.add(new Block.Heading(2, "Challenge and regrading"));
        body.add(Block.Paragraph.of(Inline.strong("Strengths the panel found: "), Inline.plain(orNotRecorded(
                ec.strengths()))));
        body.add(Block.Paragraph.of(Inline.strong("Areas for improvement the panel found: "),
                Inline.plain(orNotRecorded(ec.improvements()))));
        if (c.noAgencyGraded()) {
            body.add(new Block.Paragraph("No agency graded its involvement in this case, so there was no grade to"
                    + " challenge."));
        } else {
            long up = c.grades().stream().filter(g -> g.stepsUp() > 0).count();
            long down = c.grades().stream().filter(g -> g.stepsUp() < 0).count();
            body.add(new Block.Paragraph(up + down == 0 ? "The panel left every agency's own grade as it was ("
                    + Cells.count(c.grades().size(), "agency", "agencies") + ")."
                    : "The panel regraded " + (up + down) + " of " + Cells.count(c.grades().size(), "agency",
                            "agencies") + ": " + up + " up, " + down + " down."));
            List<List<Block.Cell>> rows = new ArrayList<>();
            for (AgencyGrade g : c.grades().stream().sorted(Comparator.comparing(AgencyGrade::agencyName)).toList()) {
                // A missing rationale is drawn to the eye; the cell says so in words.
                Tone tone = g.rationaleMissing() ? Tone.FLAG : null;
                rows.add(List.of(Block.Cell.of(g.agencyName()), Block.Cell.of(g.selfGrade().label()),
                        new Block.Cell(agreed(g), null, g.regraded()), new Block.Cell(rationale(g), tone, false)));
            }
            body.add(new Block.Table("grades", List.of("Agency", "Own grade", "Grade after challenge", "Rationale"),
                    rows, TableLayout.PANEL_GRADES, Set.of(), grades));
        }

        body.add(new Block.Heading(2, "Effectiveness and the child's voice"));
        body.add(Block.Paragraph.of(Inline.strong("Effectiveness of multi-agency working agreed: "),
                Inline.plain(effectiveness(ec) + ".")));
        body.add(Block.Paragraph.of(Inline.strong("The child's voice: "), Inline.plain(voice(ec) + ".")));

        body.add(new Block.Heading(2, "Actions arising"));
        List<TrackedAction> mine = register.actions().stream()
                .filter(t -> t.action().sourceRef().equals(ec.caseRef())).toList();
        if (mine.isEmpty()) {
            body.add(new Block.Paragraph("No action arising from this case is recorded."));
            return;
        }
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (TrackedAction t : mine) {
            ActionRecord a = t.action();
            rows.add(List.of(Block.Cell.of(a.actionRef()), Block.Cell.of(t.owner()), Block.Cell.of(a.description()),
                    Block.Cell.of(Cells.day(a.dueOn())), Block.Cell.of(status(a)),
                    Block.Cell.toned(rag(t), tone(t.rag()))));
        }
        body.add(new Block.Table("actions", List.of("Ref", "Owner", "Action", "Due", "Status", "RAG"), rows,
                TableLayout.ACTIONS, Set.of(), actions));
    }

    private static void gaps(EvaluationFindings f, List<Block> body) {
        List<String> notes = new ArrayList<>();
        for (Flag flag : f.flags()) {
            if (flag.kind() == Flag.Kind.REGRADE_WITHOUT_RATIONALE || flag.kind() == Flag.Kind.CASE_NOT_GRADED
                    || flag.kind() == Flag.Kind.NO_CASES) {
                notes.add(flag.message());
            }
        }
        for (CaseOutcome c : f.cases()) {
            EvaluationCase ec = c.evaluationCase();
            if (ec.partnershipGrade() == null) {
                notes.add("The panel's agreed effectiveness of multi-agency working is not recorded for case "
                        + ec.caseRef() + ".");
            }
            if (ec.childVoice() == null) {
                notes.add("The panel's view of the child's voice is not recorded for case " + ec.caseRef() + ".");
            }
        }
        body.add(new Block.Heading(1, "Gaps in the notes"));
        body.add(notes.isEmpty() ? new Block.Paragraph("None found.") : new Block.Bullets(notes));
    }

    /** "Good (unchanged)", "Outstanding ▲ up 1", "Requires improvement ▼ down 1". */
    static String agreed(AgencyGrade g) {
        int steps = g.stepsUp();
        if (steps == 0) {
            return g.finalGrade().label() + " (unchanged)";
        }
        return g.finalGrade().label() + (steps > 0 ? " \u25B2 up " + steps : " \u25BC down " + -steps);
    }

    private static String rationale(AgencyGrade g) {
        if (g.rationaleMissing()) {
            return NO_RATIONALE;
        }
        String text = g.rationale() == null ? "" : g.rationale().strip();
        return text.isEmpty() ? Cells.MISSING : text;
    }

    private static String status(ActionRecord a) {
        return a.status() == ActionStatus.COMPLETE ? "Complete " + Cells.day(a.completedOn()) : a.status().label();
    }

    /** "Red (12 days overdue)", "Green", "Not rated (cancelled)": the word, never only a colour. */
    private static String rag(TrackedAction t) {
        return t.rag() == ActionRag.RED ? "Red (" + Cells.count(t.daysOverdue(), "day", "days") + " overdue)"
                : t.rag().label();
    }

    private static Tone tone(ActionRag rag) {
        return switch (rag) {
            case RED -> Tone.BAD;
            case AMBER -> Tone.CAUTION;
            case GREEN -> Tone.GOOD;
            case NOT_RATED -> Tone.NOT_RATED;
        };
    }

    private static DataTable gradesData(EvaluationFindings f) {
        List<List<String>> rows = new ArrayList<>();
        f.cases().forEach(c -> c.grades().stream().sorted(Comparator.comparing(AgencyGrade::agencyName))
                .forEach(g -> rows.add(List.of(g.caseRef(), c.evaluationCase().pseudonym(), g.agencyCode(),
                        g.agencyName(), g.selfGrade().label(), g.finalGrade().label(), Integer.toString(g.stepsUp()),
                        rationale(g)))));
        return new DataTable("grades", List.of("case_ref", "pseudonym", "agency_code", "agency", "own_grade",
                "final_grade", "steps_up", "rationale"), rows);
    }

    private static DataTable actionsData(ActionRegister register) {
        List<List<String>> rows = register.actions().stream().sorted(Comparator.comparing(
                (TrackedAction t) -> t.action().sourceRef()).thenComparing(t -> t.action().actionRef()))
                .map(t -> List.of(t.action().sourceRef(), t.action().actionRef(), t.owner(), t.action().description(),
                        t.action().dueOn().toString(), status(t.action()), rag(t))).toList();
        return new DataTable("actions", List.of("case_ref", "action_ref", "owner", "description", "due_on", "status",
                "rag"), rows);
    }

    private static String effectiveness(EvaluationCase ec) {
        return ec.partnershipGrade() == null ? NOT_RECORDED : ec.partnershipGrade().label();
    }

    private static String voice(EvaluationCase ec) {
        return ec.childVoice() == null ? NOT_RECORDED : ec.childVoice().label();
    }

    private static String orNotRecorded(String stored) {
        String t = stored == null ? "" : stored.strip();
        return t.isEmpty() ? NOT_RECORDED + "." : t;
    }

    private static String label(EvaluationCase ec) {
        return ec.caseRef() + " (" + ec.pseudonym() + ")";
    }

    private static List<String> refs(EvaluationFindings f) {
        Set<String> refs = new LinkedHashSet<>();
        refs.add(f.evaluation().ref());
        f.cases().forEach(c -> refs.add(c.evaluationCase().caseRef()));
        f.cases().forEach(c -> c.grades().forEach(g -> refs.add(g.agencyCode())));
        return List.copyOf(refs);
    }
}
