package qaf.analysis.evaluation;

import java.time.LocalDate;

/**
 * The dates a partnership actually issued for one evaluation (evaluations.csv, Version 2; appendix
 * B's table). Each one present replaces the date computed from the timetable; null means "as the
 * timetable says".
 */
public record IssuedDates(LocalDate casesSentOn, LocalDate chronologiesDue, LocalDate evaluationsDue,
        LocalDate healthEvaluationsDue, LocalDate overviewDue, LocalDate independentOverviewDue,
        LocalDate briefingsDue) {
    /** No date issued: every date is the timetable's. */
    public static final IssuedDates NONE = new IssuedDates(null, null, null, null, null, null, null);

    /** Whether no date was issued. */
    public boolean none() {
        return equals(NONE);
    }
}
