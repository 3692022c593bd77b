package qaf.analysis.evaluation;

import java.util.Collection;

/** Counts of one agency's submissions of one document by status; {@code mostDaysLate} over LATE and MISSING. */
public record SubmissionTally(int onTime, int late, int missing, int notYetDue, int unassessed, int mostDaysLate) {

    public static SubmissionTally of(Collection<Submission> submissions) {
        int[] n = new int[Submission.Status.values().length];
        int most = 0;
        for (Submission s : submissions) {
            n[s.status().ordinal()]++;
            most = Math.max(most, s.workingDaysLate());
        }
        return new SubmissionTally(n[Submission.Status.ON_TIME.ordinal()], n[Submission.Status.LATE.ordinal()],
                n[Submission.Status.MISSING.ordinal()], n[Submission.Status.NOT_YET_DUE.ordinal()],
                n[Submission.Status.UNASSESSED.ordinal()], most);
    }

    /** On time out of those that were due (on time, late or missing). */
    public Share onTimeShare() {
        return new Share(onTime, onTime + late + missing);
    }
}
