package qaf.analysis.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import qaf.calendar.ClockResult;

/**
 * The figures of one Section 11 cycle, made by {@link Section11Analysis}. Lists are unmodifiable
 * and already in display order.
 *
 * @param returnRate returns submitted / agencies asked (rows of the cycle)
 * @param onTimeRate returns submitted on or before their due date / agencies asked; a return not
 *     (yet) submitted counts against it
 * @param returns one line per agency asked, by agency code
 * @param standards standards 1–8, always eight, even when nobody scored one
 * @param profiles one per agency asked, by agency code, always eight cells
 * @param largestDrops agencies whose moderated scores fell below their self scores, largest total
 *     fall first, ties by agency code; agencies with no fall are not listed
 * @param moderationPanel agencies invited to the moderation panel, by code
 * @param comparison with the latest earlier cycle, when there is one
 * @param dataNotes plain sentences about gaps and oddities in the data (a return with no scores, a
 *     standard scored by nobody, …), for the document to print; empty when there are none
 */
public record Section11Overview(String cycle, Ratio returnRate, Ratio onTimeRate, List<ReturnLine> returns,
        List<StandardSummary> standards, List<AgencyProfile> profiles, List<AgencyDrop> largestDrops,
        List<Agency> moderationPanel, Optional<CycleComparison> comparison, List<String> dataNotes) {

    public Section11Overview {
        Objects.requireNonNull(cycle, "cycle");
        returns = List.copyOf(returns);
        standards = List.copyOf(standards);
        profiles = List.copyOf(profiles);
        largestDrops = List.copyOf(largestDrops);
        moderationPanel = List.copyOf(moderationPanel);
        Objects.requireNonNull(comparison, "comparison");
        dataNotes = List.copyOf(dataNotes);
    }

    /**
     * One agency's return against the {@link qaf.calendar.ClockRule#SECTION_11_RETURN} clock.
     *
     * @param clock ON_TIME / LATE (with calendar days late) when submitted; OVERDUE or NOT_YET_DUE
     *     (as of the analysis date) when not
     * @param standardsScored how many of the 8 standards have a self score
     */
    public record ReturnLine(Agency agency, ClockResult clock, boolean moderation, int standardsScored) {
        public boolean submitted() {
            return clock.done() != null;
        }
    }

    /**
     * One standard across the agencies.
     *
     * @param self every self score recorded for the standard
     * @param moderated every moderated score recorded for the standard
     * @param shift the change from self to moderated, over the scores that were moderated
     */
    public record StandardSummary(int standard, String name, ScoreCounts self, ScoreCounts moderated, Shift shift) {
        /** Nobody gave this standard a score: its distribution is empty, not "all zero". */
        public boolean scoredByNobody() {
            return self.isEmpty();
        }
    }

    /**
     * Moderated minus self, over scores that have both.
     *
     * @param meanShift sum and count of (moderated − self); negative when the panel lowered scores
     */
    public record Shift(int lowered, int raised, int unchanged, Mean meanShift) {
        public int moderatedCount() {
            return lowered + raised + unchanged;
        }
    }

    /**
     * One agency across the eight standards.
     *
     * @param cells standards 1–8 in order
     * @param selfMean over the standards it scored
     * @param moderatedMean over the standards the panel moderated
     */
    public record AgencyProfile(Agency agency, boolean submitted, List<ProfileCell> cells, Mean selfMean,
            Mean moderatedMean) {
        public AgencyProfile {
            cells = List.copyOf(cells);
        }

        /** The agency returned (or was asked) but recorded no score at all. */
        public boolean hasNoScores() {
            return selfMean.isEmpty();
        }
    }

    /**
     * One standard of one agency.
     *
     * @param self null when the agency did not score this standard (show as missing, not 0)
     * @param moderated null when not moderated
     */
    public record ProfileCell(int standard, Integer self, Integer moderated) {
    }

    /**
     * @param totalDrop sum over the moderated standards of (self − moderated) where the panel lowered it
     * @param standardsLowered how many standards the panel lowered
     */
    public record AgencyDrop(Agency agency, int totalDrop, int standardsLowered) {
    }

    /**
     * This cycle against an earlier one, on self scores (the one score every return has).
     *
     * @param standards standards 1–8
     * @param agencies every agency with a return row in either cycle, by code
     */
    public record CycleComparison(String previousCycle, List<StandardChange> standards, List<AgencyChange> agencies) {
        public CycleComparison {
            standards = List.copyOf(standards);
            agencies = List.copyOf(agencies);
        }
    }

    /** Mean self score of a standard then and now; either may be empty. */
    public record StandardChange(int standard, String name, Mean selfThen, Mean selfNow) {
    }

    /** An agency's mean self score across its scored standards then and now; either may be empty. */
    public record AgencyChange(Agency agency, Mean selfThen, Mean selfNow) {
        /** Both cycles have scores, so a change can be stated. */
        public boolean comparable() {
            return !selfThen.isEmpty() && !selfNow.isEmpty();
        }
    }
}
