package qaf.analysis.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One agency's grading of its involvement in one case of an evaluation (agency_evaluations.csv),
 * with the agency's name, sector and evaluation lead, and how many chronology entries it sent for
 * the case.
 *
 * <p>Nullable: {@code panelGrade} (blank: the panel did not change the self-grade),
 * {@code rationale}, the two submission dates (not submitted), {@code leadPerson},
 * {@code strengths}, {@code improvements}.
 */
public record AgencyGrade(String evaluationRef, String caseRef, String agencyCode, String agencyName, String sector,
        String leadPerson, Grade selfGrade, Grade panelGrade, String rationale, LocalDate chronologySubmittedOn,
        LocalDate evaluationSubmittedOn, String strengths, String improvements, int chronologyEntries) {
    public static final String HEALTH_SECTOR = "health";

    public AgencyGrade {
        Objects.requireNonNull(evaluationRef, "evaluationRef");
        Objects.requireNonNull(caseRef, "caseRef");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(selfGrade, "selfGrade");
        if (chronologyEntries < 0) {
            throw new IllegalArgumentException("chronologyEntries must not be negative");
        }
    }

    /** The panel grade, or the self-grade where the panel left it blank. */
    public Grade finalGrade() {
        return panelGrade == null ? selfGrade : panelGrade;
    }

    /** The panel changed the grade (a panel grade equal to the self-grade is no change). */
    public boolean regraded() {
        return finalGrade() != selfGrade;
    }

    /** Steps from the self-grade to the final grade: +1 regraded up one step, -2 down two, 0 unchanged. */
    public int stepsUp() {
        return selfGrade.stepsUpTo(finalGrade());
    }

    /** Regraded, but no rationale recorded: documents say so rather than invent one. */
    public boolean rationaleMissing() {
        return regraded() && (rationale == null || rationale.isBlank());
    }

    /** Health agencies' self-evaluations are collated by the health lead and fall due later. */
    public boolean isHealth() {
        return HEALTH_SECTOR.equals(sector);
    }

    /** Graded on the case but sent no chronology entries for it. */
    public boolean noChronology() {
        return chronologyEntries == 0;
    }
}
