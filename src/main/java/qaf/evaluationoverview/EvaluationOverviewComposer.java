package qaf.evaluationoverview;

import qaf.compose.Charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import qaf.analysis.evaluation.Action;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.AgencyTimeliness;
import qaf.analysis.evaluation.CaseOutcome;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationCase;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Flag;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.evaluation.GradeDistribution;
import qaf.analysis.evaluation.GradeGroup;
import qaf.analysis.evaluation.GradeMatrix;
import qaf.analysis.evaluation.GradeSummary;
import qaf.analysis.evaluation.Share;
import qaf.analysis.evaluation.Submission;
import qaf.analysis.evaluation.SubmissionTally;
import qaf.analysis.evaluation.VoiceCounts;
import qaf.calendar.ClockResult;
import qaf.calendar.Timetable;
import qaf.evaluationoverview.EvaluationOverview.ActionRow;
import qaf.evaluationoverview.EvaluationOverview.AgencyRegrading;
import qaf.evaluationoverview.EvaluationOverview.CaseFinding;
import qaf.evaluationoverview.EvaluationOverview.Fact;
import qaf.evaluationoverview.EvaluationOverview.GradeCountRow;
import qaf.evaluationoverview.EvaluationOverview.LoopRow;
import qaf.evaluationoverview.EvaluationOverview.MatrixBlock;
import qaf.evaluationoverview.EvaluationOverview.MatrixRow;
import qaf.evaluationoverview.EvaluationOverview.Regrade;
import qaf.evaluationoverview.EvaluationOverview.SampleCase;
import qaf.evaluationoverview.EvaluationOverview.SubmissionRow;
import qaf.document.Audience;
import qaf.document.DocumentMeta;

/**
 * Words an evaluation's findings for the board. Pure: findings and names in, model out. Only
 * pseudonyms, age bands and stored panel text reach the model; the date of birth on
 * {@link EvaluationCase} is used for nothing but the age band the analysis already worked out.
 */
