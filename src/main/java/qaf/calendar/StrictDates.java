package qaf.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dataset's date syntax (DATA-FORMAT.md): {@code yyyy-mm-dd} or {@code dd/mm/yyyy}, parsed
 * strictly. Impossible dates, two-digit years and US order are errors, never silently corrected.
 * Messages never echo the text, because a date may be a child's date of birth.
 */
public final class StrictDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern UK = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private StrictDates() {
    }

    /** Parses a full date; throws {@link DateTimeException} with a message that says the fix. */
    public static LocalDate parse(String text) {
        String s = text.strip();
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) {
            return of(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher uk = UK.matcher(s);
        if (uk.matches()) {
            return of(uk.group(3), uk.group(2), uk.group(1));
        }
        throw new DateTimeException("not a date in yyyy-mm-dd or dd/mm/yyyy form (four-digit year, two-digit day"
                + " and month)");
    }

    /**
     * Parses a chronology date, which may also be {@code yyyy-mm} or {@code yyyy}; the precision is
     * kept so the entry can be shown as "May 2018" or "2016".
     */
    public static PartialDate parsePartial(String text) {
        String s = text.strip();
        Matcher ym = YEAR_MONTH.matcher(s);
        if (ym.matches()) {
            int month = Integer.parseInt(ym.group(2));
            if (month < 1 || month > 12) {
                throw new DateTimeException("month out of range 01-12 in a yyyy-mm date");
            }
            return new PartialDate(YearMonth.of(Integer.parseInt(ym.group(1)), month).atDay(1),
                    PartialDate.Precision.MONTH);
        }
        if (YEAR.matcher(s).matches()) {
            return new PartialDate(LocalDate.of(Integer.parseInt(s), 1, 1), PartialDate.Precision.YEAR);
        }
        try {
            return new PartialDate(parse(s), PartialDate.Precision.DAY);
        } catch (DateTimeException e) {
            throw new DateTimeException("not a date in yyyy-mm-dd, dd/mm/yyyy, yyyy-mm or yyyy form");
        }
    }

    private static LocalDate of(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12) {
            throw new DateTimeException("month out of range 01-12 (US month/day order is not accepted)");
        }
        if (d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
            throw new DateTimeException("day out of range for that month and year (no such date)");
        }
        return LocalDate.of(y, m, d);
    }
}
