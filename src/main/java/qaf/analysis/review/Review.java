package qaf.analysis.review;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One review as stored ({@code reviews}), with the child already reduced to a pseudonym: the
 * analysis never sees a name or a date of birth, so nothing it returns can carry one.
 *
 * @param pseudonym e.g. "Child A"; null when the review has no child
 * @param criterion which criterion was met, may be null
 * @param decision null when not recorded
 * @param decisionOn the day the decision was made (an LCSPR's clock starts on it), may be null
 * @param learning the review's learning as stored (one point a line), may be null
 * @param followsRef the review this one follows from (an LCSPR's rapid review), may be null
 * @param linesOfEnquiry single agency reviews: the panel's lines of enquiry, may be null
 */
public record Review(String reviewRef, ReviewType type, String pseudonym, String criterion, LocalDate awareOn,
        LocalDate notifiedOn, Decision decision, LocalDate decisionOn, LocalDate letterOn, LocalDate startedOn,
        LocalDate completedOn, LocalDate publishedOn, String learning, String followsRef, String linesOfEnquiry) {
    /** A review with no decision day, that follows no other and has no lines of enquiry. */
    public Review(String reviewRef, ReviewType type, String pseudonym, String criterion, LocalDate awareOn,
            LocalDate notifiedOn, Decision decision, LocalDate letterOn, LocalDate startedOn, LocalDate completedOn,
            LocalDate publishedOn, String learning) {
        this(reviewRef, type, pseudonym, criterion, awareOn, notifiedOn, decision, null, letterOn, startedOn,
                completedOn, publishedOn, learning, null, null);
    }

    public Review {
        Objects.requireNonNull(reviewRef, "reviewRef");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(awareOn, "awareOn");
    }
}