public final class EvaluationOverviewComposer {
    static final String KIND = "evaluation-overview";
    /** Shown in place of a rationale the panel did not record. */
    public static final String NO_RATIONALE = "\u2691 No rationale recorded";
    /** A matrix cell for an agency that did not grade the case. */
    public static final String NOT_GRADED = "\u2014";
    static final String UP = "\u25B2";
    static final String DOWN = "\u25BC";
    static final String ARROW = " \u2192 ";

    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);

    /**
     * @param partnershipName for the page furniture
     * @param agencyNames every agency's name by code, for action owners that graded no case
     */
    public EvaluationOverview compose(String partnershipName, EvaluationFindings f, Map<String, String> agencyNames) {
        Evaluation e = f.evaluation();
        DocumentMeta meta = new DocumentMeta(KIND, partnershipName, "Evaluation overview: " + e.ref(), e.theme(),
                Audience.BOARD, refs(f));
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
        return new EvaluationOverview(
                meta,
                DAY.format(f.asOf()),
                facts(f),
                f.timetable().note(),
                submissions(f),
                submissionsNote(f),
                sample(f),
                matrix(f),
                gradeCounts(f.overall()),
                gradeSummary(f.overall()),
                f.overall().graded() == 0 ? null : Charts.comparison("Agency grades: self against final",
                        "Agency gradings", "Self-grade", "Final grade", bars(f.overall())),
                regradingByAgency(f.byAgency()),
                regrades(f),
                findings(f),
                findingsSummary(f),
                actions(f, agencyNames),
                closeTheLoop(f),
                notes);
    }

    private static List<String> refs(EvaluationFindings f) {
        Set<String> refs = new LinkedHashSet<>();
        refs.add(f.evaluation().ref());
        f.cases().forEach(c -> refs.add(c.evaluationCase().caseRef()));
        f.matrix().rows().forEach(r -> refs.add(r.agencyCode()));
        return List.copyOf(refs);
    }

    private static List<Fact> facts(EvaluationFindings f) {
        Evaluation e = f.evaluation();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Evaluation", e.ref()));
        facts.add(new Fact("Theme", e.theme()));
        facts.add(new Fact("Kind", e.kind().title()));
        facts.add(new Fact("Started", LONG_DAY.format(e.startsOn())));
        facts.add(new Fact("Panel day", LONG_DAY.format(e.panelOn())));
        facts.add(new Fact("Chair", e.chair() == null || e.chair().isBlank() ? "Not recorded" : e.chair()));
        facts.add(new Fact("Cases in the sample", Integer.toString(f.cases().size())));
        facts.add(new Fact("Agencies graded", Integer.toString(f.matrix().rows().size())));
        Optional<Timetable> t = f.timetable().timetable();
        if (t.isPresent()) {
            facts.add(new Fact("Chronologies due", LONG_DAY.format(t.get().chronologyDue())));
            facts.add(new Fact("Self-evaluations due", LONG_DAY.format(t.get().evaluationDue())));
            facts.add(new Fact("Health self-evaluations due", LONG_DAY.format(t.get().healthEvaluationDue())));
            facts.add(new Fact("Close-the-loop forms due", LONG_DAY.format(t.get().closeTheLoopDue())));
        }
        facts.add(new Fact("Statuses as at", DAY.format(f.asOf())));
        return facts;
    }

    private static List<SubmissionRow> submissions(EvaluationFindings f) {
        List<SubmissionRow> rows = new ArrayList<>();
        for (AgencyTimeliness a : f.timeliness()) {
            SubmissionTally c = a.chronology();
            SubmissionTally s = a.selfEvaluation();
            rows.add(new SubmissionRow(a.agencyCode(), a.agencyName(), c.onTime(), c.late(), c.missing(), s.onTime(),
                    s.late(), s.missing()));
        }
        return rows;
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

    private static List<SampleCase> sample(EvaluationFindings f) {
        List<SampleCase> rows = new ArrayList<>();
        for (CaseOutcome c : f.cases()) {
            EvaluationCase ec = c.evaluationCase();
            String agencies = c.noAgencyGraded() ? "None graded"
                    : String.join(", ", c.grades().stream().map(AgencyGrade::agencyName).toList());
            rows.add(new SampleCase(ec.caseRef(), ec.pseudonym(), c.ageBand().label(), caseType(ec.caseType()),
                    agencies));
        }
        return rows;
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

    private static List<MatrixBlock> matrix(EvaluationFindings f) {
        GradeMatrix m = f.matrix();
        if (m.rows().isEmpty()) {
            return List.of();
        }
        Map<String, String> pseudonyms = new TreeMap<>();
        f.cases().forEach(c -> pseudonyms.put(c.evaluationCase().caseRef(), c.evaluationCase().pseudonym()));
        List<MatrixBlock> blocks = new ArrayList<>();
        int size = EvaluationOverview.MATRIX_CASES;
        for (int from = 0; from < m.caseRefs().size(); from += size) {
            int to = Math.min(from + size, m.caseRefs().size());
            List<String> refs = m.caseRefs().subList(from, to);
            List<String> headers = refs.stream().map(r -> r + "\n" + pseudonyms.get(r)).toList();
            List<MatrixRow> rows = new ArrayList<>();
            for (GradeMatrix.Row r : m.rows()) {
                List<String> cells = r.cells().subList(from, to).stream()
                        .map(c -> c.map(EvaluationOverviewComposer::cell).orElse(NOT_GRADED)).toList();
                List<AgencyGrade> own = r.cells().stream().flatMap(Optional::stream).toList();
                long regraded = own.stream().filter(AgencyGrade::regraded).count();
                rows.add(new MatrixRow(r.agencyCode(), r.agencyName(), cells, regraded + " of " + own.size()));
            }
            blocks.add(new MatrixBlock(refs, headers, rows));
        }
        return blocks;
    }

    private static List<GradeCountRow> gradeCounts(GradeSummary s) {
        List<GradeCountRow> rows = new ArrayList<>();
        for (Grade g : Grade.values()) {
            rows.add(new GradeCountRow(g.label(), s.self().count(g), s.finals().count(g)));
        }
        return rows;
    }

    private static List<Charts.Pair> bars(GradeSummary s) {
        List<Charts.Pair> bars = new ArrayList<>();
        for (Grade g : Grade.values()) {
            bars.add(new Charts.Pair(g.label(), s.self().count(g), s.finals().count(g)));
        }
        return bars;
    }

    private static List<String> gradeSummary(GradeSummary s) {
        if (s.graded() == 0) {
            return List.of("No agency graded any case of this evaluation.");
        }
        List<String> lines = new ArrayList<>();
        lines.add("Agency gradings: " + s.graded() + ".");
        lines.add("Self-grades good or better: " + s.selfGoodOrBetter().label() + ".");
        lines.add("Final grades good or better: " + s.finalGoodOrBetter().label() + ".");
        Share regraded = s.regrading().regraded();
        lines.add("Regraded by the panel: " + regraded.label() + ": " + s.regrading().up() + " up, "
                + s.regrading().down() + " down.");
        if (s.missingRationales() > 0) {
            lines.add("\u2691 Regrades with no rationale recorded: " + s.missingRationales() + ".");
        }
        return lines;
    }

    private static List<AgencyRegrading> regradingByAgency(List<GradeGroup> groups) {
        List<AgencyRegrading> rows = new ArrayList<>();
        for (GradeGroup g : groups) {
            var r = g.summary().regrading();
            rows.add(new AgencyRegrading(g.key(), g.label(), g.summary().graded(), r.unchanged(), r.up(), r.down()));
        }
        return rows;
    }

    private static List<Regrade> regrades(EvaluationFindings f) {
        List<AgencyGrade> changed = new ArrayList<>();
        f.cases().forEach(c -> c.grades().stream().filter(AgencyGrade::regraded).forEach(changed::add));
        changed.sort(java.util.Comparator.comparing(AgencyGrade::agencyCode).thenComparing(AgencyGrade::caseRef));
        List<Regrade> rows = new ArrayList<>();
        for (AgencyGrade g : changed) {
            int steps = g.stepsUp();
            String change = g.selfGrade().label() + ARROW + g.finalGrade().label() + " "
                    + (steps > 0 ? UP + " up " + steps : DOWN + " down " + -steps);
            rows.add(new Regrade(g.agencyCode(), g.agencyName(), g.caseRef(), change,
                    g.rationaleMissing() ? NO_RATIONALE : g.rationale().strip(), g.rationaleMissing()));
        }
        return rows;
    }

    private static List<CaseFinding> findings(EvaluationFindings f) {
        List<CaseFinding> rows = new ArrayList<>();
        for (CaseOutcome c : f.cases()) {
            EvaluationCase ec = c.evaluationCase();
            rows.add(new CaseFinding(ec.caseRef(), ec.pseudonym(),
                    ec.partnershipGrade() == null ? "Not recorded" : ec.partnershipGrade().label(),
                    ec.childVoice() == null ? "Not recorded" : ec.childVoice().label(),
                    text(ec.strengths()), text(ec.improvements())));
        }
        return rows;
    }

    private static String text(String stored) {
        return stored == null ? "" : stored.strip();
    }

    private static List<String> findingsSummary(EvaluationFindings f) {
        if (f.cases().isEmpty()) {
            return List.of();
        }
        GradeDistribution p = f.partnership();
        List<String> lines = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            counts.add(g.label().toLowerCase(Locale.UK) + " " + p.count(g));
        }
        lines.add("Partnership effectiveness: " + String.join(", ", counts)
                + (f.partnershipNotGraded() > 0 ? "; not recorded " + f.partnershipNotGraded() : "") + ".");
        VoiceCounts v = f.childVoice();
        lines.add("Child's voice: evidenced " + v.evidenced() + ", partly evidenced " + v.partly()
                + ", not evidenced " + v.notEvidenced()
                + (v.notRecorded() > 0 ? "; not recorded " + v.notRecorded() : "") + ".");
        return lines;
    }

    private static List<ActionRow> actions(EvaluationFindings f, Map<String, String> agencyNames) {
        List<ActionRow> rows = new ArrayList<>();
        for (Action a : f.actions()) {
            String owner = a.agencyCode() == null ? "Partnership"
                    : agencyNames.getOrDefault(a.agencyCode(), a.agencyCode());
            String source = switch (a.sourceKind()) {
                case "case" -> "Case " + a.sourceRef();
                case "thematic" -> "Thematic";
                default -> "Evaluation";
            };
            rows.add(new ActionRow(a.actionRef(), source, a.description().strip(), owner, SHORT_DAY.format(a.dueOn()),
                    status(a, f.asOf())));
        }
        return rows;
    }

    /**
     * The status as it stood on {@code asOf}: an action completed after that day was still open
     * then, so it is shown as not complete, with the later completion date.
     */
    static String status(Action a, LocalDate asOf) {
        if (a.status() == Action.Status.COMPLETE && a.completedOn() != null) {
            if (a.completedOn().isAfter(asOf)) {
                return "Not complete at " + SHORT_DAY.format(asOf) + (asOf.isAfter(a.dueOn()) ? " \u2013 overdue" : "")
                        + " (completed " + SHORT_DAY.format(a.completedOn()) + ")";
            }
            return "Complete " + SHORT_DAY.format(a.completedOn());
        }
        String label = a.status().label();
        return a.overdueAt(asOf) ? label + " \u2013 overdue" : label;
    }

    private static List<LoopRow> closeTheLoop(EvaluationFindings f) {
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
        List<LoopRow> rows = new ArrayList<>();
        int[] total = new int[5];
        byAgency.forEach((code, n) -> {
            rows.add(new LoopRow(names.get(code), n[0], n[1], n[2], n[3], n[4]));
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
        });
        if (!rows.isEmpty()) {
            rows.add(new LoopRow("All agencies", total[0], total[1], total[2], total[3], total[4]));
        }
        return rows;
    }
}
