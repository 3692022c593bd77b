package qaf.analysis.audit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import qaf.analysis.audit.SchoolsOverview.AreaSummary;
import qaf.analysis.audit.SchoolsOverview.ReturnStatus;
import qaf.analysis.audit.SchoolsOverview.SchoolFlag;
import qaf.analysis.audit.SchoolsOverview.SchoolReturn;
import qaf.analysis.programme.ProgrammeEntry;

/**
 * Schools' audit figures (framework section 6, "School and education audits").
 *
 * <p>Expected returns: every school, i.e. every agency with sector {@code education} and a collating
 * agency ({@link Agency#isSchool()}). The schools lead (education, no parent) answers the Section 11
 * audit instead and is not expected here. A school has returned when it has at least one rating in
 * the cycle. A school is flagged for support when any area is red or {@value #AMBERS_FOR_SUPPORT}
 * or more are amber.
 *
 * <p>Due date: the QA programme's ({@code programme.csv}, process {@code school-audit}, the cycle's
 * label; appendix B sets 29 June 2018). The framework itself says only "by the end of the Summer
 * term", which is no day, so without a programme row timeliness is not measured rather than guessed.
 * A school's return is dated by its latest rating (the return is complete when its last area
 * arrived) and is on time when that day is on or before the due day; lateness is in calendar days.
 */
public final class SchoolAuditAnalysis {
    static final int AMBERS_FOR_SUPPORT = 3;

    private SchoolAuditAnalysis() {
    }

    /** The programme's process name for the schools' audit in programme.csv. */
    public static final String PROGRAMME_PROCESS = "school-audit";

    /** A cycle with no QA programme date: returns are counted, timeliness is not measured. */
    public static SchoolsOverview analyse(SchoolAuditCycle cycle) {
        return analyse(cycle, Optional.empty(), LocalDate.MAX);
    }

    /**
     * @param programme the cycle's programme.csv row for {@value #PROGRAMME_PROCESS}, if any
     * @param asOf decides whether a return not received is overdue or not yet due
     */
    public static SchoolsOverview analyse(SchoolAuditCycle cycle, Optional<ProgrammeEntry> programme, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        programme.ifPresent(p -> {
            if (!p.process().equals(PROGRAMME_PROCESS) || !p.cycle().equals(cycle.cycle())) {
                throw new IllegalArgumentException("programme row " + p.process() + " " + p.cycle()
                        + " is not the schools' audit cycle " + cycle.cycle());
            }
        });
        Optional<LocalDate> due = programme.map(ProgrammeEntry::dueOn);
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
        int onTime = 0;
        for (Agency school : schools) {
            SchoolReturn line = line(school, true, byAgency.get(school.code()), due, asOf);
            returned += line.returned() ? 1 : 0;
            onTime += line.status() == ReturnStatus.ON_TIME ? 1 : 0;
            returns.add(line);
        }
        for (Map.Entry<String, Map<Integer, SchoolAuditRating>> e : byAgency.entrySet()) {
            Agency a = agencies.get(e.getKey());
            if (!a.isSchool()) {
                returns.add(line(a, false, e.getValue(), due, asOf));
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
        if (due.isPresent()) {
            long undated = returns.stream().filter(r -> r.expected() && r.status() == ReturnStatus.NO_DATE).count();
            if (undated > 0) {
                notes.add(undated + (undated == 1 ? " school returned" : " schools returned")
                        + " ratings with no submission date: counted as returned, not as on time.");
            }
        }
        Optional<Ratio> onTimeRate = due.isPresent() ? Optional.of(new Ratio(onTime, schools.size()))
                : Optional.empty();
        return new SchoolsOverview(cycle.cycle(), due, new Ratio(returned, schools.size()), onTimeRate, returns, areas(byAgency), flags(byAgency, agencies),
                notes);
    }

    private static SchoolReturn line(Agency agency, boolean expected, Map<Integer, SchoolAuditRating> ratings,
            Optional<LocalDate> due, LocalDate asOf) {
        if (ratings == null) {
            ReturnStatus status = due.isEmpty() ? ReturnStatus.NOT_MEASURED
                    : asOf.isAfter(due.get()) ? ReturnStatus.OVERDUE : ReturnStatus.NOT_YET_DUE;
            return new SchoolReturn(agency, expected, false, null, 0, List.of(), status,
                    status == ReturnStatus.OVERDUE ? days(due.get(), asOf) : 0);
        }
        LocalDate latest = ratings.values().stream().map(SchoolAuditRating::submittedOn)
                .filter(d -> d != null).max(Comparator.naturalOrder()).orElse(null);
        List<Integer> missing = new ArrayList<>();
        for (int area = 1; area <= AuditLabels.AREAS; area++) {
            if (!ratings.containsKey(area)) {
                missing.add(area);
            }
        }
        ReturnStatus status;
        int daysLate = 0;
        if (due.isEmpty()) {
            status = ReturnStatus.NOT_MEASURED;
        } else if (latest == null) {
            status = ReturnStatus.NO_DATE;
        } else if (latest.isAfter(due.get())) {
            status = ReturnStatus.LATE;
            daysLate = days(due.get(), latest);
        } else {
            status = ReturnStatus.ON_TIME;
        }
        return new SchoolReturn(agency, expected, true, latest, ratings.size(), missing, status, daysLate);
    }

    private static int days(LocalDate from, LocalDate to) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to));
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
