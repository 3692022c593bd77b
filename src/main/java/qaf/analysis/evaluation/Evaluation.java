package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import qaf.calendar.Timetable;

/**
 * One multi-agency case evaluation (evaluations.csv). {@code chair} may be null.
 *
 * @param issued the dates the partnership issued, {@link IssuedDates#NONE} when it gave none
 */
public record Evaluation(String ref, Timetable.Kind kind, String theme, LocalDate startsOn, LocalDate panelOn,
        String chair, IssuedDates issued) {
    /** An evaluation on the timetable's own dates (a version 1 dataset). */
    public Evaluation(String ref, Timetable.Kind kind, String theme, LocalDate startsOn, LocalDate panelOn,
            String chair) {
        this(ref, kind, theme, startsOn, panelOn, chair, IssuedDates.NONE);
    }

    public Evaluation {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(panelOn, "panelOn");
    }
}
