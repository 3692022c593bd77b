package qaf.analysis.briefing;

import java.time.LocalDate;
import java.util.Objects;
import qaf.calendar.ReportingYear;

/**
 * Which reporting year a briefing belongs to: the year it was published in; an unpublished one, the
 * year of its source (the evaluation's panel day, or the review's publication, completion or
 * awareness day); with neither, the latest year with data, so that a draft is always built somewhere.
 */
public final class BriefingYear {
    private BriefingYear() {
    }

    /**
     * @param publishedOn null when unpublished
     * @param sourceDate null when there is no dated source
     * @param latest the latest reporting year with data
     */
    public static ReportingYear of(LocalDate publishedOn, LocalDate sourceDate, ReportingYear latest) {
        Objects.requireNonNull(latest, "latest");
        LocalDate day = publishedOn != null ? publishedOn : sourceDate;
        return day == null ? latest : ReportingYear.containing(day, latest.startMonth());
    }
}
