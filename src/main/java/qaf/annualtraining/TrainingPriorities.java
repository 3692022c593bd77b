package qaf.annualtraining;

import static qaf.annualtraining.TrainingMeasures.notReachedAtAll;
import static qaf.annualtraining.TrainingMeasures.responseRatio;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.Ratio;
import qaf.analysis.training.TrainingYear;
import qaf.analysis.training.TrainingYear.EventLine;
import qaf.analysis.training.TrainingYear.NeedCoverage;
import qaf.compose.Cells;
import qaf.analysis.briefing.BriefingUseRollup;

/**
 * The training report's closing priorities, each derived from one figure and stated with it:
 * agencies not reached, needs with no event, the lowest-rated events, a low feedback response.
 */
final class TrainingPriorities {
    /** Below this share of attendees responding, feedback is flagged as a priority (half). */
    static final int LOW_RESPONSE_PERCENT = 50;

    private TrainingPriorities() {
    }

    /** Derived, each with its figure: agencies not reached, needs with no event, the lowest-rated events. */
    static List<String> of(TrainingYear t, BriefingUseRollup b) {
        List<String> items = new ArrayList<>();
        List<Agency> neither = notReachedAtAll(t, b);
        if (!neither.isEmpty()) {
            items.add("Reach the agencies with no attendance and no briefing session: "
                    + Cells.count(neither.size(), "agency", "agencies") + " of " + t.agenciesListed() + " ("
                    + names(neither) + ").");
        }
        List<NeedCoverage> open = t.needs().stream().filter(n -> !n.addressed()).toList();
        if (!open.isEmpty()) {
            items.add("Plan learning for the needs no event addressed: " + open.size() + " of " + t.needs().size()
                    + " (" + String.join("; ", open.stream().map(n -> n.need().ref() + ", "
                            + n.need().description()).toList()) + ").");
        }
        lowestRated(t).ifPresent(items::add);
        Ratio response = responseRatio(t);
        if (!response.isUndefined() && response.wholePercent() < LOW_RESPONSE_PERCENT) {
            items.add("Raise the feedback response: " + Cells.ratio(response) + " attendees responded, so the"
                    + " confidence figures speak for fewer than half.");
        }
        return items;
    }

    private static Optional<String> lowestRated(TrainingYear t) {
        List<EventLine> rated = t.perEvent().stream().filter(l -> l.rating().responses() > 0).toList();
        if (rated.size() < 2) {
            return Optional.empty();
        }
        // Compare means exactly (cross-multiplied), so a tie is a tie, not a rounding accident.
        EventLine low = rated.get(0);
        for (EventLine l : rated) {
            if (less(l, low)) {
                low = l;
            }
        }
        EventLine min = low;
        List<EventLine> lowest = rated.stream().filter(l -> !less(min, l) && !less(l, min)).toList();
        if (lowest.size() == rated.size()) {
            return Optional.empty();
        }
        List<String> parts = lowest.stream().map(l -> l.event().ref() + " (" + l.event().title() + "): mean "
                + Cells.mean(l.rating().mean()) + " from " + l.rating().responses() + " responses").toList();
        return Optional.of("Review the lowest-rated " + (lowest.size() == 1 ? "event" : "events") + ", "
                + String.join("; ", parts) + ", against the year's mean of " + Cells.mean(t.ratings().mean()) + ".");
    }

    private static boolean less(EventLine a, EventLine b) {
        return (long) a.rating().mean().sum() * b.rating().mean().count()
                < (long) b.rating().mean().sum() * a.rating().mean().count();
    }

    private static String names(List<Agency> agencies) {
        List<String> n = agencies.stream().map(Agency::name).toList();
        return String.join("; ", n);
    }
}
