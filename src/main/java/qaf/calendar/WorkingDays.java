package qaf.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days of one nation: Monday to Friday, less its bank holidays. Past the published
 * bank-holiday data the holidays are projected by the statutory rules ({@link BankHolidays#isProjected}):
 * every answer is given, and {@link #projected} tells a caller when to say that a date rests on
 * projected holidays.
 */
public final class WorkingDays {
    private final BankHolidays holidays;
    /**
     * {@code before[i]} = working days in {@code [coverageStart, coverageStart + i)}: makes
     * {@link #count} constant-time, which matters when every return in a year is checked.
     */
    private final int[] before;

    public WorkingDays(BankHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        LocalDate start = holidays.coverageStart();
        int days = (int) (holidays.coverageEnd().toEpochDay() - start.toEpochDay()) + 1;
        before = new int[days + 1];
        for (int i = 0; i < days; i++) {
            before[i + 1] = before[i] + (isWorkingDay(start.plusDays(i)) ? 1 : 0);
        }
    }

    public BankHolidays holidays() {
        return holidays;
    }

    public Nation nation() {
        return holidays.nation();
    }

    /** Not a Saturday, Sunday or bank holiday. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /** Whether an answer about days from {@code from} to {@code to} rests on projected bank holidays. */
    public boolean projected(LocalDate from, LocalDate to) {
        return holidays.isProjected(from) || holidays.isProjected(to);
    }

    /**
     * The {@code n}-th working day after {@code date} ({@code date} itself need not be a working
     * day); {@code n == 0} returns {@code date} unchanged.
     */
    public LocalDate add(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more working days, not " + n);
        }
        LocalDate d = date;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The {@code n}-th working day before {@code date}, the mirror of {@link #add}: for a working
     * day {@code w}, {@code add(subtract(w, n), n) == w}.
     */
    public LocalDate subtract(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more working days, not " + n);
        }
        LocalDate d = date;
        for (int left = n; left > 0; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days {@code d} with {@code from < d <= to}, so {@code count(x, add(x, n)) == n}.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public int count(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("count needs from on or before to (got " + from + " and " + to + ")");
        }
        if (holidays.covers(from) && holidays.covers(to)) {
            long origin = holidays.coverageStart().toEpochDay();
            return before[(int) (to.toEpochDay() - origin) + 1] - before[(int) (from.toEpochDay() - origin) + 1];
        }
        // Past the published data: day by day (rare, and bounded by the dates a dataset holds).
        long days = to.toEpochDay() - from.toEpochDay();
        if (days > 366L * 200) {
            throw new IllegalArgumentException("count over " + days + " days: the dates are implausible");
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }

    /** {@code date} if it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
