package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One agency's single agency audit for a year ({@code single_agency_audits}, appendix E). The text
 * sections may be null; a row with no {@code submittedOn} records an audit asked for and not received.
 *
 * @param howActioned null when the agency did not say
 */
public record SingleAgencyAudit(String year, String agencyCode, LocalDate submittedOn, String auditActivity,
        String performanceInformation, String executiveSummary, String outcomes, String boardMessage,
        String recommendations, HowActioned howActioned) {
    public SingleAgencyAudit {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(agencyCode, "agencyCode");
    }

    /** Every appendix E section is blank. */
    boolean allSectionsBlank() {
        return blank(auditActivity) && blank(performanceInformation) && blank(executiveSummary) && blank(outcomes)
                && blank(boardMessage) && blank(recommendations);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
