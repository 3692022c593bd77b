package qaf.annualaudit;

import qaf.compose.Charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import qaf.analysis.audit.ActionRegister;
import qaf.analysis.audit.ActionRegister.SourceCount;
import qaf.analysis.audit.RagCounts;
import qaf.analysis.audit.SchoolsOverview;
import qaf.analysis.audit.Section11Overview;
import qaf.analysis.audit.Section11Overview.StandardChange;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.AgencyTimeliness;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.CloseTheLoopSummary;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.evaluation.GradeAnalysis;
import qaf.analysis.evaluation.GradeGroup;
import qaf.analysis.evaluation.GradeSummary;
import qaf.analysis.evaluation.RatingBias;
import qaf.analysis.evaluation.Share;
import qaf.analysis.evaluation.Submission;
import qaf.analysis.evaluation.SubmissionTally;
import qaf.analysis.evaluation.Timeliness;
import qaf.analysis.evaluation.Trend;
import qaf.analysis.evaluation.Trends;
import qaf.document.BlockDocument;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.calendar.ClockResult;
import qaf.calendar.ReportingYear;
import qaf.calendar.Timetable;
import qaf.document.Audience;
import qaf.document.DataTable;
import qaf.document.DocumentMeta;
import qaf.terms.Terms;

/**
 * Words the Audit &amp; Scrutiny subgroup's annual report (framework section 9) from figures the
 * analysis packages already made. Pure: {@link AnnualAuditInput} in, document out. No child is
 * named or described: the report works at evaluation, theme and agency level, and a case appears
 * only by its case ref, which carries no personal data.
 */
public final class AnnualAuditComposer {
    static final String KIND = "annual-report-audit";
    static final String NO_PREVIOUS = "no previous year's data";
    static final int OVER_RATERS_NAMED = 5;

    private AnnualAuditComposer() {
    }

    /** In the framework's own words: what a partnership without terms.csv reads. */
    public static BlockDocument compose(AnnualAuditInput in) {
        return compose(in, Terms.FRAMEWORK);
    }

    /** @param terms the partnership's words for its audit subgroup and board, in the title and the prose */
    public static BlockDocument compose(AnnualAuditInput in, Terms terms) {
        ReportingYear year = in.year();
        Figures f = Figures.of(in);
        List<String> refs = new ArrayList<>();
        in.yearEvaluations().forEach(d -> refs.add(d.evaluation().ref()));
        in.section11().forEach(o -> refs.add("s11-" + o.cycle()));
        in.schools().forEach(o -> refs.add("schools-" + o.cycle()));
        in.singleAgency().ifPresent(o -> refs.add("single-agency-" + o.year()));
        DocumentMeta meta = new DocumentMeta(KIND, in.partnershipName(),
                terms.word("audit-subgroup", "Audit and Scrutiny") + " annual report " + year.label(),
                "The " + terms.auditSubgroup() + "'s report to the " + terms.word("board", "board") + ", "
                        + Cells.longDay(year.start()) + " to "
                        + Cells.longDay(year.end()),
                Audience.BOARD, refs);
        List<String> priorities = priorities(in, f);
        List<Block> body = new ArrayList<>();
        summary(in, f, priorities, body, terms);
        body.add(new Block.PageBreak());
        evaluations(in, f, body);
        grades(f, body);
        compliance(f, body);
        audits(in, body);
        actions(in.actions(), body);
        change(in, f, body);
        impact(in, f, body);
        body.add(new Block.Heading(1, "Priorities arising"));
        body.add(new Block.Paragraph("Each priority below is derived from a figure in this report, which it states."));
        if (priorities.isEmpty()) {
            body.add(new Block.Paragraph("The year's data raise no priority under the rules used: no theme or agency"
                    + " with a final grade below good, no over-rating, no overdue return or action."));
        } else {
            body.add(new Block.Bullets(priorities));
        }
        return new BlockDocument(meta, KIND + "-" + year.label(),
                Cells.statusesAsAt(in.actions().asOf(), year), body);
    }

