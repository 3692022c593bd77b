package qaf.analysis.audit;

import java.util.Objects;

/**
 * An agency as the audits need it.
 *
 * @param parentCode the collating agency, or null
 */
public record Agency(String code, String name, String sector, String parentCode) {
    public Agency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
    }

    /**
     * A school or education establishment: sector {@code education} with a collating agency (the
     * schools lead). The schools lead itself has no parent and answers the agency-wide audits
     * (Section 11, single agency), not the schools' audit.
     */
    public boolean isSchool() {
        return sector.equals("education") && parentCode != null;
    }
}
