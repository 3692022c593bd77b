package qaf.evaluationoverview;

import static qaf.evaluationoverview.EvaluationOverviewComposer.ARROW;
import static qaf.evaluationoverview.EvaluationOverviewComposer.DOWN;
import static qaf.evaluationoverview.EvaluationOverviewComposer.SHORT_DAY;
import static qaf.evaluationoverview.EvaluationOverviewComposer.UP;
import static qaf.evaluationoverview.EvaluationOverviewComposer.n;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import qaf.analysis.audit.ActionRecord;
import qaf.analysis.audit.ActionStatus;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.evaluation.GradeDistribution;
import qaf.analysis.evaluation.GradeGroup;
import qaf.analysis.evaluation.VoiceCounts;
import qaf.calendar.ClockResult;
import qaf.document.Block;
import qaf.document.DataTable;
import qaf.document.TableLayout;
import qaf.document.Tone;

/**
 * The overview's sections from the panel's regrading to the gaps in the data: what the panel
 * changed and why, its view of each case, the action plan and the close-the-loop forms.
 */
final class FindingsSections {
    static final String NO_CASES = "The evaluation has no cases in its sample.";
    static final String NO_MATRIX = "No agency graded any case of this evaluation.";

    private FindingsSections() {
    }

    /** A table whose cells are its rows' text, nothing toned, published as {@code published}. */
    static Block.Table table(String name, List<String> header, List<List<String>> rows, TableLayout layout,
            DataTable published) {
        return new Block.Table(name, header, rows.stream().map(r -> r.stream().map(Block.Cell::of).toList()).toList(),
                layout, layout.defaultNumeric(), published);
    }

    static void regrading(EvaluationFindings f, List<Block> body) {
        body.add(new Block.Heading(1, "Regrading by agency"));
        if (f.byAgency().isEmpty()) {
            body.add(new Block.Paragraph(NO_MATRIX));
            return;
        }
        List<List<String>> shown = new ArrayList<>();
        List<List<String>> published = new ArrayList<>();
        for (GradeGroup g : f.byAgency()) {
            var r = g.summary().regrading();
            List<String> counts = List.of(n(g.summary().graded()), n(r.unchanged()), n(r.up()), n(r.down()));
            List<String> row = new ArrayList<>(List.of(g.label()));
            row.addAll(counts);
            shown.add(row);
            List<String> data = new ArrayList<>(List.of(g.key(), g.label()));
            data.addAll(counts);
            published.add(data);
        }
        body.add(table("regrading-by-agency", List.of("Agency", "Graded", "Unchanged", "Up \u25B2", "Down \u25BC"),
                shown, TableLayout.FIVE_COUNTS, new DataTable("regrading-by-agency",
                        List.of("agency_code", "agency", "graded", "unchanged", "up", "down"), published)));
        body.add(new Block.Heading(2, "The panel's rationales"));
        List<AgencyGrade> changed = new ArrayList<>();
        f.cases().forEach(c -> c.grades().stream().filter(AgencyGrade::regraded).forEach(changed::add));
        if (changed.isEmpty()) {
            body.add(new Block.Paragraph("The panel changed no agency's grade."));
            return;
        }
        changed.sort(Comparator.comparing(AgencyGrade::agencyCode).thenComparing(AgencyGrade::caseRef));
        List<List<Block.Cell>> rows = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        for (AgencyGrade g : changed) {
            int steps = g.stepsUp();
            String change = g.selfGrade().label() + ARROW + g.finalGrade().label() + " "
                    + (steps > 0 ? UP + " up " + steps : DOWN + " down " + -steps);
            String rationale = g.rationaleMissing() ? EvaluationOverviewComposer.NO_RATIONALE : g.rationale().strip();
            // A missing rationale is drawn to the eye; the row says so in words (⚑ No rationale recorded).
            Tone tone = g.rationaleMissing() ? Tone.FLAG : null;
            rows.add(List.of(new Block.Cell(g.agencyName(), tone, false), new Block.Cell(g.caseRef(), tone, false),
                    new Block.Cell(change, tone, false), new Block.Cell(rationale, tone, false)));
            data.add(List.of(g.agencyCode(), g.agencyName(), g.caseRef(), change, rationale,
                    g.rationaleMissing() ? "yes" : "no"));
        }
        body.add(new Block.Table("regrades", List.of("Agency", "Case", "Self \u2192 final", "Rationale"), rows,
                TableLayout.FOUR_TEXT, java.util.Set.of(), new DataTable("regrades",
                        List.of("agency_code", "agency", "case_ref", "change", "rationale", "rationale_missing"),
                        data)));
    }

