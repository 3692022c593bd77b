package qaf.analysis.review;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import qaf.calendar.ClockRule;

/**
 * The one table of review clocks: which review types each clock applies to, the date that starts it,
 * the date a review falls back on when that one is not recorded, and the date that stops it. The
 * annual report states this table and {@link ReviewAnalysis} and the front page's due list both
 * measure from it, so the rule a document states is the rule its figures use.
 */
public final class ReviewClocks {
    /** The notifiable incidents (framework section 1). */
    static final Set<ReviewType> NOTIFIABLE = EnumSet.of(ReviewType.SCR, ReviewType.LCSPR, ReviewType.RAPID_REVIEW);

    /**
     * One clock's rule for reviews.
     *
     * @param startsAt where the clock starts, in words for the report
     * @param fallback the date used when the start is not recorded, null when there is none
     * @param fallbackAt that date in words, null when there is none
     */
    public record Clock(ClockRule rule, Set<ReviewType> types, String startsAt, Function<Review, LocalDate> start,
            String fallbackAt, Function<Review, LocalDate> fallback, String stopsAt, Function<Review, LocalDate> done) {
        public Clock {
            Objects.requireNonNull(rule, "rule");
            types = Set.copyOf(types);
        }

        /** The start date, the fallback's when the start is not recorded; null when neither is. */
        public LocalDate startOf(Review r) {
            LocalDate s = start.apply(r);
            return s != null || fallback == null ? s : fallback.apply(r);
        }

        /** Whether this clock is measured on the review: the notification once per incident ({@link Incidents}). */
        public boolean measures(Review r, Incidents incidents) {
            return types.contains(r.type()) && (rule != ClockRule.NOTIFICATION || incidents.carriesNotification(r));
        }

        /** The stop date; the notification is the incident's, wherever among its reviews it is recorded. */
        public LocalDate doneOf(Review r, Incidents incidents) {
            return rule == ClockRule.NOTIFICATION ? incidents.notifiedOn(r) : done.apply(r);
        }

        /** Whether {@link #startOf} had to use the fallback for this review. */
        public boolean fellBack(Review r) {
            return start.apply(r) == null && fallback != null && fallback.apply(r) != null;
        }
    }

    /** The review clocks, in report order. */
    public static final List<Clock> CLOCKS = List.of(
            new Clock(ClockRule.NOTIFICATION, NOTIFIABLE, "the day the partnership became aware (aware_on)",
                    Review::awareOn, null, null, "notified (notified_on)", Review::notifiedOn),
            new Clock(ClockRule.RAPID_REVIEW, EnumSet.of(ReviewType.RAPID_REVIEW),
                    "the day the partnership became aware (aware_on)", Review::awareOn, null, null,
                    "completed and sent to the national panel (completed_on)", Review::completedOn),
            // Framework section 1: "aim to be completed within six months of the notification".
            new Clock(ClockRule.SCR, EnumSet.of(ReviewType.SCR), "the notification (notified_on)",
                    Review::notifiedOn, "the day the partnership became aware (aware_on)", Review::awareOn,
                    "completed (completed_on)", Review::completedOn),
            // Working Together: an LCSPR's six months run from the decision to initiate it.
            new Clock(ClockRule.LCSPR, EnumSet.of(ReviewType.LCSPR), "the decision to initiate (decision_on)",
                    Review::decisionOn, "the review's start (started_on)", Review::startedOn,
                    "completed (completed_on)", Review::completedOn),
            new Clock(ClockRule.SINGLE_AGENCY_REVIEW, EnumSet.of(ReviewType.SINGLE_AGENCY_REVIEW),
                    "the letter requesting the review (letter_on)", Review::letterOn, null, null,
                    "completed (completed_on)", Review::completedOn));

    private ReviewClocks() {
    }

    /** The clock for a rule. */
    public static Clock of(ClockRule rule) {
        return CLOCKS.stream().filter(c -> c.rule() == rule).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a review clock: " + rule));
    }

    /** The clocks that apply to a review, in report order. */
    public static List<Clock> forType(ReviewType type) {
        return CLOCKS.stream().filter(c -> c.types().contains(type)).toList();
    }
}
