package qaf.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A partnership's reporting year, April to March unless the partnership says otherwise, labelled as
 * partnerships write it: "2018-19".
 *
 * @param firstYear the calendar year in which it starts
 * @param startMonth its first month, 1-12
 */
public record ReportingYear(int firstYear, int startMonth) implements Comparable<ReportingYear> {
    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    public ReportingYear {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("year_start_month must be 1-12, not " + startMonth);
        }
    }

    /** The reporting year a date falls in. */
    public static ReportingYear containing(LocalDate date, int startMonth) {
        int first = date.getMonthValue() >= startMonth ? date.getYear() : date.getYear() - 1;
        return new ReportingYear(first, startMonth);
    }

    /** Parses "2018-19"; a January start has no second year, so "2018-18" is not accepted. */
    public static ReportingYear parse(String label, int startMonth) {
        Matcher m = LABEL.matcher(label.strip());
        if (!m.matches()) {
            throw new DateTimeParseException("a reporting year is written like 2018-19", label, 0);
        }
        ReportingYear year = new ReportingYear(Integer.parseInt(m.group(1)), startMonth);
        if (!year.label().equals(label.strip())) {
            throw new DateTimeParseException("a reporting year is written like " + year.label(), label, 0);
        }
        return year;
    }

    public LocalDate start() {
        return LocalDate.of(firstYear, startMonth, 1);
    }

    /** The last day, inclusive. */
    public LocalDate end() {
        return start().plusYears(1).minusDays(1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    /** "2018-19"; for a January start, just "2018". */
    public String label() {
        if (startMonth == 1) {
            return Integer.toString(firstYear);
        }
        return firstYear + "-" + String.format("%02d", (firstYear + 1) % 100);
    }

    public ReportingYear previous() {
        return new ReportingYear(firstYear - 1, startMonth);
    }

    @Override
    public int compareTo(ReportingYear other) {
        return start().compareTo(other.start());
    }
}
