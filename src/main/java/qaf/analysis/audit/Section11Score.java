package qaf.analysis.audit;

import java.util.Objects;

/**
 * One standard's scores in an agency's Section 11 return ({@code s11_scores}).
 *
 * @param standard 1–8
 * @param selfScore 0–3
 * @param moderatedScore 0–3, or null when the panel did not moderate it
 * @param evidence may be null
 * @param improvement may be null
 * @param deadline as the agency wrote it (free text in the dataset), may be null
 */
public record Section11Score(String cycle, String agencyCode, int standard, int selfScore, Integer moderatedScore,
        String evidence, String improvement, String deadline) {
    public Section11Score {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(agencyCode, "agencyCode");
        AuditLabels.standardName(standard);
        requireScore(selfScore);
        if (moderatedScore != null) {
            requireScore(moderatedScore);
        }
    }

    private static void requireScore(int score) {
        if (score < 0 || score > 3) {
            throw new IllegalArgumentException("a Section 11 score is 0-3, not " + score);
        }
    }
}
