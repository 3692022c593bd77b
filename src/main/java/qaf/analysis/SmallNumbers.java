package qaf.analysis;

/**
 * The framework's figures go to a board: a percentage of one, two or three reads as a trend it is
 * not ("0% (0 of 1)"), and over a handful of children it can point at one. So a share is shown as a
 * percentage only when its base is at least {@value #MIN_BASE}; below that as its counts alone
 * ("1 of 3"). One rule, used by every document through {@code Ratio} and {@code Share}.
 */
public final class SmallNumbers {
    /** The smallest base a percentage is shown for. */
    public static final int MIN_BASE = 5;

    private SmallNumbers() {
    }

    public static boolean percentShown(int base) {
        return base >= MIN_BASE;
    }

    /** "17 of 19 (89%)" or, below the minimum base, "1 of 3". */
    public static String counts(int numerator, int denominator, int percent) {
        return percentShown(denominator) ? numerator + " of " + denominator + " (" + percent + "%)"
                : numerator + " of " + denominator;
    }

    /** "89% (17 of 19)" or, below the minimum base, "1 of 3": the percentage first where it is shown. */
    public static String percentFirst(int numerator, int denominator, int percent) {
        return percentShown(denominator) ? percent + "% (" + numerator + " of " + denominator + ")"
                : numerator + " of " + denominator;
    }
}
