package qaf.compose;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import qaf.analysis.audit.Mean;
import qaf.analysis.audit.Ratio;

/**
 * How the overviews write values in sentences and cells. Missing values are a dash, never 0: an
 * empty mean or an undefined share is "–", so a reader cannot take "nobody scored" for "scored 0".
 */
public final class Cells {
    /** Printed for a value that does not exist (not scored, not submitted, nothing to average). */
    public static final String MISSING = "\u2013";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Cells() {
    }

    /** "17 of 19 (89%)"; below the small-numbers base "1 of 3", and "0 of 0" when nothing was expected. */
    public static String ratio(Ratio r) {
        return r.isUndefined() ? "0 of 0" : qaf.analysis.SmallNumbers.counts(r.numerator(), r.denominator(),
                r.wholePercent());
    }

    /** "89%"; below the small-numbers base the counts ("1 of 3"); "–" when nothing was expected. */
    public static String percent(Ratio r) {
        if (r.isUndefined()) {
            return MISSING;
        }
        return qaf.analysis.SmallNumbers.percentShown(r.denominator()) ? r.wholePercent() + "%"
                : r.numerator() + " of " + r.denominator();
    }

    /** Two decimals, or "–" for an empty mean. */
    public static String mean(Mean m) {
        return m.isEmpty() ? MISSING : m.rounded(2).toPlainString();
    }

    /** A signed change of two means to two decimals ("+0.25", "-0.50", "0.00"), or "–" when either is empty. */
    public static String change(Mean then, Mean now) {
        if (then.isEmpty() || now.isEmpty()) {
            return MISSING;
        }
        // Exactly: now.sum/now.count - then.sum/then.count, rounded once.
        long numerator = (long) now.sum() * then.count() - (long) then.sum() * now.count();
        long denominator = (long) now.count() * then.count();
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(numerator)
                .divide(java.math.BigDecimal.valueOf(denominator), 2, java.math.RoundingMode.HALF_UP);
        return (d.signum() > 0 ? "+" : "") + d.toPlainString();
    }

    /** "dd/MM/yyyy" or "–". */
    public static String day(LocalDate date) {
        return date == null ? MISSING : DAY.format(date);
    }

    /** "June 2018" or "–". */
    public static String month(LocalDate date) {
        return date == null ? MISSING : MONTH.format(date);
    }

    /**
     * The sentence under a title that dates its statuses: "Statuses as at 14 January 2019." in year,
     * and "..., the end of the reporting year." when the as-at day is the year's last day.
     */
    public static String statusesAsAt(LocalDate asAt, qaf.calendar.ReportingYear year) {
        return "Statuses as at " + longDay(asAt) + (asAt.equals(year.end()) ? ", the end of the reporting year." : ".");
    }

    /** "31 March 2019". */
    public static String longDay(LocalDate date) {
        return LONG.format(date);
    }

    /** An integer, or "–" for null. */
    public static String number(Integer n) {
        return n == null ? MISSING : n.toString();
    }

    /** "1 agency" / "3 agencies". */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
