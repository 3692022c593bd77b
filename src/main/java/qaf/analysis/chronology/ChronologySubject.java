package qaf.analysis.chronology;

import java.util.Objects;

/**
 * Whose chronology is merged: a case in an evaluation, or the child of a review.
 *
 * @param evaluationRef null for a review's chronology
 * @param caseRef null for a review's chronology
 * @param reviewRef null for an evaluation case's chronology
 */
public record ChronologySubject(String evaluationRef, String caseRef, String reviewRef) {
    public ChronologySubject {
        if ((reviewRef == null) == (evaluationRef == null || caseRef == null)) {
            throw new IllegalArgumentException("a chronology is of an evaluation's case or of a review's child");
        }
    }

    public static ChronologySubject evaluationCase(String evaluationRef, String caseRef) {
        return new ChronologySubject(Objects.requireNonNull(evaluationRef), Objects.requireNonNull(caseRef), null);
    }

    public static ChronologySubject review(String reviewRef) {
        return new ChronologySubject(null, null, Objects.requireNonNull(reviewRef));
    }

    public boolean isReview() {
        return reviewRef != null;
    }
}
