package qaf.analysis.evaluation;

/**
 * A share as the fraction it is ({@code numerator} of {@code denominator}), so documents can say
 * "2 of 3" and never divide by zero unawares.
 */
public record Share(int numerator, int denominator) {
    public Share {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a share needs 0 <= numerator <= denominator, got " + numerator + " of "
                    + denominator);
        }
    }

    /** Nothing to share out: no graded cases. */
    public boolean isEmpty() {
        return denominator == 0;
    }

    /** The fraction, 0 to 1. @throws IllegalStateException when {@link #isEmpty()} */
    public double fraction() {
        requireNotEmpty();
        return (double) numerator / denominator;
    }

    /** Whole percent, halves rounded up, in integer arithmetic (2 of 3 is 67). */
    public int percent() {
        requireNotEmpty();
        return (200 * numerator + denominator) / (2 * denominator);
    }

    /** "67% (4 of 6)", "2 of 3" below the small-numbers base, or "none graded" when empty. */
    public String label() {
        return isEmpty() ? "none graded" : qaf.analysis.SmallNumbers.percentFirst(numerator, denominator, percent());
    }

    private void requireNotEmpty() {
        if (isEmpty()) {
            throw new IllegalStateException("an empty share has no fraction; check isEmpty() first");
        }
    }
}