    /** The figures several sections share, taken once from the analysis. */
    record Figures(GradeSummary overall, List<GradeGroup> byAgency, List<GradeGroup> byTheme,
            List<RatingBias> overRaters, List<Submission> submissions, List<AgencyTimeliness> timeliness,
            CloseTheLoopSummary closeTheLoop, List<GradeGroup> byYear, Optional<GradeGroup> thisYear,
            Optional<GradeGroup> previousYear) {
        static Figures of(AnnualAuditInput in) {
            List<AgencyGrade> grades = new ArrayList<>();
            List<Submission> submissions = new ArrayList<>();
            List<CloseTheLoopItem> expected = new ArrayList<>();
            List<CloseTheLoopReturn> unexpected = new ArrayList<>();
            for (EvaluationFindings e : in.findings()) {
                e.cases().forEach(c -> grades.addAll(c.grades()));
                submissions.addAll(e.submissions());
                expected.addAll(e.closeTheLoop().expected());
                unexpected.addAll(e.closeTheLoop().unexpected());
            }
            int startMonth = in.year().startMonth();
            List<GradeGroup> byYear = GradeAnalysis.byYear(inSample(in.allEvaluations()), startMonth);
            String label = in.year().label();
            String previous = in.year().previous().label();
            return new Figures(GradeSummary.of(grades), GradeAnalysis.byAgency(grades),
                    GradeAnalysis.byTheme(inSample(in.yearEvaluations())), GradeAnalysis.overRaters(grades),
                    submissions, Timeliness.byAgency(submissions), new CloseTheLoopSummary(expected, unexpected),
                    byYear,
                    byYear.stream().filter(g -> g.key().equals(label)).findFirst(),
                    byYear.stream().filter(g -> g.key().equals(previous)).findFirst());
        }

        SubmissionTally tally(Submission.Document document) {
            return SubmissionTally.of(submissions.stream().filter(s -> s.document() == document).toList());
        }
    }

