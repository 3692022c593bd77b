package qaf.analysis.training;

import java.util.Objects;

/**
 * One respondent's feedback on an event. The comment is not carried: the annual report counts, it
 * does not quote.
 *
 * @param agencyCode null when not recorded
 * @param rating 1 to 5
 * @param confidenceBefore 1 to 5, null when not given
 * @param confidenceAfter 1 to 5, null when not given
 */
public record FeedbackResponse(String eventRef, String respondentRef, String agencyCode, int rating,
        Integer confidenceBefore, Integer confidenceAfter) {
    public FeedbackResponse {
        Objects.requireNonNull(eventRef, "eventRef");
        Objects.requireNonNull(respondentRef, "respondentRef");
        check(rating, "rating");
        if (confidenceBefore != null) {
            check(confidenceBefore, "confidence before");
        }
        if (confidenceAfter != null) {
            check(confidenceAfter, "confidence after");
        }
    }

    /** Both confidence scores were given, so the respondent counts in the change. */
    public boolean hasConfidencePair() {
        return confidenceBefore != null && confidenceAfter != null;
    }

    private static void check(int score, String what) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException(what + " must be 1 to 5, not " + score);
        }
    }
}
