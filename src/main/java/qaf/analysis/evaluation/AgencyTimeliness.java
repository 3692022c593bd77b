package qaf.analysis.evaluation;

/** One agency's submissions across the cases of an evaluation. */
public record AgencyTimeliness(String agencyCode, String agencyName, SubmissionTally chronology,
        SubmissionTally selfEvaluation) {
}
