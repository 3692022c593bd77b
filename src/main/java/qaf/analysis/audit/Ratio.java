package qaf.analysis.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share kept as its two counts ("17 of 19"), so a document can print the counts and the
 * percentage from the same value and a zero denominator is visible rather than a division error.
 */
public record Ratio(int numerator, int denominator) {
    public Ratio {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a ratio needs 0 <= numerator <= denominator, not "
                    + numerator + "/" + denominator);
        }
    }

    /** True when there was nothing to count: the share is undefined and must be shown as such. */
    public boolean isUndefined() {
        return denominator == 0;
    }

    /** The whole-number percentage, halves rounded up (17 of 19 = 89.47… → 89). */
    public int wholePercent() {
        if (isUndefined()) {
            throw new IllegalStateException("0 of 0 has no percentage; check isUndefined() first");
        }
        return BigDecimal.valueOf(100L * numerator).divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }
}
