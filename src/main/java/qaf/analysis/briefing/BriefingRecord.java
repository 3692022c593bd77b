package qaf.analysis.briefing;

import java.time.LocalDate;

/**
 * One stored briefing.
 *
 * @param sourceKind null when not recorded
 * @param publishedOn null when not yet published
 * @param sourceDate the source's date (see the class), null when there is none or it does not exist
 */
public record BriefingRecord(String ref, String title, String sourceKind, String sourceRef, LocalDate publishedOn,
        LocalDate sourceDate) {
}
