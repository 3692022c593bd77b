package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One area's rating in a school's audit ({@code school_audits}).
 *
 * @param area 1–14
 * @param submittedOn may be null
 * @param action may be null
 */
public record SchoolAuditRating(String cycle, String agencyCode, int area, Rag rating, LocalDate submittedOn,
        String action) {
    public SchoolAuditRating {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(agencyCode, "agencyCode");
        AuditLabels.areaName(area);
        Objects.requireNonNull(rating, "rating");
    }
}
