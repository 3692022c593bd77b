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

    /** The briefings of {@code year}, in the store's order. */
    public static java.util.List<BriefingRecord> of(ReportingYear year, ReportingYear latest,
            java.util.List<BriefingRecord> all) {
        return all.stream().filter(b -> of(b.publishedOn(), b.sourceDate(), latest).equals(year)).toList();
    }

    /**
     * What a year's roll-up of briefing use lists: the year's briefings, then any earlier briefing used
     * in the year (a session of an earlier year's briefing still counts, under its own title).
     */
    public static java.util.List<BriefingUseRollup.Named> listed(ReportingYear year, ReportingYear latest,
            java.util.List<BriefingRecord> all, java.util.List<BriefingUse> uses) {
        java.util.List<BriefingUseRollup.Named> listed = new java.util.ArrayList<>();
        java.util.Set<String> refs = new java.util.HashSet<>();
        for (BriefingRecord b : of(year, latest, all)) {
            listed.add(new BriefingUseRollup.Named(b.ref(), b.title()));
            refs.add(b.ref());
        }
        java.util.Set<String> used = new java.util.HashSet<>();
        uses.forEach(u -> used.add(u.briefingRef()));
        for (BriefingRecord b : all) {
            if (used.contains(b.ref()) && refs.add(b.ref())) {
                listed.add(new BriefingUseRollup.Named(b.ref(), b.title()));
            }
        }
        return listed;
    }
}