    private static void summary(AnnualAuditInput in, Figures f, List<String> priorities, List<Block> body,
            Terms terms) {
        body.add(new Block.Heading(1, "Summary of the year"));
        body.add(new Block.Paragraph("The " + terms.auditSubgroup() + "'s year in figures. Every figure is worked out"
                + " from the partnership's records; the sections that follow give the detail and its limits."));
        List<String> items = new ArrayList<>();
        int cases = in.findings().stream().mapToInt(e -> e.cases().size()).sum();
        long full = in.yearEvaluations().stream().filter(d -> d.evaluation().kind() == Timetable.Kind.FULL).count();
        items.add("Case evaluations held: " + in.yearEvaluations().size() + " (" + full + " full, "
                + (in.yearEvaluations().size() - full) + " condensed), on " + Cells.count(themes(in).size(),
                "theme", "themes") + ", " + Cells.count(cases, "case", "cases") + " and "
                + Cells.count(f.byAgency().size(), "distinct agency", "distinct agencies") + " graded.");
        GradeSummary o = f.overall();
        items.add("Final grades good or better: " + share(o.finalGoodOrBetter()) + "; agencies' self-grades good or"
                + " better: " + share(o.selfGoodOrBetter()) + ".");
        items.add("Regraded by the panel: " + share(o.regrading().regraded()) + " (" + o.regrading().up() + " up, "
                + o.regrading().down() + " down, " + o.regrading().unchanged() + " unchanged).");
        items.add("Change on the previous year (final grades good or better): " + yearChange(f) + ".");
        items.add("Chronologies on time: " + share(f.tally(Submission.Document.CHRONOLOGY).onTimeShare())
                + "; self-evaluations on time: " + share(f.tally(Submission.Document.SELF_EVALUATION).onTimeShare())
                + ".");
        items.add("Close-the-loop forms returned on time: " + share(f.closeTheLoop().onTimeShare())
                + "; not returned and overdue: " + f.closeTheLoop().count(ClockResult.Status.OVERDUE) + ".");
        if (in.section11().isEmpty()) {
            items.add("Section 11: no cycle falls in the year.");
        }
        for (Section11Overview s : in.section11()) {
            items.add("Section 11 cycle " + s.cycle() + ": returns " + Cells.ratio(s.returnRate()) + ", on time "
                    + Cells.ratio(s.onTimeRate()) + "; " + s.comparison().map(c -> "compared with cycle "
                            + c.previousCycle() + " under \u201cChange against the previous year\u201d")
                            .orElse(NO_PREVIOUS) + ".");
        }
        if (in.schools().isEmpty()) {
            items.add("Schools' audit: no cycle falls in the year.");
        }
        for (SchoolsOverview s : in.schools()) {
            items.add("Schools' audit " + s.cycle() + ": returns " + Cells.ratio(s.returnRate()) + schoolsOnTime(s)
                    + "; " + Cells.count(s.flagged().size(), "school", "schools") + " flagged for support.");
        }
        items.add(in.singleAgency().map(s -> "Single agency audits: submitted " + Cells.ratio(s.submittedRate())
                + ", on time " + Cells.ratio(s.onTimeRate()) + ".")
                .orElse("Single agency audits: none recorded for the year."));
        ActionRegister a = in.actions();
        items.add("Actions as at " + Cells.longDay(a.asOf()) + ": " + a.totals().total() + " (" + a.totals().red()
                + " red, " + a.totals().amber() + " amber, " + a.totals().green() + " green, " + a.totals().notRated()
                + " cancelled); complete " + Cells.ratio(a.completion()) + ", of which with evidence of impact "
                + Cells.ratio(a.completedWithImpact()) + ".");
        items.add("Priorities arising from the data: " + priorities.size() + " (listed at the end).");
        body.add(new Block.Bullets(items));
    }

    private static void evaluations(AnnualAuditInput in, Figures f, List<Block> body) {
        body.add(new Block.Heading(1, "Evaluations held"));
        if (in.yearEvaluations().isEmpty()) {
            body.add(new Block.Paragraph("No case evaluation had its panel day in " + in.year().label() + "."));
            return;
        }
        body.add(new Block.Paragraph(Cells.count(in.yearEvaluations().size(), "evaluation", "evaluations")
                + " had their panel day in the year. Themes: " + String.join("; ", themes(in)) + "."));
        List<List<String>> rows = new ArrayList<>();
        for (EvaluationFindings e : in.findings()) {
            rows.add(List.of(e.evaluation().ref() + ": " + e.evaluation().theme().strip(),
                    capital(e.evaluation().kind().id()), Cells.day(e.evaluation().panelOn()),
                    Integer.toString(e.cases().size()), Integer.toString(e.byAgency().size()),
                    Integer.toString(e.overall().graded())));
        }
        body.add(new Block.Table(new DataTable("evaluations",
                List.of("Evaluation and theme", "Kind", "Panel day", "Cases", "Agencies", "Gradings"), rows),
                TableLayout.SIX));
        int agencyColumn = in.findings().stream().mapToInt(e -> e.byAgency().size()).sum();
        // The year's agency count is distinct; the column counts an agency once per evaluation.
        body.add(new Block.Paragraph("Agencies counts each agency in every evaluation it was graded in, so the column"
                + " adds up to " + agencyColumn + "; across the year " + Cells.count(f.byAgency().size(),
                        "distinct agency was", "distinct agencies were") + " graded, each named under \u201cBy"
                + " agency\u201d."));
    }

