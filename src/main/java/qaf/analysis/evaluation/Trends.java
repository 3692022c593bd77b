package qaf.analysis.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import qaf.calendar.ReportingYear;

/** Trends across evaluations: the same agency, or the same theme, over evaluations and reporting years. */
public final class Trends {
    private Trends() {
    }

    /** The agency's final grades in every evaluation that graded it. */
    public static Trend forAgency(Collection<EvaluationData> evaluations, String agencyCode, int yearStartMonth) {
        return trend(agencyCode, evaluations, d -> true, g -> g.agencyCode().equals(agencyCode), yearStartMonth);
    }

    /** All final grades of the evaluations on {@code theme} (compared trimmed and ignoring case). */
    public static Trend forTheme(Collection<EvaluationData> evaluations, String theme, int yearStartMonth) {
        String key = GradeAnalysis.themeKey(theme);
        return trend(theme.strip(), evaluations, d -> GradeAnalysis.themeKey(d.evaluation().theme()).equals(key),
                g -> true, yearStartMonth);
    }

    private static Trend trend(String subject, Collection<EvaluationData> evaluations,
            Predicate<EvaluationData> which, Predicate<AgencyGrade> grades, int yearStartMonth) {
        List<Trend.Point> points = new ArrayList<>();
        Map<ReportingYear, List<AgencyGrade>> years = new TreeMap<>();
        for (EvaluationData d : GradeAnalysis.sortedByPanel(evaluations)) {
            if (!which.test(d)) {
                continue;
            }
            List<AgencyGrade> chosen = d.grades().stream().filter(grades).toList();
            if (chosen.isEmpty()) {
                continue;
            }
            ReportingYear year = ReportingYear.containing(d.evaluation().panelOn(), yearStartMonth);
            points.add(new Trend.Point(d.evaluation().ref(), d.evaluation().theme(), d.evaluation().panelOn(), year,
                    GradeSummary.of(chosen).finalGoodOrBetter()));
            years.computeIfAbsent(year, y -> new ArrayList<>()).addAll(chosen);
        }
        List<Trend.YearPoint> byYear = new ArrayList<>();
        years.forEach((year, list) -> byYear.add(new Trend.YearPoint(year, GradeSummary.of(list).finalGoodOrBetter())));
        return new Trend(subject, points, byYear);
    }
}
