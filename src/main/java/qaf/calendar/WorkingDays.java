package qaf.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days of one nation: Monday to Friday, less its bank holidays. Every answer needs the
 * bank-holiday data to cover the dates involved, so a date outside it throws
 * {@link IllegalArgumentException} (never a guess).
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
        // Checked even for weekends so that coverage is enforced the same way for every date.
        boolean holiday = holidays.isHoliday(date);
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holiday;
    }

    /**
     * The {@code n}-th working day after {@code date} ({@code date} itself need not be a working
     * day); {@code n == 0} returns {@code date} unchanged.
     */
    public LocalDate add(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be 0 or more working days, not " + n);
        }
        holidays.requireCovered(date);
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
        holidays.requireCovered(date);
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
        holidays.requireCovered(from);
        holidays.requireCovered(to);
        long origin = holidays.coverageStart().toEpochDay();
        return before[(int) (to.toEpochDay() - origin) + 1] - before[(int) (from.toEpochDay() - origin) + 1];
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
