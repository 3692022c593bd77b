package qaf.analysis.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import qaf.analysis.review.ReviewYear.ChildDeaths;
import qaf.analysis.review.ReviewYear.ClockCase;
import qaf.analysis.review.ReviewYear.ClockSummary;
import qaf.analysis.review.ReviewYear.Learning;
import qaf.analysis.review.ReviewYear.ThemeCount;
import qaf.analysis.review.ReviewYear.TypeCount;
import qaf.calendar.ClockResult;
import qaf.calendar.ClockRule;
import qaf.calendar.ReportingYear;
import qaf.calendar.WorkingDays;

/**
 * The Serious Case Review subgroup's year, from the reviews as stored. Pure.
 *
 * <p>Which clocks a year reports: a clock whose due date is in the year; a clock started by the
 * year end and not yet due (open); and a clock due before the year that was still outstanding when
 * the year began (carried over: overdue, or missed if done during the year). So a clock met or
 * missed is reported once, in the year it fell due, and an unfinished one stays visible every year
 * until it is done. Work recorded as done after the year end counts as not done as at the year end.
 *
 * <p>Which reviews each clock applies to, and its start and stop dates: {@link ReviewClocks}. A
 * clock whose start date is missing (and has no fallback) cannot be measured and is named in the
 * data notes instead of being counted; one measured from its fallback is named there too.
 */
public final class ReviewAnalysis {
    /** The review clocks, in report order. */
    public static final List<ClockRule> CLOCKS = ReviewClocks.CLOCKS.stream().map(ReviewClocks.Clock::rule).toList();

    private ReviewAnalysis() {
    }

    /** The year as at its last day. */
    public static ReviewYear analyse(List<Review> reviews, ReportingYear year, WorkingDays wd) {
        return analyse(reviews, year, wd, year.end());
    }

    /** The year's reviews, with every clock's status as at {@code asOf} (the build's as-at day). */
    public static ReviewYear analyse(List<Review> reviews, ReportingYear year, WorkingDays wd, LocalDate asOf) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(wd, "wd");
        Objects.requireNonNull(asOf, "asOf");
        List<Review> sorted = reviews.stream().sorted(Comparator.comparing(Review::reviewRef)).toList();
        List<String> notes = new ArrayList<>();

        List<TypeCount> byType = new ArrayList<>();
        for (ReviewType t : ReviewType.values()) {
            // A child death review is not a decision to review: it is reported as counts and themes only.
            if (t == ReviewType.CHILD_DEATH_REVIEW) {
                continue;
            }
            int aware = 0;
            int[] decisions = new int[Decision.values().length];
            int notRecorded = 0;
            for (Review r : sorted) {
                if (r.type() == t && year.contains(r.awareOn())) {
                    aware++;
                    if (r.decision() == null) {
                        notRecorded++;
                    } else {
                        decisions[r.decision().ordinal()]++;
                    }
                }
            }
            byType.add(new TypeCount(t, aware, decisions[Decision.INITIATE.ordinal()],
                    decisions[Decision.NOT_INITIATED.ordinal()], decisions[Decision.PENDING.ordinal()], notRecorded));
        }

        List<ClockSummary> clocks = new ArrayList<>();
        for (ClockRule rule : CLOCKS) {
            clocks.add(clock(rule, sorted, year, wd, asOf, notes));
        }

        Comparator<Review> byCompletion = Comparator.comparing(Review::completedOn).thenComparing(Review::reviewRef);
        List<Review> completed = sorted.stream().filter(r -> r.type() != ReviewType.CHILD_DEATH_REVIEW)
                .filter(r -> in(year, r.completedOn())).sorted(byCompletion).toList();
        List<Review> published = sorted.stream().filter(r -> in(year, r.publishedOn()))
                .sorted(Comparator.comparing(Review::publishedOn).thenComparing(Review::reviewRef)).toList();
        for (Review r : sorted) {
            if (r.publishedOn() != null && r.completedOn() == null && in(year, r.publishedOn())) {
                notes.add("Review " + r.reviewRef() + " has a publication date but no completion date.");
            }
        }

