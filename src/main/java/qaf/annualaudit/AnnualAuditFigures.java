package qaf.annualaudit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import qaf.analysis.evaluation.AgencyGrade;
import qaf.analysis.evaluation.AgencyTimeliness;
import qaf.analysis.evaluation.CloseTheLoopItem;
import qaf.analysis.evaluation.CloseTheLoopReturn;
import qaf.analysis.evaluation.CloseTheLoopSummary;
import qaf.analysis.evaluation.EvaluationData;
import qaf.analysis.evaluation.EvaluationFindings;
import qaf.analysis.evaluation.GradeAnalysis;
import qaf.analysis.evaluation.GradeGroup;
import qaf.analysis.evaluation.GradeSummary;
import qaf.analysis.evaluation.RatingBias;
import qaf.analysis.evaluation.Submission;
import qaf.analysis.evaluation.SubmissionTally;
import qaf.analysis.evaluation.Timeliness;

/**
 * The figures several sections of the Audit &amp; Scrutiny annual report share, taken once from the
 * analysis, so that no two sections work one out differently.
 */
record AnnualAuditFigures(GradeSummary overall, List<GradeGroup> byAgency, List<GradeGroup> byTheme,
        List<RatingBias> overRaters, List<Submission> submissions, List<AgencyTimeliness> timeliness,
        CloseTheLoopSummary closeTheLoop, List<GradeGroup> byYear, Optional<GradeGroup> thisYear,
        Optional<GradeGroup> previousYear) {
    static AnnualAuditFigures of(AnnualAuditInput in) {
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
        return new AnnualAuditFigures(GradeSummary.of(grades), GradeAnalysis.byAgency(grades),
                GradeAnalysis.byTheme(inSample(in.yearEvaluations())), GradeAnalysis.overRaters(grades),
                submissions, Timeliness.byAgency(submissions), new CloseTheLoopSummary(expected, unexpected),
                byYear,
                byYear.stream().filter(g -> g.key().equals(label)).findFirst(),
                byYear.stream().filter(g -> g.key().equals(previous)).findFirst());
    }

    SubmissionTally tally(Submission.Document document) {
        return SubmissionTally.of(submissions.stream().filter(s -> s.document() == document).toList());
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
}
