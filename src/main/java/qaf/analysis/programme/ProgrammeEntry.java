package qaf.analysis.programme;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One process of the annual QA programme (programme.csv; appendix B's first table).
 *
 * @param process {@code s11}, {@code school-audit}, {@code single-agency-audit} or {@code annual-review}
 * @param cycle the label the process's own file uses ("2018", "2018-19")
 * @param dueOn returns after this day are late (a Section 11 return's own due_on still wins)
 * @param notes may be null
 */
public record ProgrammeEntry(String process, String cycle, LocalDate startsOn, LocalDate dueOn, String notes) {
    public ProgrammeEntry {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /**
     * Whether the entry is of {@code year}'s programme: a cycle labelled like the year ("2018-19") is
     * that year's; a calendar-year cycle ("2018", as Section 11 and school audits are labelled) is the
     * year that starts in it, as the school audit overview places a cycle with no submissions.
     */
    public boolean belongsTo(qaf.calendar.ReportingYear year) {
        String label = cycle.strip();
        return label.equals(year.label()) || label.equals(Integer.toString(year.firstYear()));
    }
}
