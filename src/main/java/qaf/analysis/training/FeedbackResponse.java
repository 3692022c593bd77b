package qaf.analysis.training;

import java.util.Objects;

/**
 * One respondent's feedback on an event. The comment is carried as the respondent wrote it: the
 * annual report shows it, and the build's privacy screen checks every document for a child's name
 * or date of birth before it is written.
 *
 * @param agencyCode null when not recorded
 * @param rating 1 to 5
 * @param confidenceBefore 1 to 5, null when not given
 * @param confidenceAfter 1 to 5, null when not given
 * @param comment the respondent's comment, null when none
 */
public record FeedbackResponse(String eventRef, String respondentRef, String agencyCode, int rating,
        Integer confidenceBefore, Integer confidenceAfter, String comment) {
    /** A response without a comment. */
    public FeedbackResponse(String eventRef, String respondentRef, String agencyCode, int rating,
            Integer confidenceBefore, Integer confidenceAfter) {
        this(eventRef, respondentRef, agencyCode, rating, confidenceBefore, confidenceAfter, null);
    }

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
