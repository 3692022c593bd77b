package qaf.analysis.evaluation;

/**
 * How far one agency's self-grades miss the final grades in one direction: of its {@code graded}
 * gradings, {@code cases} were over-rated (self better than final) or under-rated (self worse), by
 * {@code steps} in total.
 */
public record RatingBias(String agencyCode, String agencyName, int graded, int cases, int steps) {

    /** Out of the agency's gradings. */
    public Share share() {
        return new Share(cases, graded);
    }
}
