package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One area's rating in a school's audit ({@code school_audits}).
 *
 * @param area 1–14
 * @param submittedOn may be null
 * @param action may be null
 * @param moderation the school is invited to the moderation panel
 */
public record SchoolAuditRating(String cycle, String agencyCode, int area, Rag rating, LocalDate submittedOn,
        String action, boolean moderation) {

    /** A rating of a school not invited to moderation (a version 1 dataset). */
    public SchoolAuditRating(String cycle, String agencyCode, int area, Rag rating, LocalDate submittedOn,
            String action) {
        this(cycle, agencyCode, area, rating, submittedOn, action, false);
    }
    public SchoolAuditRating {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(agencyCode, "agencyCode");
        AuditLabels.areaName(area);
        Objects.requireNonNull(rating, "rating");
    }
}