    private static void grades(Figures f, List<Block> body) {
        body.add(new Block.Heading(1, "Grades"));
        GradeSummary o = f.overall();
        if (o.graded() == 0) {
            body.add(new Block.Paragraph("No agency grading was recorded in the year's evaluations."));
            return;
        }
        body.add(new Block.Paragraph("An agency's final grade is the panel's grade, or its own where the panel left"
                + " it blank. Of " + Cells.count(o.graded(), "grading", "gradings") + ", "
                + share(o.finalGoodOrBetter()) + " were finally good or better against " + share(o.selfGoodOrBetter())
                + " as self-graded. The panel moved " + o.regrading().up() + " up ("
                + Cells.count(o.regrading().stepsUp(), "step", "steps") + ") and " + o.regrading().down() + " down ("
                + Cells.count(o.regrading().stepsDown(), "step", "steps") + "); "
                + o.regrading().unchanged() + " were unchanged"
                + (o.missingRationales() > 0 ? "; " + o.missingRationales() + " regrades have no rationale recorded"
                        : "") + "."));
        List<Charts.Pair> bars = new ArrayList<>();
        List<List<String>> series = new ArrayList<>();
        for (Grade g : Grade.values()) {
            bars.add(new Charts.Pair(g.label(), o.self().count(g), o.finals().count(g)));
            series.add(List.of(g.label(), Integer.toString(o.self().count(g)), Integer.toString(o.finals().count(g))));
        }
        body.add(new Block.Figure(Charts.comparison("Self-grades against final grades, all evaluations of"
                + " the year", "Agency gradings", "Self-grade", "Final grade", bars),
                new DataTable("grade-distribution", List.of("grade", "self", "final"), series)));
        body.add(new Block.Heading(2, "By agency"));
        body.add(new Block.Table(gradeTable("grades-by-agency", "Agency", f.byAgency()), TableLayout.SIX));
        body.add(new Block.Heading(2, "By theme"));
        body.add(new Block.Table(gradeTable("grades-by-theme", "Theme", f.byTheme()), TableLayout.SIX));
        if (!f.overRaters().isEmpty()) {
            // The five most over-rating agencies; the rest are counted, so the paragraph stays readable.
            List<RatingBias> top = f.overRaters().subList(0, Math.min(OVER_RATERS_NAMED, f.overRaters().size()));
            int rest = f.overRaters().size() - top.size();
            body.add(new Block.Paragraph("Agencies that self-graded above the final grade, most often first"
                    + " (gradings over-rated of the agency's gradings, and the steps the panel moved them down): "
                    + String.join("; ", top.stream().map(r -> r.agencyName() + " " + r.cases() + " of "
                            + r.graded() + " (" + Cells.count(r.steps(), "step", "steps") + ")").toList())
                    + (rest > 0 ? "; and " + Cells.count(rest, "other agency", "other agencies") : "") + "."));
        }
    }

    private static DataTable gradeTable(String name, String first, List<GradeGroup> groups) {
        List<List<String>> rows = new ArrayList<>();
        for (GradeGroup g : groups) {
            GradeSummary s = g.summary();
            rows.add(List.of(g.label(), Integer.toString(s.graded()), share(s.selfGoodOrBetter()),
                    share(s.finalGoodOrBetter()), Integer.toString(s.regrading().up()),
                    Integer.toString(s.regrading().down())));
        }
        return new DataTable(name, List.of(first, "Gradings", "Self good or better", "Final good or better",
                "Regraded up", "Regraded down"), rows);
    }

