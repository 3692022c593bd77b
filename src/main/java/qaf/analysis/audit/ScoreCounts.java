package qaf.analysis.audit;

/** How many scores of 0, 1, 2 and 3 (zeros included, so an empty distribution is visible as total 0). */
public record ScoreCounts(int zero, int one, int two, int three) {
    public static final ScoreCounts EMPTY = new ScoreCounts(0, 0, 0, 0);

    public ScoreCounts {
        if (zero < 0 || one < 0 || two < 0 || three < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The count for a score 0–3. */
    public int count(int score) {
        return switch (score) {
            case 0 -> zero;
            case 1 -> one;
            case 2 -> two;
            case 3 -> three;
            default -> throw new IllegalArgumentException("a Section 11 score is 0-3, not " + score);
        };
    }

    public int total() {
        return zero + one + two + three;
    }

    public boolean isEmpty() {
        return total() == 0;
    }

    public Mean mean() {
        return new Mean(one + 2 * two + 3 * three, total());
    }

    ScoreCounts plus(int score) {
        return switch (score) {
            case 0 -> new ScoreCounts(zero + 1, one, two, three);
            case 1 -> new ScoreCounts(zero, one + 1, two, three);
            case 2 -> new ScoreCounts(zero, one, two + 1, three);
            case 3 -> new ScoreCounts(zero, one, two, three + 1);
            default -> throw new IllegalArgumentException("a Section 11 score is 0-3, not " + score);
        };
    }
}
