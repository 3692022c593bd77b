package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/** A returned close-the-loop form (appendix C; close_the_loop.csv). The section texts may be null. */
public record CloseTheLoopReturn(String evaluationRef, String caseRef, String agencyCode, String leadPerson,
        LocalDate returnedOn, boolean workerNotified, String present, String overview, String reflections,
        String learning, String actions) {
    public CloseTheLoopReturn {
        Objects.requireNonNull(evaluationRef, "evaluationRef");
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(leadPerson, "leadPerson");
        Objects.requireNonNull(returnedOn, "returnedOn");
    }
}