    private static void compliance(Figures f, List<Block> body) {
        body.add(new Block.Heading(1, "Timetable and close-the-loop compliance"));
        SubmissionTally chron = f.tally(Submission.Document.CHRONOLOGY);
        SubmissionTally self = f.tally(Submission.Document.SELF_EVALUATION);
        body.add(new Block.Paragraph("Deadlines come from each evaluation's timetable, in working days. Chronologies: "
                + tally(chron) + ". Self-evaluations: " + tally(self) + "."));
        if (!f.timeliness().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (AgencyTimeliness t : f.timeliness()) {
                rows.add(List.of(t.agencyName(), share(t.chronology().onTimeShare()),
                        t.chronology().late() + " late, " + t.chronology().missing() + " missing",
                        share(t.selfEvaluation().onTimeShare()),
                        t.selfEvaluation().late() + " late, " + t.selfEvaluation().missing() + " missing"));
            }
            body.add(new Block.Table(new DataTable("submissions-by-agency", List.of("Agency", "Chronologies on time",
                    "Chronologies late or missing", "Self-evaluations on time", "Self-evaluations late or missing"),
                    rows), TableLayout.FIVE));
        }
        CloseTheLoopSummary c = f.closeTheLoop();
        body.add(new Block.Heading(2, "Closing the loop"));
        body.add(new Block.Paragraph("A close-the-loop form is due from an agency 10 working days after the panel"
                + " for every case it was finally graded requires improvement or inadequate. Forms expected: "
                + c.expected().size() + "; returned on time " + c.count(ClockResult.Status.ON_TIME) + ", late "
                + c.count(ClockResult.Status.LATE) + ", not returned and overdue " + c.count(ClockResult.Status.OVERDUE)
                + ", not yet due " + c.count(ClockResult.Status.NOT_YET_DUE) + ". On time: "
                + share(c.onTimeShare()) + "."));
        List<List<String>> overdue = new ArrayList<>();
        for (CloseTheLoopItem i : c.expected()) {
            if (i.status().filter(s -> s == ClockResult.Status.OVERDUE).isPresent()) {
                overdue.add(List.of(i.grade().agencyName(), i.grade().evaluationRef(), i.grade().caseRef(),
                        Cells.count(i.clock().get().daysLate(), "working day", "working days")));
            }
        }
        if (!overdue.isEmpty()) {
            body.add(new Block.Table(new DataTable("close-the-loop-overdue",
                    List.of("Agency", "Evaluation", "Case", "Overdue by"), overdue), TableLayout.FOUR));
        }
    }

    private static void audits(AnnualAuditInput in, List<Block> body) {
        body.add(new Block.Heading(1, "Section 11, schools and single agency audits"));
        body.add(new Block.Paragraph("Headline figures of each audit in the year; each has its own overview"
                + " document with the detail."));
        body.add(new Block.Heading(2, "Section 11"));
        if (in.section11().isEmpty()) {
            body.add(new Block.Paragraph("No Section 11 cycle falls in the year."));
        }
        for (Section11Overview s : in.section11()) {
            body.add(new Block.Paragraph("Cycle " + s.cycle() + ": returns submitted " + Cells.ratio(s.returnRate())
                    + ", on time " + Cells.ratio(s.onTimeRate()) + "; "
                    + Cells.count(s.largestDrops().size(), "agency", "agencies")
                    + " had moderated scores below their self scores" + named(s.largestDrops().stream()
                            .map(d -> d.agency().name()).toList()) + "; "
                    + Cells.count(s.moderationPanel().size(), "agency", "agencies")
                    + " invited to the moderation panel" + named(s.moderationPanel().stream().map(a -> a.name())
                            .toList()) + "."));
        }
        body.add(new Block.Heading(2, "Schools"));
        if (in.schools().isEmpty()) {
            body.add(new Block.Paragraph("No schools' audit cycle falls in the year."));
        }
        for (SchoolsOverview s : in.schools()) {
            body.add(new Block.Paragraph("Cycle " + s.cycle() + ": schools returned " + Cells.ratio(s.returnRate())
                    + schoolsOnTime(s) + "; " + Cells.count(s.flagged().size(), "school", "schools")
                    + " flagged for support (any red area, or three or more amber)" + named(s.flagged().stream()
                            .map(x -> x.school().name()).toList()) + "."));
        }
        body.add(new Block.Heading(2, "Single agency audits"));
        if (in.singleAgency().isEmpty()) {
            body.add(new Block.Paragraph("No single agency audit is recorded for " + in.year().label() + "."));
        }
        in.singleAgency().ifPresent(s -> body.add(new Block.Paragraph("Audits asked for: "
                + s.submittedRate().denominator() + "; submitted " + Cells.ratio(s.submittedRate()) + ", on time (by "
                + Cells.longDay(s.due()) + ") " + Cells.ratio(s.onTimeRate()) + "; "
                + Cells.count(s.notAsked().size(), "agency", "agencies") + " with no audit recorded"
                + named(s.notAsked().stream().map(a -> a.name()).toList()) + ".")));
    }

