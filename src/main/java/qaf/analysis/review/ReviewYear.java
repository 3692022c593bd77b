package qaf.analysis.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import qaf.calendar.ClockResult;
import qaf.calendar.ClockRule;
import qaf.calendar.ReportingYear;

/**
 * One reporting year of reviews, measured as at the year's last day by {@link ReviewAnalysis}.
 * Lists are unmodifiable and in display order.
 *
 * @param byType all six types in {@link ReviewType} order, zeros included: the reviews the
 *     partnership became aware of in the year
 * @param notifications notifiable incidents the partnership became aware of in the year: reviews linked
 *     by follows_ref (a rapid review and the LCSPR from it) are one incident, counted once
 * @param children children in the year's reviews (child death reviews apart), one per incident
 * @param clocks the review clocks in {@link ReviewAnalysis#CLOCKS} order
 * @param completed reviews (not child death reviews) completed in the year, by completion date then ref
 * @param published reviews published in the year, by publication date then ref
 * @param learning reviews (not child death reviews) aware or completed in the year with learning recorded
 * @param dataNotes plain sentences about gaps, e.g. a clock that cannot be measured
 */
public record ReviewYear(ReportingYear year, LocalDate asOf, List<TypeCount> byType, int notifications,
        int children, List<ClockSummary> clocks,
        List<Review> completed, List<Review> published, ChildDeaths childDeaths, List<Learning> learning,
        List<String> dataNotes) {
    public ReviewYear {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(asOf, "asOf");
        byType = List.copyOf(byType);
        clocks = List.copyOf(clocks);
        completed = List.copyOf(completed);
        published = List.copyOf(published);
        Objects.requireNonNull(childDeaths, "childDeaths");
        learning = List.copyOf(learning);
        dataNotes = List.copyOf(dataNotes);
    }

    /** Reviews the partnership became aware of in the year, every type but child death reviews (counted apart). */
    public int aware() {
        return byType.stream().mapToInt(TypeCount::aware).sum();
    }

    /** The summary for one rule (always present for the four review clocks). */
    public ClockSummary clock(ClockRule rule) {
        return clocks.stream().filter(c -> c.rule() == rule).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a review clock: " + rule));
    }

    /**
     * Reviews of one type the partnership became aware of in the year, by decision.
     *
     * @param notRecorded no decision recorded
     */
    public record TypeCount(ReviewType type, int aware, int initiated, int notInitiated, int pending,
            int notRecorded) {
    }

    /**
     * One clock rule over the year: every clock that fell due in the year, was still running at its
     * end, or was carried over overdue from an earlier year, with its status as at the year end.
     *
     * @param cases every clock measured, by start date then review ref
     */
    public record ClockSummary(ClockRule rule, List<ClockCase> cases) {
        public ClockSummary {
            Objects.requireNonNull(rule, "rule");
            cases = List.copyOf(cases);
        }

        /** Done on or before the due date. */
        public int met() {
            return count(ClockResult.Status.ON_TIME);
        }

        /** Done, but after the due date. */
        public int missed() {
            return count(ClockResult.Status.LATE);
        }

        /** Not done and past due at the year end. */
        public int overdue() {
            return count(ClockResult.Status.OVERDUE);
        }

        /** Not done and not yet due at the year end. */
        public int open() {
            return count(ClockResult.Status.NOT_YET_DUE);
        }

        /** Missed or overdue: the clocks that failed the standard. */
        public List<ClockCase> failed() {
            return cases.stream().filter(c -> c.result().isLateOrOverdue()).toList();
        }

        private int count(ClockResult.Status s) {
            return (int) cases.stream().filter(c -> c.result().status() == s).count();
        }
    }

    /** One review's clock. {@code pseudonym} is null when the review has no child. */
    public record ClockCase(String reviewRef, ReviewType type, String pseudonym, ClockResult result) {
        public ClockCase {
            Objects.requireNonNull(reviewRef, "reviewRef");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Child death reviews: numbers and themes only (the child death overview panel's process).
     *
     * @param aware child deaths the partnership became aware of in the year
     * @param completed child death reviews completed in the year (whenever the death was)
     * @param themes the recorded criterion of the year's deaths, with counts, most frequent first then by name
     */
    public record ChildDeaths(int aware, int completed, List<ThemeCount> themes) {
        public ChildDeaths {
            themes = List.copyOf(themes);
        }
    }

    public record ThemeCount(String theme, int count) {
    }

    /** One review's learning, split into its points (one a line, blank lines dropped). */
    public record Learning(String reviewRef, ReviewType type, String pseudonym, List<String> points) {
        public Learning {
            points = List.copyOf(points);
        }
    }
}
