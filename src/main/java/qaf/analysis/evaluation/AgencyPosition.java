package qaf.analysis.evaluation;

/**
 * An agency beside the rest of the partnership in the same set of gradings (for the agency-feedback
 * document): its final grades good or better and its share regraded, against every other agency's.
 */
public record AgencyPosition(String agencyCode, Share finalGoodOrBetter, Share othersFinalGoodOrBetter,
        Share regraded, Share othersRegraded) {
}
