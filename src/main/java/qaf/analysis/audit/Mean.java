package qaf.analysis.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An average kept as its sum and count, exact until it is printed; a count of zero means there
 * was nothing to average (shown as missing, never as 0).
 */
public record Mean(int sum, int count) {
    public static final Mean EMPTY = new Mean(0, 0);

    public Mean {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        if (count == 0 && sum != 0) {
            throw new IllegalArgumentException("an empty mean has sum 0, not " + sum);
        }
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The mean rounded half-up to {@code places} decimals; e.g. 7/3 to 2 places = 2.33. */
    public BigDecimal rounded(int places) {
        if (isEmpty()) {
            throw new IllegalStateException("an empty mean has no value; check isEmpty() first");
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), places, RoundingMode.HALF_UP);
    }

    public double value() {
        if (isEmpty()) {
            throw new IllegalStateException("an empty mean has no value; check isEmpty() first");
        }
        return (double) sum / count;
    }

    Mean plus(int value) {
        return new Mean(sum + value, count + 1);
    }
}
