package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One agency's single agency audit for a year ({@code single_agency_audits}, appendix E). The text
 * sections may be null; a row with no {@code submittedOn} records an audit asked for and not received.
 *
 * @param howActioned the first way ticked (in appendix E's order), null when the agency did not say
 * @param completedBy appendix E's "completed by", may be null
 * @param mainBody appendix E's main body, may be null
 * @param appendices appendix E's appendices, may be null
 * @param moderation invited to the moderation panel
 * @param howActionedAll every way ticked, in appendix E's order (Version 2: a tick list); empty when
 *     the agency did not say
 */
public record SingleAgencyAudit(String year, String agencyCode, LocalDate submittedOn, String auditActivity,
        String performanceInformation, String executiveSummary, String outcomes, String boardMessage,
        String recommendations, HowActioned howActioned, String completedBy, String mainBody, String appendices,
        boolean moderation, List<HowActioned> howActionedAll) {

    /** An audit with only version 1's sections and at most one way of actioning it. */
    public SingleAgencyAudit(String year, String agencyCode, LocalDate submittedOn, String auditActivity,
            String performanceInformation, String executiveSummary, String outcomes, String boardMessage,
            String recommendations, HowActioned howActioned) {
        this(year, agencyCode, submittedOn, auditActivity, performanceInformation, executiveSummary, outcomes,
                boardMessage, recommendations, howActioned, null, null, null, false,
                howActioned == null ? List.of() : List.of(howActioned));
    }

    public SingleAgencyAudit {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(agencyCode, "agencyCode");
        howActionedAll = List.copyOf(howActionedAll);
        if (howActioned != null ? howActionedAll.isEmpty() || howActionedAll.get(0) != howActioned
                : !howActionedAll.isEmpty()) {
            throw new IllegalArgumentException("howActioned must be the first of howActionedAll");
        }
    }

    /** Every appendix E section is blank. */
    boolean allSectionsBlank() {
        return blank(auditActivity) && blank(performanceInformation) && blank(executiveSummary) && blank(outcomes)
                && blank(boardMessage) && blank(recommendations) && blank(mainBody) && blank(appendices);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
