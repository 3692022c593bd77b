package qaf.analysis.programme;

import java.time.LocalDate;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import qaf.analysis.evaluation.Evaluation;
import qaf.analysis.evaluation.EvaluationTimetable;
import qaf.calendar.WorkingDays;

/**
 * The days qaf works out for the evaluations rather than reads from a row: every step of appendix B's
 * or D's timetable counted in working days, and appendix B's columns ({@link EvaluationDates}: the
 * first and last day of a span). Documents print them beside the stored dates, so the privacy screen
 * takes a child's date of birth that is one of them, alone in a text, as that day rather than the
 * child's — as it does for a stored record date. Without this a public QA programme was refused
 * because a chronology deadline fell on a child's birthday (found in one of 150 generated partnerships).
 */
public final class WorkedOutDays {
    private WorkedOutDays() {
    }

    /** Every day worked out for {@code evaluations}, in date order. */
    public static SortedSet<LocalDate> of(Collection<Evaluation> evaluations, WorkingDays wd) {
        SortedSet<LocalDate> days = new TreeSet<>();
        for (Evaluation e : evaluations) {
            EvaluationTimetable et = EvaluationTimetable.of(e, wd);
            et.timetable().ifPresent(t -> t.steps().forEach(step -> days.add(step.due())));
            for (EvaluationDates.Dated dated : EvaluationDates.of(et, wd).dates()) {
                if (dated.from() != null) {
                    days.add(dated.from());
                }
                if (dated.to() != null) {
                    days.add(dated.to());
                }
            }
        }
        return days;
    }
}
