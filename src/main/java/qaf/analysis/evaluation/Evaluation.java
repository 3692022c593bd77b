package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import qaf.calendar.Timetable;

/** One multi-agency case evaluation (evaluations.csv). {@code chair} may be null. */
public record Evaluation(String ref, Timetable.Kind kind, String theme, LocalDate startsOn, LocalDate panelOn,
        String chair) {
    public Evaluation {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(panelOn, "panelOn");
    }
}