    /** Partnership effectiveness and the child's voice, then strengths and areas for improvement. */
    static void findings(EvaluationFindings f, List<Block> body) {
        body.add(new Block.Heading(1, "Partnership effectiveness and the child's voice"));
        List<List<String>> effectiveness = new ArrayList<>();
        List<List<String>> strengths = new ArrayList<>();
        List<List<String>> published = new ArrayList<>();
        for (CaseOutcome c : f.cases()) {
            EvaluationCase ec = c.evaluationCase();
            String partnership = ec.partnershipGrade() == null ? "Not recorded" : ec.partnershipGrade().label();
            String voice = ec.childVoice() == null ? "Not recorded" : ec.childVoice().label();
            String strong = text(ec.strengths());
            String improve = text(ec.improvements());
            effectiveness.add(List.of(ec.caseRef(), ec.pseudonym(), partnership, voice));
            strengths.add(List.of(ec.caseRef() + "\n" + ec.pseudonym(), orNotRecorded(strong),
                    orNotRecorded(improve)));
            published.add(List.of(ec.caseRef(), ec.pseudonym(), partnership, voice, strong, improve));
        }
        if (f.cases().isEmpty()) {
            body.add(new Block.Paragraph(NO_CASES));
        } else {
            GradeDistribution p = f.partnership();
            List<String> counts = new ArrayList<>();
            for (Grade g : Grade.values()) {
                counts.add(g.label().toLowerCase(Locale.UK) + " " + p.count(g));
            }
            body.add(new Block.Paragraph("Partnership effectiveness: " + String.join(", ", counts)
                    + (f.partnershipNotGraded() > 0 ? "; not recorded " + f.partnershipNotGraded() : "") + "."));
            VoiceCounts v = f.childVoice();
            body.add(new Block.Paragraph("Child's voice: evidenced " + v.evidenced() + ", partly evidenced "
                    + v.partly() + ", not evidenced " + v.notEvidenced()
                    + (v.notRecorded() > 0 ? "; not recorded " + v.notRecorded() : "") + "."));
            // Both tables are one published CSV: the effectiveness table's, with every finding.
            body.add(table("case-findings", List.of("Case", "Pseudonym", "Partnership effectiveness",
                    "Child's voice"), effectiveness, TableLayout.FOUR_EVEN, new DataTable("case-findings",
                    List.of("case_ref", "pseudonym", "partnership_effectiveness", "child_voice", "strengths",
                            "improvements"), published)));
        }
        body.add(new Block.Heading(1, "Strengths and areas for improvement"));
        if (f.cases().isEmpty()) {
            body.add(new Block.Paragraph(NO_CASES));
        } else {
            body.add(table("case-findings", List.of("Case", "Strengths", "Areas for improvement"), strengths,
                    TableLayout.THREE_TEXT, null));
        }
    }

    private static String text(String stored) {
        return stored == null ? "" : stored.strip();
    }

    private static String orNotRecorded(String text) {
        return text.isEmpty() ? "Not recorded" : text;
    }

    static void actions(EvaluationFindings f, Map<String, String> agencyNames, String asAt, List<Block> body) {
        body.add(new Block.Heading(1, "Thematic action plan"));
        if (f.actions().isEmpty()) {
            body.add(new Block.Paragraph("No actions have been recorded for this evaluation."));
            return;
        }
        List<List<Block.Cell>> rows = new ArrayList<>();
        List<List<String>> data = new ArrayList<>();
        for (ActionRecord a : f.actions()) {
            String owner = a.agencyCode() == null ? "Partnership"
                    : agencyNames.getOrDefault(a.agencyCode(), a.agencyCode());
            String source = switch (a.source()) {
                case CASE -> "Case " + a.sourceRef();
                case THEMATIC -> "Thematic";
                default -> "Evaluation";
            };
            String status = status(a, f.asOf());
            List<String> row = List.of(a.actionRef(), source, a.description().strip(), owner,
                    SHORT_DAY.format(a.dueOn()), status);
            data.add(row);
            List<Block.Cell> cells = new ArrayList<>(row.subList(0, 5).stream().map(Block.Cell::of).toList());
            // Overdue in red; the status says "overdue" in words.
            cells.add(new Block.Cell(status, overdueAt(a, f.asOf()) ? Tone.BAD : null, false));
            rows.add(cells);
        }
        body.add(new Block.Paragraph("Status as at " + asAt + "."));
        body.add(new Block.Table("actions", List.of("Ref", "Source", "Action", "Owner", "Due", "Status"), rows,
                TableLayout.ACTION_PLAN, java.util.Set.of(), new DataTable("actions",
                        List.of("action_ref", "source", "description", "owner", "due", "status"), data)));
    }

