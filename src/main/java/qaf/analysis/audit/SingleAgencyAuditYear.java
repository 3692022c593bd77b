package qaf.analysis.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A reporting year's single agency audits: the input of {@link SingleAgencyAuditAnalysis}. Lists are
 * copies; rows must be for {@code year}, name a listed agency, one per agency.
 *
 * @param year the reporting year label, e.g. "2018-19"
 * @param agencies every agency of the partnership
 */
public record SingleAgencyAuditYear(String year, List<Agency> agencies, List<SingleAgencyAudit> audits) {
    public SingleAgencyAuditYear {
        Objects.requireNonNull(year, "year");
        agencies = List.copyOf(agencies);
        audits = List.copyOf(audits);
        Set<String> known = new HashSet<>();
        agencies.forEach(a -> known.add(a.code()));
        Set<String> seen = new HashSet<>();
        for (SingleAgencyAudit a : audits) {
            RowChecks.requireCycle(year, a.year(), a.agencyCode());
            RowChecks.requireKnown(known, a.agencyCode());
            if (!seen.add(a.agencyCode())) {
                throw new IllegalArgumentException("two single agency audits for " + a.agencyCode() + " in " + year);
            }
        }
    }
}
