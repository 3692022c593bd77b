package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A case in an evaluation's sample, with what board documents may say about its child: the
 * pseudonym and (for {@link #ageBand()} only) the date of birth. Names and other identifying
 * details are in {@link ChildDetails}, loaded separately for case-audience documents.
 *
 * <p>Nullable: {@code partnershipGrade}, {@code childVoice} (the panel has not recorded them),
 * and the free-text and case-worker fields.
 */
public record EvaluationCase(String evaluationRef, String caseRef, String caseType, String childRef,
        String pseudonym, LocalDate dateOfBirth, Grade partnershipGrade, ChildVoice childVoice, String summary,
        String strengths, String improvements, LocalDate caseOpenedOn, String caseWorker,
        String supervisingManager, String team) {
    public EvaluationCase {
        Objects.requireNonNull(evaluationRef, "evaluationRef");
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(caseType, "caseType");
        Objects.requireNonNull(childRef, "childRef");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(caseOpenedOn, "caseOpenedOn");
    }

    /**
     * Whole years of age on {@code day}, for case-audience documents only (appendix C's "Child age
     * today"); negative before birth. Board documents use {@link #ageBand}.
     */
    public int ageInYears(LocalDate day) {
        return dateOfBirth.isAfter(day) ? -1 : Period.between(dateOfBirth, day).getYears();
    }

    /** The child's age band on {@code day} (documents use the panel day). */
    public AgeBand ageBand(LocalDate day) {
        return AgeBand.at(dateOfBirth, day);
    }
}
