package qaf.annualaudit;

import static qaf.annualaudit.AnnualAuditPhrases.capital;
import static qaf.annualaudit.AnnualAuditPhrases.share;
import static qaf.annualaudit.AnnualAuditPhrases.tally;

import qaf.compose.Charts;

import java.util.ArrayList;
import java.util.List;
import qaf.analysis.evaluation.AgencyTimeliness;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.CloseTheLoopSummary;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.Grade;
import qaf.analysis.evaluation.GradeGroup;
import qaf.analysis.evaluation.GradeSummary;
import qaf.analysis.evaluation.RatingBias;
import qaf.analysis.evaluation.Submission;
import qaf.analysis.evaluation.SubmissionTally;
import qaf.document.Block;
import qaf.compose.Cells;
import qaf.document.TableLayout;
import qaf.calendar.ClockResult;
import qaf.document.DataTable;

/**
 * The annual report's sections on the case evaluations themselves: which were held, the grades
 * agencies gave and were given, and how far the timetable and close-the-loop deadlines were met.
 */
final class EvaluationSections {
    static final int OVER_RATERS_NAMED = 5;

    private EvaluationSections() {
    }

    static void evaluations(AnnualAuditInput in, AnnualAuditFigures f, List<Block> body) {
        body.add(new Block.Heading(1, "Evaluations held"));
        if (in.yearEvaluations().isEmpty()) {
            body.add(new Block.Paragraph("No case evaluation had its panel day in " + in.year().label() + "."));
            return;
        }
        body.add(new Block.Paragraph(Cells.count(in.yearEvaluations().size(), "evaluation", "evaluations")
                + " had their panel day in the year. Themes: " + String.join("; ", AnnualAuditFigures.themes(in))
                + "."));
        List<List<String>> rows = new ArrayList<>();
        for (EvaluationFindings e : in.findings()) {
            rows.add(List.of(e.evaluation().ref() + ": " + e.evaluation().theme().strip(),
                    capital(e.evaluation().kind().id()), Cells.day(e.evaluation().panelOn()),
                    Integer.toString(e.cases().size()), Integer.toString(e.byAgency().size()),
                    Integer.toString(e.overall().graded())));
        }
        body.add(new Block.Table(new DataTable("evaluations",
                List.of("Evaluation and theme", "Kind", "Panel day", "Cases", "Agencies", "Gradings"), rows),
                TableLayout.SIX, 3, 4, 5));
        int agencyColumn = in.findings().stream().mapToInt(e -> e.byAgency().size()).sum();
        // The year's agency count is distinct; the column counts an agency once per evaluation.
        body.add(new Block.Paragraph("Agencies counts each agency in every evaluation it was graded in, so the column"
                + " adds up to " + agencyColumn + "; across the year " + Cells.count(f.byAgency().size(),
                        "distinct agency was", "distinct agencies were") + " graded, each named under \u201cBy"
                + " agency\u201d."));
    }

    static void grades(AnnualAuditFigures f, List<Block> body) {
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

    static void compliance(AnnualAuditFigures f, List<Block> body) {
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
}
