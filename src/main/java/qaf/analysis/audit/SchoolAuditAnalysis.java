package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qaf.analysis.audit.SchoolsOverview.AreaSummary;
import qaf.analysis.audit.SchoolsOverview.SchoolFlag;
import qaf.analysis.audit.SchoolsOverview.SchoolReturn;

/**
 * Schools' audit figures (framework section 6, "School and education audits").
 *
 * <p>Expected returns: every school, i.e. every agency with sector {@code education} and a collating
 * agency ({@link Agency#isSchool()}). The schools lead (education, no parent) answers the Section 11
 * audit instead and is not expected here. A school has returned when it has at least one rating in
 * the cycle. A school is flagged for support when any area is red or {@value #AMBERS_FOR_SUPPORT}
 * or more are amber.
 */
public final class SchoolAuditAnalysis {
    static final int AMBERS_FOR_SUPPORT = 3;

    private SchoolAuditAnalysis() {
    }

    public static SchoolsOverview analyse(SchoolAuditCycle cycle) {
        Map<String, Agency> agencies = RowChecks.byCode(cycle.agencies());
        Map<String, Map<Integer, SchoolAuditRating>> byAgency = new TreeMap<>();
        for (SchoolAuditRating r : cycle.ratings()) {
            byAgency.computeIfAbsent(r.agencyCode(), k -> new TreeMap<>()).put(r.area(), r);
        }
        List<String> notes = new ArrayList<>();
        List<SchoolReturn> returns = new ArrayList<>();
        List<Agency> schools = cycle.agencies().stream().filter(Agency::isSchool)
                .sorted(Comparator.comparing(Agency::code)).toList();
        int returned = 0;
        for (Agency school : schools) {
            SchoolReturn line = line(school, true, byAgency.get(school.code()));
            returned += line.returned() ? 1 : 0;
            returns.add(line);
        }
        for (Map.Entry<String, Map<Integer, SchoolAuditRating>> e : byAgency.entrySet()) {
            Agency a = agencies.get(e.getKey());
            if (!a.isSchool()) {
                returns.add(line(a, false, e.getValue()));
                notes.add(a.name() + " (" + a.code() + ") sent school audit ratings but is not a school: its"
                        + " ratings count in the areas, not in the return rate.");
            }
        }
        if (schools.isEmpty()) {
            notes.add(0, "No agency is recorded as a school (sector education with a schools lead as parent), so no"
                    + " school audit return was expected in cycle " + cycle.cycle() + ".");
        } else if (returned == 0) {
            notes.add(0, "No school has returned an audit in cycle " + cycle.cycle() + ".");
        }
        for (SchoolReturn r : returns) {
            if (r.returned() && !r.missingAreas().isEmpty()) {
                notes.add(r.agency().name() + " (" + r.agency().code() + ") rated " + r.areasRated() + " of "
                        + AuditLabels.AREAS + " areas.");
            }
        }
        List<Agency> panel = byAgency.entrySet().stream()
                .filter(e -> e.getValue().values().stream().anyMatch(SchoolAuditRating::moderation))
                .map(e -> agencies.get(e.getKey())).toList();
        return new SchoolsOverview(cycle.cycle(), new Ratio(returned, schools.size()), returns, areas(byAgency),
                flags(byAgency, agencies), notes, panel);
    }

    private static SchoolReturn line(Agency agency, boolean expected, Map<Integer, SchoolAuditRating> ratings) {
        if (ratings == null) {
            return new SchoolReturn(agency, expected, false, null, 0, List.of());
        }
        LocalDate latest = ratings.values().stream().map(SchoolAuditRating::submittedOn)
                .filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
        List<Integer> missing = new ArrayList<>();
        for (int area = 1; area <= AuditLabels.AREAS; area++) {
            if (!ratings.containsKey(area)) {
                missing.add(area);
            }
        }
        return new SchoolReturn(agency, expected, true, latest, ratings.size(), missing);
    }

    private static List<AreaSummary> areas(Map<String, Map<Integer, SchoolAuditRating>> byAgency) {
        List<AreaSummary> areas = new ArrayList<>();
        for (int area = 1; area <= AuditLabels.AREAS; area++) {
            int[] counts = new int[Rag.values().length];
            int notRated = 0;
            for (Map<Integer, SchoolAuditRating> ratings : byAgency.values()) {
                SchoolAuditRating r = ratings.get(area);
                if (r == null) {
                    notRated++;
                } else {
                    counts[r.rating().ordinal()]++;
                }
            }
            areas.add(new AreaSummary(area, AuditLabels.areaName(area), counts[Rag.RED.ordinal()],
                    counts[Rag.AMBER.ordinal()], counts[Rag.GREEN.ordinal()], notRated));
        }
        return areas;
    }

    private static List<SchoolFlag> flags(Map<String, Map<Integer, SchoolAuditRating>> byAgency,
            Map<String, Agency> agencies) {
        List<SchoolFlag> flags = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, SchoolAuditRating>> e : byAgency.entrySet()) {
            List<Integer> red = new ArrayList<>();
            List<Integer> amber = new ArrayList<>();
            for (SchoolAuditRating r : e.getValue().values()) {
                if (r.rating() == Rag.RED) {
                    red.add(r.area());
                } else if (r.rating() == Rag.AMBER) {
                    amber.add(r.area());
                }
            }
            if (!red.isEmpty() || amber.size() >= AMBERS_FOR_SUPPORT) {
                flags.add(new SchoolFlag(agencies.get(e.getKey()), red, amber));
            }
        }
        flags.sort(Comparator.comparingInt((SchoolFlag f) -> f.redAreas().size()).reversed()
                .thenComparing(Comparator.comparingInt((SchoolFlag f) -> f.amberAreas().size()).reversed())
                .thenComparing(f -> f.school().code()));
        return flags;
    }
}