    /** A count of agencies is followed by their names, " (A; B; C)"; nothing when there are none. */
    static String named(List<String> names) {
        return names.isEmpty() ? "" : " (" + String.join("; ", names) + ")";
    }

    /** ", on time (by 29 June 2018, the QA programme's date) 15 of 22 (68%)", or why it is not measured. */
    static String schoolsOnTime(SchoolsOverview s) {
        return s.due().map(d -> ", on time (by " + Cells.longDay(d) + ", the QA programme's date) "
                + Cells.ratio(s.onTimeRate().get())).orElse(", timeliness not measured (the QA programme gives no"
                        + " due date)");
    }

    private static void actions(ActionRegister a, List<Block> body) {
        body.add(new Block.Heading(1, "Action status"));
        body.add(new Block.Paragraph("The action tracker as at " + Cells.longDay(a.asOf()) + ": complete is green;"
                + " open or in progress past its due date is red; in progress and not yet due is green; open and not"
                + " yet due is amber; cancelled actions are not rated. " + a.totals().total() + " actions: "
                + a.totals().red() + " red, " + a.totals().amber() + " amber, " + a.totals().green() + " green, "
                + a.totals().notRated() + " cancelled."));
        List<List<String>> rows = new ArrayList<>();
        for (SourceCount s : a.bySource()) {
            RagCounts c = s.counts();
            rows.add(List.of(s.source().label(), Integer.toString(c.red()), Integer.toString(c.amber()),
                    Integer.toString(c.green()), Integer.toString(c.notRated())));
        }
        body.add(new Block.Table(new DataTable("actions-by-source",
                List.of("Source", "Red", "Amber", "Green", "Cancelled"), rows), TableLayout.FIVE));
    }

    private static void change(AnnualAuditInput in, Figures f, List<Block> body) {
        body.add(new Block.Heading(1, "Change against the previous year"));
        body.add(new Block.Paragraph("Final grades good or better, " + in.year().previous().label() + " to "
                + in.year().label() + ": " + yearChange(f) + "."));
        if (!f.byYear().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (GradeGroup g : f.byYear()) {
                rows.add(List.of(g.label(), Integer.toString(g.summary().graded()),
                        share(g.summary().selfGoodOrBetter()), share(g.summary().finalGoodOrBetter())));
            }
            body.add(new Block.Table(new DataTable("grades-by-year",
                    List.of("Reporting year", "Gradings", "Self good or better", "Final good or better"), rows),
                    TableLayout.FOUR));
        }
        for (Section11Overview s : in.section11()) {
            if (s.comparison().isEmpty()) {
                body.add(new Block.Paragraph("Section 11 cycle " + s.cycle() + ": " + NO_PREVIOUS
                        + " (no earlier cycle)."));
                continue;
            }
            Section11Overview.CycleComparison c = s.comparison().get();
            body.add(new Block.Paragraph("Section 11 cycle " + s.cycle() + " against cycle " + c.previousCycle()
                    + ": mean self score per standard (0 to 3)."));
            List<List<String>> rows = new ArrayList<>();
            for (StandardChange sc : c.standards()) {
                rows.add(List.of(sc.standard() + " " + sc.name(), Cells.mean(sc.selfThen()), Cells.mean(sc.selfNow()),
                        Cells.change(sc.selfThen(), sc.selfNow())));
            }
            body.add(new Block.Table(new DataTable("s11-change-" + s.cycle(),
                    List.of("Standard", "Cycle " + c.previousCycle(), "Cycle " + s.cycle(), "Change"), rows),
                    TableLayout.FOUR));
        }
    }

