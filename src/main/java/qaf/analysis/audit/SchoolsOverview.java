package qaf.analysis.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one schools' audit cycle, made by {@link SchoolAuditAnalysis}. Lists are
 * unmodifiable and in display order.
 *
 * @param due the day returns were due, from the QA programme (programme.csv); empty when it gives none,
 *     and then no return is measured for timeliness
 * @param returnRate schools that returned / schools expected (agencies with {@link Agency#isSchool()})
 * @param onTimeRate schools that returned on or before {@code due} / schools expected; empty with no due day
 * @param returns every expected school by code, then any other agency that sent ratings, by code
 * @param areas areas 1–14, always fourteen
 * @param flagged schools for support: most red areas first, then most amber, then code
 * @param dataNotes plain sentences about gaps and oddities, for the document to print
 */
public record SchoolsOverview(String cycle, Optional<LocalDate> due, Ratio returnRate, Optional<Ratio> onTimeRate,
        List<SchoolReturn> returns, List<AreaSummary> areas, List<SchoolFlag> flagged, List<String> dataNotes) {
    public SchoolsOverview {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(onTimeRate, "onTimeRate");
        if (due.isPresent() != onTimeRate.isPresent()) {
            throw new IllegalArgumentException("an on-time rate needs a due day, and a due day an on-time rate");
        }
        returns = List.copyOf(returns);
        areas = List.copyOf(areas);
        flagged = List.copyOf(flagged);
        dataNotes = List.copyOf(dataNotes);
    }

    /**
     * @param expected a school, so counted in the return rate; false for another agency that sent
     *     ratings (its ratings still count in the areas and flags)
     * @param submittedOn the latest submission date on its rows; null when it has not returned or
     *     gave no date
     * @param missingAreas areas it did not rate, when it returned; empty when it has not returned
     * @param daysLate calendar days after the due day: to {@code submittedOn} when LATE, to the as-of day
     *     when OVERDUE, otherwise 0
     */
    public record SchoolReturn(Agency agency, boolean expected, boolean returned, LocalDate submittedOn,
            int areasRated, List<Integer> missingAreas, ReturnStatus status, int daysLate) {
        public SchoolReturn {
            missingAreas = List.copyOf(missingAreas);
            Objects.requireNonNull(status, "status");
        }
    }

    /** A return against the programme's due day. */
    public enum ReturnStatus {
        ON_TIME("On time"), LATE("Late"), OVERDUE("Not received, overdue"), NOT_YET_DUE("Not received, not yet due"),
        /** Returned, but no rating carries a submission date. */
        NO_DATE("Returned, no date recorded"),
        /** The programme gives the cycle no due day. */
        NOT_MEASURED("Not measured");

        private final String label;

        ReturnStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @param notRated agencies that returned but did not rate this area */
    public record AreaSummary(int area, String name, int red, int amber, int green, int notRated) {
        public int rated() {
            return red + amber + green;
        }
    }

    /** A school with any red area, or with three or more amber areas. */
    public record SchoolFlag(Agency school, List<Integer> redAreas, List<Integer> amberAreas) {
        public SchoolFlag {
            redAreas = List.copyOf(redAreas);
            amberAreas = List.copyOf(amberAreas);
        }

        /**
         * Why it is flagged, naming only the conditions that triggered it, e.g. "Red in area 5;
         * amber in 3 areas (2, 3 and 6)".
         */
        public String reason() {
            List<String> parts = new ArrayList<>();
            if (!redAreas.isEmpty()) {
                parts.add("red in " + areas(redAreas));
            }
            if (amberAreas.size() >= SchoolAuditAnalysis.AMBERS_FOR_SUPPORT) {
                parts.add("amber in " + amberAreas.size() + " areas (" + RowChecks.join(amberAreas) + ")");
            }
            String text = String.join("; ", parts);
            return Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }

        private static String areas(List<Integer> areas) {
            return (areas.size() == 1 ? "area " : "areas ") + RowChecks.join(areas);
        }
    }
}
