package qaf.analysis.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything recorded for one Section 11 cycle: the input of {@link Section11Analysis}. The lists are
 * copies. Rows must belong to the cycle, name a listed agency, and scores must belong to a return
 * row (the schema's keys guarantee all three for data read from the store).
 *
 * @param agencies every agency of the partnership (for names), in any order
 */
public record Section11Cycle(String cycle, List<Agency> agencies, List<Section11Return> returns,
        List<Section11Score> scores) {
    public Section11Cycle {
        Objects.requireNonNull(cycle, "cycle");
        agencies = List.copyOf(agencies);
        returns = List.copyOf(returns);
        scores = List.copyOf(scores);
        Set<String> known = new HashSet<>();
        agencies.forEach(a -> known.add(a.code()));
        Set<String> returned = new HashSet<>();
        for (Section11Return r : returns) {
            RowChecks.requireCycle(cycle, r.cycle(), r.agencyCode());
            RowChecks.requireKnown(known, r.agencyCode());
            if (!returned.add(r.agencyCode())) {
                throw new IllegalArgumentException("two returns for " + r.agencyCode() + " in cycle " + cycle);
            }
        }
        Set<String> scored = new HashSet<>();
        for (Section11Score s : scores) {
            RowChecks.requireCycle(cycle, s.cycle(), s.agencyCode());
            if (!returned.contains(s.agencyCode())) {
                throw new IllegalArgumentException("scores for " + s.agencyCode() + " in cycle " + cycle
                        + " have no return row");
            }
            if (!scored.add(s.agencyCode() + "#" + s.standard())) {
                throw new IllegalArgumentException("two scores for " + s.agencyCode() + " standard " + s.standard());
            }
        }
    }

    /** Which reporting year the cycle is reported in: the year of its earliest due date (none without returns). */
    public boolean fallsIn(qaf.calendar.ReportingYear year) {
        return returns.stream().map(Section11Return::dueOn).min(java.util.Comparator.naturalOrder())
                .map(year::contains).orElse(false);
    }
}
