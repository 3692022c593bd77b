package qaf.analysis.evaluation;

import java.util.Collection;
import java.util.List;

/**
 * The grade figures for any set of agency gradings (an evaluation, an agency, a theme, a year):
 * self and final distributions, the regrading between them, and how many regrades lack a rationale.
 */
public record GradeSummary(GradeDistribution self, GradeDistribution finals, Regrading regrading,
        int missingRationales) {

    public static GradeSummary of(Collection<AgencyGrade> grades) {
        List<AgencyGrade> all = List.copyOf(grades);
        return new GradeSummary(
                GradeDistribution.of(all.stream().map(AgencyGrade::selfGrade).toList()),
                GradeDistribution.of(all.stream().map(AgencyGrade::finalGrade).toList()),
                Regrading.of(all),
                (int) all.stream().filter(AgencyGrade::rationaleMissing).count());
    }

    /** Agency gradings counted (one per agency per case). */
    public int graded() {
        return self.total();
    }

    /** Final grades good or better: the headline figure. */
    public Share finalGoodOrBetter() {
        return finals.goodOrBetter();
    }

    public Share selfGoodOrBetter() {
        return self.goodOrBetter();
    }
}