    private static void impact(AnnualAuditInput in, Figures f, List<Block> body) {
        body.add(new Block.Heading(1, "Impact"));
        body.add(new Block.Paragraph("Impact is shown only where the records measure it: a theme evaluated again"
                + " after an earlier evaluation, and actions completed with evidence of impact recorded. A change"
                + " in grades between two small samples of cases is an indication, not proof, that practice"
                + " changed."));
        List<List<String>> rows = new ArrayList<>();
        for (String theme : themes(in)) {
            Trend t = Trends.forTheme(inSample(in.allEvaluations()), theme, in.year().startMonth());
            List<Trend.YearPoint> earlier = t.byYear().stream()
                    .filter(p -> p.year().compareTo(in.year()) < 0).toList();
            Optional<Trend.YearPoint> now = t.byYear().stream().filter(p -> p.year().equals(in.year())).findFirst();
            if (earlier.isEmpty() || now.isEmpty()) {
                continue;
            }
            Trend.YearPoint then = earlier.get(earlier.size() - 1);
            rows.add(List.of(t.subject(), then.year().label() + ": " + share(then.finalGoodOrBetter()),
                    in.year().label() + ": " + share(now.get().finalGoodOrBetter())));
        }
        if (rows.isEmpty()) {
            body.add(new Block.Paragraph("Re-evaluated themes: none of the year's themes was evaluated in an earlier"
                    + " year, so there are " + NO_PREVIOUS + " to measure a change in grades against."));
        } else {
            body.add(new Block.Paragraph("Themes evaluated in an earlier year and again this year, final grades good"
                    + " or better (the latest earlier year shown):"));
            body.add(new Block.Table(new DataTable("re-evaluated-themes",
                    List.of("Theme", "Earlier", "This year"), rows), TableLayout.THREE));
        }
        ActionRegister a = in.actions();
        body.add(new Block.Paragraph("Actions completed with evidence of impact recorded: "
                + Cells.ratio(a.completedWithImpact()) + " of the completed actions. The evidence is as the action"
                + " owners recorded it; it has not been verified by audit."));
    }

