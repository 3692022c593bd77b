package qaf.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date known to a day, a month or only a year. {@link #start()} places it at the start of its
 * period, which is where a merged chronology sorts it.
 */
public record PartialDate(LocalDate start, Precision precision) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public enum Precision { DAY, MONTH, YEAR }

    /** "14/05/2018", "May 2018" or "2018". */
    public String display() {
        return switch (precision) {
            case DAY -> DAY.format(start);
            case MONTH -> MONTH.format(start);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** The stored form: ISO to the known precision ("2018-05-14", "2018-05", "2018"). */
    public String iso() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> start.toString().substring(0, 7);
            case YEAR -> start.toString().substring(0, 4);
        };
    }
}