    /**
     * The status as it stood on {@code asOf}: an action completed after that day was still open
     * then, so it is shown as not complete, with the later completion date.
     */
    static String status(ActionRecord a, LocalDate asOf) {
        if (a.status() == ActionStatus.COMPLETE) {
            if (a.completedOn().isAfter(asOf)) {
                return "Not complete at " + SHORT_DAY.format(asOf) + (asOf.isAfter(a.dueOn()) ? " \u2013 overdue" : "")
                        + " (completed " + SHORT_DAY.format(a.completedOn()) + ")";
            }
            return "Complete " + SHORT_DAY.format(a.completedOn());
        }
        String label = a.status().label();
        return a.overdueAt(asOf) ? label + " \u2013 overdue" : label;
    }

    /** Still not complete on {@code asOf} and past its due day then (a later completion does not count). */
    private static boolean overdueAt(ActionRecord a, LocalDate asOf) {
        if (a.status() == ActionStatus.COMPLETE) {
            return a.completedOn().isAfter(asOf) && asOf.isAfter(a.dueOn());
        }
        return a.overdueAt(asOf);
    }

    static void closeTheLoop(EvaluationFindings f, String asAt, List<Block> body) {
        body.add(new Block.Heading(1, "Close-the-loop compliance"));
        Map<String, int[]> byAgency = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (CloseTheLoopItem item : f.closeTheLoop().expected()) {
            String code = item.grade().agencyCode();
            names.put(code, item.grade().agencyName());
            int[] n = byAgency.computeIfAbsent(code, k -> new int[5]);
            n[0]++;
            Optional<ClockResult.Status> status = item.status();
            if (status.isPresent()) {
                switch (status.get()) {
                    case ON_TIME -> n[1]++;
                    case LATE -> n[2]++;
                    case OVERDUE -> n[3]++;
                    case NOT_YET_DUE -> n[4]++;
                }
            }
        }
        if (byAgency.isEmpty()) {
            body.add(new Block.Paragraph("No agency's final grade on any case was requires improvement or"
                    + " inadequate, so no close-the-loop forms were expected."));
            return;
        }
        List<List<String>> data = new ArrayList<>();
        int[] total = new int[5];
        byAgency.forEach((code, n) -> {
            data.add(loopRow(names.get(code), n));
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
        });
        data.add(loopRow("All agencies", total));
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            boolean last = i == data.size() - 1;
            rows.add(data.get(i).stream().map(t -> new Block.Cell(t, null, last)).toList());
        }
        body.add(new Block.Paragraph("A form is expected from every agency whose final grade on a case is requires"
                + " improvement or inadequate, due 10 working days after the panel day. Outstanding: not returned and"
                + " past its due day as at " + asAt + "."));
        body.add(new Block.Table("close-the-loop", List.of("Agency", "Expected", "On time", "Late", "Outstanding",
                "Not yet due"), rows, TableLayout.SIX_COUNTS, TableLayout.SIX_COUNTS.defaultNumeric(),
                new DataTable("close-the-loop", List.of("agency", "expected", "on_time", "late", "outstanding",
                        "not_yet_due"), data)));
    }

    private static List<String> loopRow(String agency, int[] n) {
        return List.of(agency, n(n[0]), n(n[1]), n(n[2]), n(n[3]), n(n[4]));
    }

    static void gaps(List<String> notes, List<Block> body) {
        body.add(new Block.Heading(1, "Gaps in the data"));
        if (notes.isEmpty()) {
            body.add(new Block.Paragraph("None found."));
        } else {
            body.add(new Block.Bullets(notes));
        }
    }
}