    /**
     * The priorities, each from one figure: the weakest theme(s) by final share good or better (when
     * below 100%), the agencies most often over-rating themselves, overdue close-the-loop forms,
     * missing submissions, overdue actions, unreturned Section 11 returns and schools flagged.
     */
    static List<String> priorities(AnnualAuditInput in, Figures f) {
        List<String> out = new ArrayList<>();
        List<GradeGroup> themes = f.byTheme().stream().filter(g -> !g.summary().finalGoodOrBetter().isEmpty())
                .toList();
        Optional<Share> weakest = themes.stream().map(g -> g.summary().finalGoodOrBetter())
                .min(Comparator.comparingDouble(Share::fraction));
        if (weakest.isPresent() && weakest.get().numerator() < weakest.get().denominator()) {
            for (GradeGroup g : themes) {
                Share s = g.summary().finalGoodOrBetter();
                if ((long) s.numerator() * weakest.get().denominator()
                        == (long) weakest.get().numerator() * s.denominator()) {
                    out.add("Theme \u201c" + g.label() + "\u201d: weakest final grades of the year, "
                            + share(s) + " good or better.");
                }
            }
        }
        if (!f.overRaters().isEmpty()) {
            int most = f.overRaters().get(0).cases();
            for (RatingBias r : f.overRaters()) {
                if (r.cases() == most) {
                    out.add(r.agencyName() + ": self-graded above the final grade in " + r.cases() + " of "
                            + r.graded() + " gradings, the most of any agency.");
                }
            }
        }
        int overdue = f.closeTheLoop().count(ClockResult.Status.OVERDUE);
        if (overdue > 0) {
            Set<String> agencies = new TreeSet<>();
            f.closeTheLoop().expected().stream()
                    .filter(i -> i.status().filter(s -> s == ClockResult.Status.OVERDUE).isPresent())
                    .forEach(i -> agencies.add(i.grade().agencyName()));
            out.add("Close-the-loop forms not returned and overdue: " + overdue + ", from "
                    + Cells.count(agencies.size(), "agency", "agencies") + (agencies.size() <= 3
                            ? " (" + String.join(", ", agencies) + ")" : " (listed under \u201cClosing the loop\u201d)")
                    + ".");
        }
        int missing = f.tally(Submission.Document.CHRONOLOGY).missing()
                + f.tally(Submission.Document.SELF_EVALUATION).missing();
        if (missing > 0) {
            out.add("Evaluation submissions never received: "
                    + Cells.count(f.tally(Submission.Document.CHRONOLOGY).missing(), "chronology", "chronologies")
                    + " and " + Cells.count(f.tally(Submission.Document.SELF_EVALUATION).missing(), "self-evaluation",
                            "self-evaluations") + ".");
        }
        if (in.actions().totals().red() > 0) {
            // The register lists the most overdue action first.
            int oldest = in.actions().actions().get(0).daysOverdue();
            out.add("Actions overdue (red) at the year end: " + in.actions().totals().red() + ", the oldest by "
                    + Cells.count(oldest, "day", "days") + ".");
        }
        for (Section11Overview s : in.section11()) {
            if (s.returnRate().numerator() < s.returnRate().denominator()) {
                out.add("Section 11 cycle " + s.cycle() + ": returns submitted " + Cells.ratio(s.returnRate())
                        + "; the rest are outstanding.");
            }
        }
        for (SchoolsOverview s : in.schools()) {
            if (!s.flagged().isEmpty()) {
                out.add("Schools' audit " + s.cycle() + ": " + Cells.count(s.flagged().size(), "school", "schools")
                        + " flagged for support.");
            }
        }
        return out;
    }

    /** The year's themes as the earliest evaluation wrote them, one per theme, in theme order. */
    static List<String> themes(AnnualAuditInput in) {
        return GradeAnalysis.byTheme(in.yearEvaluations()).stream().map(GradeGroup::label)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    }

    /**
     * The evaluations with only the grades on cases in their sample: {@link EvaluationFindings} leaves
     * the others out (and flags them), so the theme and year figures must too, or the report's totals
     * would disagree with each other and with the evaluation overviews.
     */
    static List<EvaluationData> inSample(List<EvaluationData> evaluations) {
        List<EvaluationData> out = new ArrayList<>();
        for (EvaluationData d : evaluations) {
            Set<String> refs = new TreeSet<>();
            d.cases().forEach(c -> refs.add(c.caseRef()));
            out.add(new EvaluationData(d.evaluation(), d.cases(),
                    d.grades().stream().filter(g -> refs.contains(g.caseRef())).toList(), d.returns(), d.actions()));
        }
        return out;
    }

    static String yearChange(Figures f) {
        if (f.thisYear().isEmpty() || f.thisYear().get().summary().finalGoodOrBetter().isEmpty()) {
            return "no grades this year";
        }
        if (f.previousYear().isEmpty() || f.previousYear().get().summary().finalGoodOrBetter().isEmpty()) {
            return NO_PREVIOUS;
        }
        // Both shares as counts, no derived difference: two small samples do not support a precise change.
        return f.previousYear().get().summary().finalGoodOrBetter().label() + " to "
                + f.thisYear().get().summary().finalGoodOrBetter().label();
    }

    static String share(Share s) {
        return s.label();
    }

    static String tally(SubmissionTally t) {
        return t.onTime() + " on time, " + t.late() + " late, " + t.missing() + " missing, " + t.notYetDue()
                + " not yet due" + (t.unassessed() > 0 ? ", " + t.unassessed() + " not measurable" : "")
                + " (on time: " + share(t.onTimeShare()) + ")";
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.UK) + s.substring(1);
    }
}