        // One incident, one notification, one child: linked reviews are counted once (follows_ref).
        Incidents incidents = Incidents.of(sorted);
        int notifications = (int) sorted.stream().filter(r -> year.contains(r.awareOn()))
                .filter(incidents::carriesNotification).count();
        int children = (int) sorted.stream().filter(r -> r.type() != ReviewType.CHILD_DEATH_REVIEW)
                .filter(r -> year.contains(r.awareOn()) && r.pseudonym() != null).map(incidents::root).distinct()
                .count();
        return new ReviewYear(year, asOf, byType, notifications, children, clocks, completed, published, childDeaths(sorted, year),
                learning(sorted, year), notes);
    }

    static ClockSummary clock(ClockRule rule, List<Review> reviews, ReportingYear year, WorkingDays wd,
            LocalDate asOf, List<String> notes) {
        ReviewClocks.Clock clock = ReviewClocks.of(rule);
        Incidents incidents = Incidents.of(reviews);
        List<ClockCase> cases = new ArrayList<>();
        for (Review r : reviews) {
            if (!clock.measures(r, incidents)) {
                continue;
            }
            LocalDate from = clock.startOf(r);
            if (from == null) {
                // Only a review that went ahead owes a start date; one not initiated or pending has none yet.
                if (r.decision() == Decision.INITIATE && year.contains(r.awareOn())) {
                    notes.add("Review " + r.reviewRef() + " was initiated but has no " + (rule == ClockRule.SINGLE_AGENCY_REVIEW
                            ? "letter date" : "start date") + ", so its clock cannot be measured.");
                }
                continue;
            }
            LocalDate finished = clock.doneOf(r, incidents);
            ClockResult result = measure(rule, from, finished, year, wd, asOf);
            if (result != null) {
                cases.add(new ClockCase(r.reviewRef(), r.type(), r.pseudonym(), result));
                if (clock.fellBack(r)) {
                    notes.add("Review " + r.reviewRef() + " has no date recorded for " + clock.startsAt()
                            + ", so its clock (" + rule.label() + ") is measured from " + clock.fallbackAt() + ".");
                }
            }
        }
        cases.sort(Comparator.comparing((ClockCase c) -> c.result().start()).thenComparing(ClockCase::reviewRef));
        return new ClockSummary(rule, cases);
    }

    /**
     * The clock's status as at {@code asOf}, or null when the year does not report it (see the class
     * comment).
     */
    static ClockResult measure(ClockRule rule, LocalDate start, LocalDate done, ReportingYear year, WorkingDays wd,
            LocalDate asOf) {
        if (start.isAfter(asOf)) {
            return null;
        }
        LocalDate doneByYearEnd = done != null && !done.isAfter(asOf) ? done : null;
        ClockResult result = ClockResult.evaluate(rule, start, doneByYearEnd, asOf, wd);
        LocalDate due = result.due();
        boolean dueInYear = year.contains(due);
        boolean running = due.isAfter(asOf);
        boolean carriedOver = due.isBefore(year.start()) && (doneByYearEnd == null
                || !doneByYearEnd.isBefore(year.start()));
        return dueInYear || running || carriedOver ? result : null;
    }

    static ChildDeaths childDeaths(List<Review> reviews, ReportingYear year) {
        int aware = 0;
        int completed = 0;
        Map<String, Integer> themes = new TreeMap<>();
        for (Review r : reviews) {
            if (r.type() != ReviewType.CHILD_DEATH_REVIEW) {
                continue;
            }
            if (year.contains(r.awareOn())) {
                aware++;
                String theme = r.criterion() == null || r.criterion().isBlank() ? "Not recorded" : r.criterion().strip();
                themes.merge(theme, 1, Integer::sum);
            }
            if (in(year, r.completedOn())) {
                completed++;
            }
        }
        List<ThemeCount> list = new ArrayList<>();
        themes.forEach((t, n) -> list.add(new ThemeCount(t, n)));
        list.sort(Comparator.comparingInt(ThemeCount::count).reversed().thenComparing(ThemeCount::theme));
        return new ChildDeaths(aware, completed, list);
    }

    static List<Learning> learning(List<Review> reviews, ReportingYear year) {
        List<Learning> out = new ArrayList<>();
        for (Review r : reviews) {
            if (r.type() == ReviewType.CHILD_DEATH_REVIEW || r.learning() == null
                    || !(year.contains(r.awareOn()) || in(year, r.completedOn()))) {
                continue;
            }
            List<String> points = r.learning().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!points.isEmpty()) {
                out.add(new Learning(r.reviewRef(), r.type(), r.pseudonym(), points));
            }
        }
        return out;
    }

    private static boolean in(ReportingYear year, LocalDate date) {
        return date != null && year.contains(date);
    }
}
