package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import qaf.calendar.Timetable;
import qaf.calendar.WorkingDays;

/**
 * An evaluation's timetable as far as its dates allow. {@link Timetable#of} rejects a start that is
 * not a working day; the framework's own first evaluation of 2018 started on the May bank holiday,
 * so here day 1 becomes the next working day and {@code note} says so. A timetable that still
 * cannot be laid out (a panel day on a weekend or before the submissions, dates beyond the
 * bank-holiday data) is absent, with the reason in {@code note}; submissions then cannot be
 * measured, but the close-the-loop clock still runs from the panel day.
 *
 * @param dayOne the working day counted as day 1 (the stated start when it is a working day)
 * @param note "" when the stated dates were used as they are; otherwise sentences for a document
 */
public record EvaluationTimetable(Evaluation evaluation, Optional<Timetable> timetable, LocalDate dayOne,
        String note) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    public EvaluationTimetable {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(timetable, "timetable");
        Objects.requireNonNull(dayOne, "dayOne");
        Objects.requireNonNull(note, "note");
    }

    public static EvaluationTimetable of(Evaluation evaluation, WorkingDays wd) {
        LocalDate start = evaluation.startsOn();
        if (!wd.holidays().covers(start)) {
            return new EvaluationTimetable(evaluation, Optional.empty(), start, "The timetable cannot be laid out:"
                    + " the start, " + DAY.format(start) + ", is outside the bank-holiday data.");
        }
        LocalDate dayOne = start;
        String note = "";
        if (!wd.isWorkingDay(start)) {
            dayOne = wd.onOrAfter(start);
            String why = wd.holidays().name(start)
                    .orElse(start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK));
            note = "The stated start, " + DAY.format(start) + ", is not a working day (" + why
                    + "); the timetable counts day 1 from the next working day, " + DAY.format(dayOne) + ".";
        }
        try {
            return new EvaluationTimetable(evaluation,
                    Optional.of(Timetable.of(evaluation.kind(), dayOne, evaluation.panelOn(), wd)), dayOne, note);
        } catch (IllegalArgumentException e) {
            // Timetable's messages name dates and the fix, never a person: fit for the document.
            String reason = "The timetable cannot be laid out: " + e.getMessage() + ".";
            return new EvaluationTimetable(evaluation, Optional.empty(), dayOne,
                    note.isEmpty() ? reason : note + " " + reason);
        }
    }

    /** Where a due date comes from, said beside each figure measured against it. */
    public enum Source {
        /** evaluations.csv Version 2: the date the partnership actually issued (appendix B's table). */
        ISSUED("the date the partnership issued"),
        /** The appendix B or D timetable counted in working days from the start. */
        TIMETABLE("worked out from the timetable");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A due date and where it came from. */
    public record Due(LocalDate date, Source source) {
        public Due {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * When chronologies are due: the issued date when the partnership gave one, else the timetable's;
     * empty when neither is known. Every timeliness figure and document takes its date from here.
     */
    public Optional<Due> chronologyDue() {
        return due(evaluation.issued().chronologiesDue(), timetable.map(Timetable::chronologyDue));
    }

    /** When self-evaluations (not health's) are due, issued date first. */
    public Optional<Due> evaluationDue() {
        return due(evaluation.issued().evaluationsDue(), timetable.map(Timetable::evaluationDue));
    }

    /** When health partners' self-evaluations are due, issued date first. */
    public Optional<Due> healthEvaluationDue() {
        return due(evaluation.issued().healthEvaluationsDue(), timetable.map(Timetable::healthEvaluationDue));
    }

    /**
     * When the independent overview is due (appendix B, weeks 5-6), issued date first; empty for a
     * condensed evaluation with no issued date, whose timetable (appendix D) has no such step.
     */
    public Optional<Due> independentOverviewDue() {
        return due(evaluation.issued().independentOverviewDue(),
                timetable.flatMap(t -> t.find(Timetable.Milestone.INDEPENDENT_OVERVIEW_DUE)).map(Timetable.Step::due));
    }

    private static Optional<Due> due(LocalDate issued, Optional<LocalDate> computed) {
        return issued != null ? Optional.of(new Due(issued, Source.ISSUED))
                : computed.map(d -> new Due(d, Source.TIMETABLE));
    }

    /** The stated start was moved or the timetable could not be laid out. */
    public boolean adjusted() {
        return !note.isEmpty();
    }
}
