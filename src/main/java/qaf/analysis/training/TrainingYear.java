package qaf.analysis.training;

import java.util.List;
import java.util.Objects;
import qaf.analysis.audit.Agency;
import qaf.analysis.audit.Mean;
import qaf.analysis.audit.Ratio;

/**
 * The year's training figures (see the package contract for what each means).
 *
 * @param events the events held in the year, by day then ref
 * @param byKind events per kind, the four recorded kinds always listed
 * @param byTheme events per theme, most first then by theme; "" stands for no theme recorded
 * @param attendance agencies reached, most attendees first then by name
 * @param absent listed agencies not reached, by name
 * @param ratings every respondent's rating
 * @param confidence every respondent's confidence
 * @param perEvent one line per event, in event order
 * @param needs one line per learning need, in need order
 */
public record TrainingYear(List<LearningEvent> events, List<Tally> byKind, List<Tally> byTheme,
        List<AgencyReach> attendance, List<Agency> absent, int agenciesListed, RatingSummary ratings,
        ConfidenceChange confidence, List<EventLine> perEvent, List<NeedCoverage> needs) {
    public TrainingYear {
        events = List.copyOf(events);
        byKind = List.copyOf(byKind);
        byTheme = List.copyOf(byTheme);
        attendance = List.copyOf(attendance);
        absent = List.copyOf(absent);
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(confidence, "confidence");
        perEvent = List.copyOf(perEvent);
        needs = List.copyOf(needs);
    }

    /** Attendees at all the year's events. */
    public int attendees() {
        return attendance.stream().mapToInt(AgencyReach::attendees)
                .reduce(0, (x, y) -> qaf.analysis.audit.Total.add(x, y, "the year's attendees (attendance.csv)"));
    }

    /** Agencies reached of the agencies listed. */
    public Ratio reach() {
        return new Ratio(attendance.size(), Math.max(agenciesListed, attendance.size()));
    }

    /** Needs addressed by at least one event, of all needs. */
    public Ratio needsAddressed() {
        return new Ratio((int) needs.stream().filter(NeedCoverage::addressed).count(), needs.size());
    }

    /** A label and how many. */
    public record Tally(String label, int count) {
    }

    /** An agency reached: distinct events attended and attendees in total. */
    public record AgencyReach(Agency agency, int events, int attendees) {
    }

    /**
     * @param counts respondents giving rating 1 … 5 (index 0 is rating 1)
     */
    public record RatingSummary(List<Integer> counts, Mean mean) {
        public RatingSummary {
            counts = List.copyOf(counts);
            if (counts.size() != 5) {
                throw new IllegalArgumentException("five rating counts, not " + counts.size());
            }
        }

        public int responses() {
            return mean.count();
        }
    }

    /**
     * @param respondents every respondent, with or without confidence scores
     * @param before mean before, over the pairs
     * @param after mean after, over the pairs
     * @param beforeCounts pairs scoring 1 … 5 before
     * @param afterCounts pairs scoring 1 … 5 after
     */
    public record ConfidenceChange(int respondents, Mean before, Mean after, int rose, int same, int fell,
            List<Integer> beforeCounts, List<Integer> afterCounts) {
        public ConfidenceChange {
            beforeCounts = List.copyOf(beforeCounts);
            afterCounts = List.copyOf(afterCounts);
            if (before.count() != after.count() || rose + same + fell != before.count()) {
                throw new IllegalArgumentException("the pairs do not add up");
            }
        }

        /** Respondents who gave both scores. */
        public int pairs() {
            return before.count();
        }

        public Ratio roseShare() {
            return new Ratio(rose, pairs());
        }
    }

    /**
     * @param attendees recorded attendees of the event, all agencies
     * @param rating the event's respondents' ratings
     */
    /** @param comments what respondents said, in respondent order, stripped, blank ones left out */
    public record EventLine(LearningEvent event, int attendees, RatingSummary rating, ConfidenceChange confidence,
            List<String> comments) {
        public EventLine {
            comments = List.copyOf(comments);
        }
    }

    /** @param eventRefs the events held in the year that address the need, in event order */
    public record NeedCoverage(LearningNeed need, List<String> eventRefs) {
        public NeedCoverage {
            eventRefs = List.copyOf(eventRefs);
        }

        public boolean addressed() {
            return !eventRefs.isEmpty();
        }
    }
}
