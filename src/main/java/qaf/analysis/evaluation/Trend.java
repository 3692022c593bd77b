package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.util.List;
import qaf.calendar.ReportingYear;

/**
 * One agency's or one theme's final grades good or better over time: per evaluation (by panel day,
 * then ref; only evaluations where the subject was graded) and per reporting year. A trend needs at
 * least two points; {@link #hasTrend()} says whether the data allow one.
 */
public record Trend(String subject, List<Point> byEvaluation, List<YearPoint> byYear) {

    public record Point(String evaluationRef, String theme, LocalDate panelOn, ReportingYear year,
            Share finalGoodOrBetter) {
    }

    public record YearPoint(ReportingYear year, Share finalGoodOrBetter) {
    }

    public Trend {
        byEvaluation = List.copyOf(byEvaluation);
        byYear = List.copyOf(byYear);
    }

    public boolean hasTrend() {
        return byEvaluation.size() >= 2;
    }
}
