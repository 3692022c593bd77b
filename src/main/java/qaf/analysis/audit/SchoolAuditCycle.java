package qaf.analysis.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One cycle of the schools' audit: the input of {@link SchoolAuditAnalysis}. Lists are copies; rows
 * must belong to the cycle and name a listed agency, one row per agency and area.
 *
 * @param agencies every agency of the partnership; the schools among them ({@link Agency#isSchool()})
 *     are the ones expected to return
 */
public record SchoolAuditCycle(String cycle, List<Agency> agencies, List<SchoolAuditRating> ratings) {
    public SchoolAuditCycle {
        Objects.requireNonNull(cycle, "cycle");
        agencies = List.copyOf(agencies);
        ratings = List.copyOf(ratings);
        Set<String> known = new HashSet<>();
        agencies.forEach(a -> known.add(a.code()));
        Set<String> keys = new HashSet<>();
        for (SchoolAuditRating r : ratings) {
            RowChecks.requireCycle(cycle, r.cycle(), r.agencyCode());
            RowChecks.requireKnown(known, r.agencyCode());
            if (!keys.add(r.agencyCode() + "#" + r.area())) {
                throw new IllegalArgumentException("two ratings for " + r.agencyCode() + " area " + r.area());
            }
        }
    }

    /**
     * Which reporting year the cycle is reported in: the year of its first submission, or, with none
     * submitted, the year that starts in the cycle's calendar year.
     */
    public boolean fallsIn(qaf.calendar.ReportingYear year) {
        java.util.Optional<java.time.LocalDate> first = ratings.stream().map(SchoolAuditRating::submittedOn)
                .filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder());
        if (first.isPresent()) {
            return year.contains(first.get());
        }
        return cycle.strip().equals(Integer.toString(year.firstYear()));
    }
}
