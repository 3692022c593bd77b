package qaf.analysis.evaluation;

import java.util.Objects;

/**
 * A gap in the data that a document must state plainly (and the build must survive).
 * {@code caseRef} and {@code agencyCode} are null when the flag is about the whole evaluation or
 * case. {@code message} is a sentence for a document: it names refs and agencies, never a child.
 */
public record Flag(Kind kind, String evaluationRef, String caseRef, String agencyCode, String message) {

    public enum Kind {
        /** The evaluation has no cases in its sample. */
        NO_CASES,
        /** A case in the sample that no agency graded. */
        CASE_NOT_GRADED,
        /** The panel changed an agency's grade without recording why. */
        REGRADE_WITHOUT_RATIONALE,
        /** An agency graded on a case sent no chronology entries for it. */
        NO_CHRONOLOGY,
        /** A grade or return for a case not in the evaluation's sample (only from inconsistent input). */
        CASE_NOT_IN_SAMPLE,
        /** A close-the-loop form returned although the agency's final grade did not call for one. */
        UNEXPECTED_CLOSE_THE_LOOP,
        /** The timetable needed an adjustment or could not be laid out (see {@link EvaluationTimetable#note()}). */
        TIMETABLE
    }

    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evaluationRef, "evaluationRef");
        Objects.requireNonNull(message, "message");
    }
}
